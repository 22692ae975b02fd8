import type { InputFile } from '../core/types';
import { parseYaml } from '../source/parse-yaml';
import { type ParsedInputs, buildParsedInputs } from './build-parsed-inputs';

export { type ParsedInputs, buildParsedInputs } from './build-parsed-inputs';

/** Parses every input file and identifies the Kubernetes objects in them. */
export function parseInputs(files: readonly InputFile[]): ParsedInputs {
  return buildParsedInputs(files.map((f) => parseYaml(f.file, f.text)));
}
