/**
 * Scalar decoding for the fast YAML parser, ported from the `yaml` library (2.x,
 * `compose/resolve-flow-scalar.js` and `compose/resolve-block-scalar.js`) so that both parsers
 * produce the same strings: folding of multi-line plain and quoted scalars, double-quoted escapes,
 * block scalars with chomping and indentation indicators.
 *
 * Where the library would report an error these functions return undefined instead, and the caller
 * falls back to the library, which then reports it.
 *
 * The values they return are flat (see flatString): built line by line, or a double-quoted one
 * character by character, a value would otherwise be kept with its document as a tree of its pieces
 * (~6.6 MB more on 10,000 documents).
 */

import { flatString } from '../core/flat-string';

const TRIM_END = /(?<![ \t])[ \t]+$/;
const TRIM_BOTH = /^[ \t]+|(?<![ \t])[ \t]+$/g;

/** Folds the lines of a plain (or single-quoted) scalar: one line break → space, n breaks → n-1 newlines. */
export function unfoldLines(source: string): string {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = match[1]!.replace(TRIM_END, '');
  let sep = ' ';
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const lm = match[1]!.replace(TRIM_BOTH, '');
    if (lm === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + lm;
      sep = ' ';
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return flatString(res + sep + (match?.[1] ?? ''));
}

/** The value of a single-quoted scalar; `source` includes both quotes. */
export function decodeSingleQuoted(source: string): string {
  return flatString(unfoldLines(source.slice(1, -1)).replace(/''/g, "'"));
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  "'": "'", // go-yaml (libyaml) reads \' as '; YAML 1.2 has no such escape
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};
const HEX = /^[0-9a-fA-F]+$/;

/** The value of a double-quoted scalar (`source` includes both quotes), or undefined on a bad escape. */
export function decodeDoubleQuoted(source: string): string | undefined {
  let res = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!;
    if (ch === '\r' && source[i + 1] === '\n') continue;
    if (ch === '\n') {
      let fold = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (next === '\r' && source[i + 2] !== '\n') break;
        if (next === '\n') fold += '\n';
        i += 1;
        next = source[i + 1];
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      let next = source[++i];
      const escaped = next === undefined ? undefined : ESCAPES[next];
      if (escaped !== undefined) res += escaped;
      else if (next === '\n') {
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === '\r' && source[i + 1] === '\n') {
        next = source[++i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const digits = source.substr(i + 1, length);
        if (digits.length !== length || !HEX.test(digits)) return undefined;
        const code = parseInt(digits, 16);
        if (code > 0x10ffff) return undefined;
        res += String.fromCodePoint(code);
        i += length;
      } else {
        return undefined; // invalid escape
      }
    } else if (ch === ' ' || ch === '\t') {
      // whitespace before a line break is trimmed
      const start = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n')) res += i > start ? source.slice(start, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  return flatString(res);
}

/**
 * The value of a block scalar whose header has already been read.
 * `source` is the scalar's content lines as the library's lexer delimits them; `parentIndent` is
 * the column of the collection that holds the scalar; `explicitIndent` is 0 when the header has no
 * indentation indicator; `chomp` is '', '-' or '+'.
 */
export function decodeBlockScalar(
  source: string,
  parentIndent: number,
  explicitIndent: number,
  chomp: string,
  folded: boolean,
): string | undefined {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i]![1];
    if (content === '' || content === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    return chomp === '+' && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : '';
  }
  let trimIndent = parentIndent + explicitIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (content === '' || content === '\r') {
      if (explicitIndent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) return undefined; // more-indented leading empty lines
      if (explicitIndent === 0) trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) return undefined; // block scalar values in collections must be indented
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i]![0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i]![0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const indent = lines[i]![0];
    let content = lines[i]![1];
    if (content[content.length - 1] === '\r') content = content.slice(0, -1);
    if (content && indent.length < trimIndent) return undefined; // less indented than the first line
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i]![0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== '-') {
    value += '\n';
  }
  return flatString(value);
}

/** Lines as `[indent, content]`, split the way the library splits them. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0]!;
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!]);
  return lines;
}
