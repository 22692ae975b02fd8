import type { Location } from '../core/types';
import type { LineIndex } from './line-index';

/** A `kind: Secret` line (quoted or not, a comment after it allowed), also of a List's item. */
const SECRET_KIND = /^[ \t]*(?:-[ \t]+)?kind:[ \t]*(["']?)Secret\1[ \t]*(#.*)?$/;
/** The same in JSON (`"kind": "Secret"`), on any line. */
const SECRET_KIND_JSON = /"kind"[ \t]*:[ \t]*"Secret"/;
/** Top-level keys of a Secret whose values are not secret. */
const PLAIN_KEYS = new Set(['apiVersion', 'kind', 'metadata', 'type', 'immutable']);
/** `key: value` (or `- key: value`), the value starting after the separating blanks. */
const KEY_VALUE = /^([ \t]*(?:-[ \t]+)?[^\s#:][^:#]*:)([ \t]+)(\S.*)$/;
/** A key alone on its line (`data:`, `  labels:`). */
const KEY_ONLY = /^[ \t]*(?:-[ \t]+)?[^\s#:][^:#]*:[ \t]*(#.*)?$/;

/** The lines of the YAML document holding `line`: between the `---` lines around it (inclusive). */
export function documentAround(lines: LineIndex, line: number): { first: number; last: number } {
  const at = Math.min(Math.max(1, line), lines.lineCount);
  let first = at;
  while (first > 1 && !lines.line(first).startsWith('---')) first--;
  let last = at;
  while (last < lines.lineCount && !lines.line(last + 1).startsWith('---')) last++;
  return { first, last };
}

/**
 * Ranges to mask around a YAML error: a document that does not parse yields no object to read
 * Secret values from, so when the document holding `line` (between `---` lines) declares
 * `kind: Secret` (or a List holds one), the value part of each of its lines is masked, except
 * those of the top-level apiVersion, kind, metadata, type and immutable; a line without a key (a
 * block scalar, a list item, the rest of a broken quoted string, an indented comment) is masked
 * from its first character, as is every line of a JSON Secret. Empty when it is no Secret.
 */
export function secretDocumentMasks(lines: LineIndex, line: number): Location[] {
  const { first, last } = documentAround(lines, line);
  let yaml = false;
  let json = false;
  for (let n = first; n <= last && !yaml && !json; n++) {
    const text = lines.line(n);
    yaml = SECRET_KIND.test(text);
    json = SECRET_KIND_JSON.test(text);
  }
  if (!yaml && !json) return [];
  const masks: Location[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines.line(n);
    const indent = text.length - text.trimStart().length;
    // an indented "#" line may be the content of a block scalar: only top-level comments stay
    if (text.startsWith('---') || indent === text.length || text.startsWith('#')) continue;
    let start = indent;
    if (yaml) {
      if (KEY_ONLY.test(text)) continue;
      const pair = KEY_VALUE.exec(text);
      if (pair && indent === 0 && PLAIN_KEYS.has(pair[1]!.slice(0, -1).trim())) continue;
      if (pair) start = pair[1]!.length + pair[2]!.length;
    }
    masks.push({ line: n, column: start + 1, endLine: n, endColumn: text.length + 1 });
  }
  return masks;
}
