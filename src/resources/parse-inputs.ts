import type { Finding, InputFile } from '../core/types';
import { parseYaml } from '../source/parse-yaml';
import type { SourceFile } from '../source/source-file';
import type { Resource } from './resource';
import { buildResources } from './build-resources';

export interface ParsedInputs {
  sources: SourceFile[];
  resources: Resource[];
  /** `yaml` and `input` findings from parsing and identification. */
  findings: Finding[];
}

/** Parses every input file and identifies the Kubernetes objects in them. */
export function parseInputs(files: readonly InputFile[]): ParsedInputs {
  return buildParsedInputs(files.map((f) => parseYaml(f.file, f.text)));
}

/** Identifies the objects in files parsed one by one (the CLI parses in slices to show progress). */
export function buildParsedInputs(sources: SourceFile[]): ParsedInputs {
  const { resources, findings } = buildResources(sources);
  return { sources, resources, findings };
}
