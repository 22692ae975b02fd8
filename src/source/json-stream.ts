import type { Location } from '../core/types';
import { LineIndex } from './line-index';
import type { SourceDocument, SourceFile, SourceProblem } from './source-file';

/**
 * kubectl reads a stream whose first non-blank character is `{` as JSON, not YAML
 * (apimachinery's YAMLOrJSONDecoder): a stream of JSON values one after the other, with no `---`.
 * So a trailing comma, a comment or YAML flow syntax (`{kind: Pod}`) is an error there although
 * YAML would accept it, and `{…}{…}` is two objects although YAML would refuse it.
 *
 * Returns null for text that is not JSON-prefixed or holds a single valid JSON value (the YAML
 * parsers read JSON exactly), a SourceFile with the first JSON syntax error, or, for several values,
 * their documents parsed one by one with `parse`, their positions shifted to where each value starts.
 */
export function parseJsonStream(file: string, text: string, parse: (file: string, text: string) => SourceFile): SourceFile | null {
  if (!isJsonStream(text)) return null;
  const segments: [number, number][] = [];
  let at = skipBlank(text, 0);
  while (at < text.length) {
    const end = valueEnd(text, at);
    const error = jsonError(text, at, end);
    if (error) return { file, text, lines: new LineIndex(text), documents: [], problems: [error(new LineIndex(text))] };
    segments.push([at, end]);
    at = skipBlank(text, end);
  }
  if (segments.length <= 1) return null;
  const documents: SourceDocument[] = [];
  const problems: SourceProblem[] = [];
  const lines = new LineIndex(text);
  segments.forEach(([start, end], index) => {
    const at = lines.position(start);
    const shift = (l: Location): Location => ({
      line: l.line + at.line - 1,
      column: l.line === 1 ? l.column + at.column - 1 : l.column,
      endLine: l.endLine + at.line - 1,
      endColumn: l.endLine === 1 ? l.endColumn + at.column - 1 : l.endColumn,
    });
    const parsed = parse(file, text.slice(start, end));
    for (const problem of parsed.problems) problems.push({ message: problem.message, location: shift(problem.location) });
    for (const doc of parsed.documents) {
      documents.push({
        file,
        index,
        value: doc.value,
        locate: (path, target) => shift(doc.locate(path, target)),
        sourceText: (path, target) => doc.sourceText(path, target),
        coercedKeys: doc.coercedKeys,
      });
    }
  });
  return { file, text, lines, documents, problems };
}

const JSON_PREFIX = /^[ \t\r\n]*\{/;

/** True when kubectl reads this text as a stream of JSON values (its first non-blank character is `{`). */
export function isJsonStream(text: string): boolean {
  return JSON_PREFIX.test(text);
}

function skipBlank(text: string, at: number): number {
  while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
  return at;
}

/** The end of the JSON value that starts at `start` (a balanced {…}/[…] or a scalar), or the text's end. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (depth === 0) return Math.min(i + 1, text.length);
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth <= 0) return i + 1;
    } else if (depth === 0 && ' \t\r\n'.includes(c)) return i;
  }
  return text.length;
}

/** The first JSON syntax error in text[start, end), as a located problem; null when it is valid JSON. */
function jsonError(text: string, start: number, end: number): ((lines: LineIndex) => SourceProblem) | null {
  try {
    JSON.parse(text.slice(start, end));
    return null;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    const offset = position ? start + Number(position[1]) : end;
    const reason = raw.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    return (lines) => ({
      message: `invalid JSON (kubectl reads a file that starts with "{" as JSON): ${reason}`,
      location: lines.location(offset, offset),
    });
  }
}
