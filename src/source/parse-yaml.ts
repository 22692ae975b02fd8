import { parseFastYaml } from './fast-yaml';
import { parseYamlWithLibrary } from './parse-yaml-with-library';
import { LineIndex } from './line-index';
import type { SourceFile } from './source-file';

export { MAX_ALIASES, MAX_DEPTH } from './parse-yaml-with-library';

/**
 * Parses a YAML/JSON stream the way the Kubernetes API machinery decodes it (YAML 1.1, go-yaml v2
 * scalars), keeping source positions. The fast parser handles the common shape of manifests; any
 * file it does not fully support (or that has an error) goes through the `yaml` library, which
 * gives the same values and positions and produces every error message.
 */
export function parseYaml(file: string, text: string): SourceFile {
  // the fast parser refuses every control character, so only a fallback needs the check
  const fast = parseFastYaml(file, text);
  if (fast.ok) return fast.file;
  const control = CONTROL_CHARACTER.exec(text);
  if (control) return binaryFile(file, text, control.index);
  return parseYamlWithLibrary(file, text);
}

/**
 * Characters YAML does not allow in a stream, which go-yaml (and so kubectl) rejects with
 * "control characters are not allowed": C0 controls other than tab/LF/CR, DEL, C1 controls other
 * than NEL, U+FFFE and U+FFFF. Their presence almost always means a binary file.
 */
const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

function binaryFile(file: string, text: string, offset: number): SourceFile {
  const lines = new LineIndex(text);
  const code = text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0');
  return {
    file,
    text,
    lines,
    documents: [],
    problems: [
      {
        message: `control character U+${code} is not allowed in YAML (is this a binary file?)`,
        location: lines.location(offset, offset + 1),
      },
    ],
  };
}
