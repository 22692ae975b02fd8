import { parseFastYaml } from './fast-yaml';
import { LineIndex } from './line-index';
import type { SourceFile } from './source-file';

/**
 * Parses a YAML/JSON stream with the fast parser alone: the SourceFile, or null when the file needs
 * the `yaml` library (an unsupported construct or an error; see parse-yaml.ts). Kept apart from the
 * library so that a run whose files all take the fast path never loads it (~10 ms at start-up).
 */
export function parseWithoutLibrary(file: string, text: string): SourceFile | null {
  // the fast parser refuses every control character, so only a fallback needs the check
  const fast = parseFastYaml(file, text);
  if (fast.ok) return fast.file;
  const control = CONTROL_CHARACTER.exec(text);
  if (control) return binaryFile(file, text, control.index);
  return null;
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
