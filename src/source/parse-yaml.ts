import { parseJsonStream } from './json-stream';
import { parseWithoutLibrary } from './parse-without-library';
import { parseYamlWithLibrary } from './parse-yaml-with-library';
import type { SourceFile } from './source-file';

export { MAX_ALIASES, MAX_DEPTH } from './parse-yaml-with-library';

/**
 * Parses a YAML/JSON stream the way the Kubernetes API machinery decodes it (YAML 1.1, go-yaml v2
 * scalars), keeping source positions. The fast parser handles the common shape of manifests; any
 * file it does not fully support (or that has an error) goes through the `yaml` library, which
 * gives the same values and positions and produces every error message. A stream that starts with
 * `{` is a stream of JSON values, as kubectl reads it (see json-stream.ts).
 */
export function parseYaml(file: string, text: string): SourceFile {
  return parseJsonStream(file, text, parseYamlText) ?? parseYamlText(file, text);
}

function parseYamlText(file: string, text: string): SourceFile {
  return parseWithoutLibrary(file, text) ?? parseYamlWithLibrary(file, text);
}
