import { isDeepStrictEqual, inspect } from 'node:util';
import type { Path } from '../../src/core/types';
import { parseFastYaml } from '../../src/source/fast-yaml';
import { parseYamlWithLibrary } from '../../src/source/parse-yaml-with-library';
import type { SourceDocument } from '../../src/source/source-file';

/** Every path in a decoded value (the value itself, each key and index, recursively). */
export function allPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => allPaths(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) allPaths((value as Record<string, unknown>)[key], [...prefix, key], out);
  }
  return out;
}

/** Paths that do not exist, to exercise the "nearest ancestor" fallback of locate(). */
function missingPaths(paths: Path[]): Path[] {
  const out: Path[] = [['no-such-key'], [0], [-1], [1.5], ['0']];
  for (const path of paths) out.push([...path, 'no-such-key'], [...path, 99], [...path, 0], [...path, '0']);
  return out;
}

const UNDER_INDENTED_QUOTE = /^Missing closing ['"]quote/;

export type Comparison =
  | { fast: false; reason: string }
  | { fast: true; differences: string[] };

/**
 * Parses `text` with both parsers. When the fast parser accepts the text, lists every difference
 * from the library: problems, document count and indexes, coercedKeys, values, and locate() and
 * sourceText() for every path (both targets, plus missing paths).
 */
export function compareParsers(text: string): Comparison {
  const fast = parseFastYaml('input.yaml', text);
  if (!fast.ok) return { fast: false, reason: fast.reason };
  const reference = parseYamlWithLibrary('input.yaml', text);
  // A quoted scalar with an under-indented continuation line: go-yaml (and so kubectl) reads it, the
  // library does not, and the fast parser follows go-yaml (test/source/quote-indentation.test.ts
  // checks its values against what kubectl decodes). The library is no reference there; it says
  // so ("Missing closing quote"), or when the line starts with a tag or anchor sign, fails on that.
  if (reference.problems.some((p) => UNDER_INDENTED_QUOTE.test(p.message)) || (reference.problems.length > 0 && fast.file.documents.some(hasUnderIndentedQuote))) {
    return { fast: true, differences: [] };
  }
  const differences: string[] = [];
  if (reference.problems.length > 0) {
    differences.push(`the library reports problems: ${reference.problems.map((p) => p.message).join('; ')}`);
  }
  const a = fast.file.documents;
  const b = reference.documents;
  if (a.length !== b.length) differences.push(`document count: fast ${a.length}, library ${b.length}`);
  for (let i = 0; i < Math.min(a.length, b.length); i++) differences.push(...compareDocuments(a[i]!, b[i]!));
  return { fast: true, differences };
}

/** Whether a quoted string of the document goes on over a line indented no more than its first line. */
function hasUnderIndentedQuote(doc: SourceDocument): boolean {
  return allPaths(doc.value).some((path) => {
    const source = doc.sourceText(path);
    if (source === undefined || !/^["']/.test(source) || !source.includes('\n')) return false;
    const first = doc.locate(path);
    const lines = doc.sourceText([])?.split('\n');
    // the first line's indentation, from the document's own text (sourceText of the root)
    const start = lines?.[first.line - doc.locate([]).line] ?? '';
    const indent = (line: string) => line.length - line.trimStart().length;
    return source.split('\n').slice(1).some((line) => line.trim() !== '' && indent(line) <= indent(start));
  });
}

function compareDocuments(a: SourceDocument, b: SourceDocument): string[] {
  const out: string[] = [];
  const where = `document ${b.index}`;
  if (a.index !== b.index) out.push(`${where}: index ${a.index} vs ${b.index}`);
  if (a.coercedKeys !== b.coercedKeys) out.push(`${where}: coercedKeys ${a.coercedKeys} vs ${b.coercedKeys}`);
  if (!isDeepStrictEqual(a.value, b.value)) {
    out.push(`${where}: value ${inspect(a.value, { depth: 6 })} vs ${inspect(b.value, { depth: 6 })}`);
    return out;
  }
  const paths = allPaths(b.value);
  for (const path of [...paths, ...missingPaths(paths)]) {
    for (const target of ['value', 'key'] as const) {
      const la = a.locate(path, target);
      const lb = b.locate(path, target);
      if (!isDeepStrictEqual(la, lb)) out.push(`${where}: locate(${JSON.stringify(path)}, ${target}) ${inspect(la)} vs ${inspect(lb)}`);
    }
    for (const target of ['value', 'key'] as const) {
      const sa = a.sourceText(path, target);
      const sb = b.sourceText(path, target);
      if (sa !== sb) out.push(`${where}: sourceText(${JSON.stringify(path)}, ${target}) ${JSON.stringify(sa)} vs ${JSON.stringify(sb)}`);
    }
  }
  return out;
}
