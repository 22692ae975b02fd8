/**
 * fast-check generators of YAML text: random documents rendered in block and flow styles with the
 * scalars that trip parsers up, plus random mutations of them and YAML-flavoured garbage.
 * The text need not be valid: the tests compare two parsers on whatever comes out.
 */
import fc from 'fast-check';

/** Scalars chosen for YAML 1.1 surprises, indicators, escapes and unicode. */
const TRICKY = [
  'on', 'off', 'yes', 'no', 'y', 'n', 'Y', 'NO', 'True', 'FALSE', '~', 'null', 'Null', '',
  '0644', '0x1F', '0o17', '0b101', '08', '1_000', '1:20', '1e3', '1.', '.5', '-.inf', '.NaN', '+7', '-0',
  '9223372036854775808', '18446744073709551616', '1e400', '12Mi', '500m', '2024-01-01', '3.14',
  'nginx:1.25', 'http://example.com/a?b=c#d', 'a b', 'a  b', 'a #b', 'a# b', 'a: b', 'a:b', 'a :b',
  "it's", "'quoted'", '"double"', 'quoted # not comment', '#', '# x', '- x', '-x', '--flag=1', '-',
  '?', '? x', ':', ':x', 'x:', '@x', '`x', '%x', '!x', '!!str', '&a', '*a', '|', '>', '[x]', '{x: y}',
  'a[0]', 'x,y', ',', ']', '}', ' lead', 'trail ', '\ttab', 'a\tb', 'multi\nline', 'two\n\nbreaks',
  'trailing\n', '\n', 'ünïcödé', '日本語', '😀', 'back\\slash', '\\n', '"', "'", "''", '---', '...',
  '--- x', '<<', '__proto__', 'constructor', 'toString', 'a'.repeat(120), 'é'.repeat(30),
];

const KEYS = [
  'apiVersion', 'kind', 'metadata', 'name', 'spec', 'a', 'b', 'c', 'on', 'yes', '1', '01', '0x10', 'true', '1.0',
  'a b', 'a:b', 'a#b', 'x.y/z', 'with space ', '"q"', "it's", '__proto__', 'constructor', '-k', '日本', 'k'.repeat(40),
];
/** Keys the fast parser leaves to the library (null, merge) or that are easy to duplicate. */
const RARE_KEYS = ['null', '~', '', '<<', 'Null', 'NULL'];

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded' | 'multiline' | 'single-multiline' | 'double-multiline';

export interface ScalarNode {
  type: 'scalar';
  text: string;
  style: ScalarStyle;
  chomp: '' | '-' | '+';
  explicitIndent: number;
  comment: boolean;
}
export interface MapNode {
  type: 'map';
  flow: boolean;
  entries: { key: string; keyStyle: 'plain' | 'single' | 'double'; value: YamlNode; blankBefore: boolean; commentBefore: boolean }[];
}
export interface SeqNode {
  type: 'seq';
  flow: boolean;
  items: YamlNode[];
}
export type YamlNode = ScalarNode | MapNode | SeqNode;

/** true with probability 1/n. */
const oneIn = (n: number) => fc.nat(n - 1).map((x) => x === 0);
/** false with probability 1/n. */
const mostly = (n: number) => fc.nat(n - 1).map((x) => x !== 0);

const scalarText = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }).map(String) },
);

const scalarNode: fc.Arbitrary<ScalarNode> = fc.record({
  type: fc.constant('scalar' as const),
  text: scalarText,
  style: fc.constantFrom<ScalarStyle>(
    'plain', 'plain', 'plain', 'plain', 'single', 'double', 'literal', 'folded', 'multiline', 'single-multiline', 'double-multiline',
  ),
  chomp: fc.constantFrom<'' | '-' | '+'>('', '', '-', '+'),
  explicitIndent: fc.constantFrom(0, 0, 0, 1, 2, 3),
  comment: oneIn(6),
});

export const yamlNode: fc.Arbitrary<YamlNode> = fc.letrec<{ node: YamlNode; map: MapNode; seq: SeqNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: scalarNode },
    { weight: 2, arbitrary: tie('map') },
    { weight: 1, arbitrary: tie('seq') },
  ) as fc.Arbitrary<YamlNode>,
  map: fc.record({
    type: fc.constant('map' as const),
    flow: oneIn(5),
    entries: fc.array(
      fc.record({
        key: fc.oneof(
          { weight: 30, arbitrary: fc.constantFrom(...KEYS) },
          { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
          { weight: 1, arbitrary: fc.constantFrom(...RARE_KEYS) },
        ),
        keyStyle: fc.constantFrom<'plain' | 'single' | 'double'>('plain', 'plain', 'plain', 'single', 'double'),
        value: tie('node'),
        blankBefore: oneIn(7),
        commentBefore: oneIn(7),
      }),
      { maxLength: 5 },
    ),
  }),
  seq: fc.record({
    type: fc.constant('seq' as const),
    flow: oneIn(5),
    items: fc.array(tie('node'), { maxLength: 4 }),
  }),
})).node;

export interface RenderOptions {
  step: number;
  seqSameIndent: boolean;
  compact: boolean;
  flowMultiline: boolean;
  /** Separators and comments inside multi-line flow collections. */
  flowStyle: number;
  spaceAfterColon: string;
  spaceBeforeColon: string;
  /** Extra indentation of comment lines (they may sit anywhere). */
  commentShift: number;
}

export const renderOptions: fc.Arbitrary<RenderOptions> = fc.record({
  step: fc.constantFrom(1, 2, 2, 2, 3, 4),
  seqSameIndent: fc.boolean(),
  compact: fc.boolean(),
  flowMultiline: oneIn(4),
  flowStyle: fc.nat(4),
  spaceAfterColon: fc.constantFrom(' ', ' ', ' ', '  '),
  spaceBeforeColon: fc.constantFrom('', '', '', ' '),
  commentShift: fc.constantFrom(0, 0, -1, 1, 3),
});

function quoteSingle(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function quoteDouble(text: string): string {
  return JSON.stringify(text).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
}

function renderKey(key: string, style: 'plain' | 'single' | 'double'): string {
  if (style === 'single') return quoteSingle(key);
  if (style === 'double') return quoteDouble(key);
  return key;
}

/** A scalar on the rest of a line; block scalars and multi-line plain continue on later lines at `indent`. */
function renderScalar(node: ScalarNode, indent: number, inFlow: boolean): string {
  const pad = ' '.repeat(indent);
  const comment = node.comment && !inFlow ? ' # note' : '';
  switch (node.style) {
    case 'single':
      return quoteSingle(node.text) + comment;
    case 'double':
      return quoteDouble(node.text) + comment;
    case 'literal':
    case 'folded': {
      if (inFlow) return quoteDouble(node.text);
      const header = (node.style === 'literal' ? '|' : '>') + (node.explicitIndent || '') + node.chomp + comment;
      const bodyPad = node.explicitIndent ? ' '.repeat(indent - 1 + node.explicitIndent) : pad;
      const lines = node.text.split('\n').map((line) => (line === '' ? '' : bodyPad + line));
      return `${header}\n${lines.join('\n')}`;
    }
    case 'multiline': {
      if (inFlow) return node.text.replace(/\n/g, ' ');
      const words = node.text.split(' ');
      return words.join(`\n${pad}`) + comment;
    }
    case 'single-multiline':
    case 'double-multiline': {
      const quoted = node.style === 'single-multiline' ? quoteSingle(node.text) : quoteDouble(node.text);
      if (inFlow) return quoted;
      // break the quoted text at its spaces onto indented lines (escaped newlines become real ones)
      return quoted.replace(/ /g, `\n${pad}`).replace(/\\n/g, `\n\n${pad}`) + comment;
    }
    default:
      return node.text + comment;
  }
}

function renderFlow(node: YamlNode, opts: RenderOptions, indent: number): string {
  if (node.type === 'scalar') return renderScalar(node, indent, true);
  const pad = ' '.repeat(indent);
  const multi = opts.flowMultiline;
  const sep = !multi
    ? ', '
    : [`,\n${pad}`, ` ,\n${pad}# c\n${pad}`, `,  # c\n${pad}`, `\n${pad}, `, `,\n\n${pad}`][opts.flowStyle]!;
  const open = multi && opts.flowStyle === 2 ? `\n${pad}` : '';
  const close = multi && opts.flowStyle >= 3 ? `\n${' '.repeat(Math.max(0, indent - 1))}` : '';
  const items =
    node.type === 'seq'
      ? node.items.map((item) => renderFlow(item, opts, indent + 1))
      : node.entries.map((e) => `${renderKey(e.key, e.keyStyle)}:${opts.spaceAfterColon}${renderFlow(e.value, opts, indent + 1)}`);
  const [l, r] = node.type === 'seq' ? ['[', ']'] : ['{', '}'];
  return `${l}${open}${items.join(sep)}${close}${r}`;
}

/** Renders a node that starts at column `indent` on a fresh line. */
export function renderBlock(node: YamlNode, opts: RenderOptions, indent: number): string {
  const pad = ' '.repeat(indent);
  if (node.type === 'scalar') {
    const inline = node.style === 'literal' || node.style === 'folded' ? { ...node, style: 'plain' as const } : node;
    return pad + renderScalar(inline, indent + opts.step, false);
  }
  if (node.flow || (node.type === 'map' ? node.entries.length === 0 : node.items.length === 0)) {
    return pad + renderFlow(node, opts, indent + 1);
  }
  const out: string[] = [];
  if (node.type === 'map') {
    for (const entry of node.entries) {
      if (entry.blankBefore) out.push('');
      if (entry.commentBefore) out.push(`${' '.repeat(Math.max(0, indent + opts.commentShift))}# about ${entry.key}`);
      const key = pad + renderKey(entry.key, entry.keyStyle) + opts.spaceBeforeColon + ':';
      out.push(key + renderValue(entry.value, opts, indent, true));
    }
  } else {
    for (const item of node.items) out.push(`${pad}-${renderValue(item, opts, indent, false)}`);
  }
  return out.join('\n');
}

/** The part after `key:` or `-`: on the same line, or on following lines. */
function renderValue(value: YamlNode, opts: RenderOptions, indent: number, inMap: boolean): string {
  if (value.type === 'scalar') {
    if (value.text === '' && value.style === 'plain') return '';
    return opts.spaceAfterColon + renderScalar(value, indent + opts.step, false);
  }
  const empty = value.type === 'map' ? value.entries.length === 0 : value.items.length === 0;
  if (value.flow || empty) return opts.spaceAfterColon + renderFlow(value, opts, indent + 1);
  if (!inMap && opts.compact) {
    // `- key: value` / `- - item`: the nested collection starts on the dash line
    const nested = renderBlock(value, opts, indent + 2);
    return ' ' + nested.slice(indent + 2);
  }
  const nestedIndent = inMap && value.type === 'seq' && opts.seqSameIndent ? indent : indent + opts.step;
  return '\n' + renderBlock(value, opts, nestedIndent);
}

export interface StreamOptions {
  docs: { node: YamlNode; opts: RenderOptions; marker: '' | '---' | '--- # c' | '...' }[];
  bom: boolean;
  crlf: boolean;
  directive: '' | '%YAML 1.1' | '%YAML 1.2' | '%YAML 1.1 # c';
  leadingComment: boolean;
  finalNewline: boolean;
}

export const yamlStream: fc.Arbitrary<string> = fc
  .record({
    docs: fc.array(
      fc.record({
        node: yamlNode,
        opts: renderOptions,
        marker: fc.constantFrom<'' | '---' | '--- # c' | '...'>('', '---', '---', '--- # c', '...'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    bom: oneIn(10),
    crlf: oneIn(6),
    directive: fc.constantFrom<'' | '%YAML 1.1' | '%YAML 1.2' | '%YAML 1.1 # c'>(
      '', '', '', '', '', '', '', '%YAML 1.1', '%YAML 1.2', '%YAML 1.1 # c',
    ),
    leadingComment: oneIn(5),
    finalNewline: mostly(5),
  })
  .map((s: StreamOptions) => {
    const parts: string[] = [];
    if (s.leadingComment) parts.push('# leading comment');
    if (s.directive) parts.push(s.directive);
    s.docs.forEach((doc, i) => {
      if (doc.marker === '...') {
        if (i > 0) parts.push('...');
      } else if (doc.marker !== '' || i > 0) {
        parts.push(doc.marker || '---');
      }
      if (i === 0 && s.directive && doc.marker !== '---' && doc.marker !== '--- # c') parts.push('---');
      parts.push(renderBlock(doc.node, doc.opts, 0));
    });
    let text = parts.join('\n') + (s.finalNewline ? '\n' : '');
    if (s.crlf) text = text.replace(/\n/g, '\r\n');
    return (s.bom ? '\ufeff' : '') + text;
  });

/** Characters that matter to YAML, for mutations and garbage. */
const SIGNIFICANT = [
  ' ', ' ', ' ', '  ', '\n', '\n', '\t', '\r\n', ':', ': ', '-', '- ', '#', ' #', "'", '"', '[', ']', '{', '}', ',',
  '|', '>', '&a ', '*a', '!', '!!str ', '?', '? ', '%', '@', '`', '\\', '.', '---', '...', 'x', 'yes', '0', '\u00a0',
  '|-', '>+', '|2', '\n  ', '\n    ', '\n- ', 'k: ', '\n# c\n', '"\\x41"', '\\', '\\"',
];
/** Characters the fast parser refuses outright. */
const UNUSUAL = ['\ufeff', '\u0000', '\u0085', '\u2028', '\r', '\u001b'];
const piece = fc.oneof({ weight: 15, arbitrary: fc.constantFrom(...SIGNIFICANT) }, { weight: 1, arbitrary: fc.constantFrom(...UNUSUAL) });

/** One random edit: insert, delete or replace a short piece, or re-indent a line. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), piece }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), delta: fc.integer({ min: -2, max: 2 }) }),
);

type Mutation =
  | { kind: 'insert' | 'replace'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'indent'; at: number; delta: number };

function applyMutation(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.piece + text.slice(at);
    case 'replace':
      return text.slice(0, at) + m.piece + text.slice(at + 1);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'indent': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      const line = lines[i]!;
      lines[i] = m.delta > 0 ? ' '.repeat(m.delta) + line : line.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return lines.join('\n');
    }
  }
}

/** Valid-looking YAML with a few random edits. */
export const mutatedYaml: fc.Arbitrary<string> = fc
  .tuple(yamlStream, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, mutations]) => mutations.reduce(applyMutation, text));

/** One of `texts` (real manifests) with a few random edits. */
export function mutationsOf(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([text, mutations]) => mutations.reduce(applyMutation, text));
}

/** Strings made of YAML-significant pieces. */
export const yamlGarbage: fc.Arbitrary<string> = fc
  .array(fc.oneof(piece, fc.constantFrom(...TRICKY)), { maxLength: 40 })
  .map((pieces) => pieces.join(''));
