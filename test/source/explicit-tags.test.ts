import { describe, expect, it } from 'vitest';
import { parseFastYaml } from '../../src/source/fast-yaml';
import { parseYaml } from '../../src/source/parse-yaml';
import { parseYamlWithLibrary } from '../../src/source/parse-yaml-with-library';
import type { SourceFile } from '../../src/source/source-file';
import { isGoTimestamp } from '../../src/source/tagged-scalar';
import { compareParsers } from './compare-parsers';

/**
 * Explicit tags decode as kubectl decodes them (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1): every
 * expected value below is what kubectl 1.32 printed for `v: <written>` with
 * `kubectl label --local -f FILE x=y -o json`, and every refused value is one it refused with
 * "cannot decode !!<read> `<text>` as a !!<tag>".
 */

/** Scalars the fast parser decodes itself: [written, value]. */
const SCALARS: [string, unknown][] = [
  ['!!int "30"', 30],
  ["!!int '5'", 5],
  ['!!int 80', 80],
  ['!!int 0x1F', 31],
  ['!!int "0644"', 420],
  ['!!int 0b101', 5],
  ['!!int -0b101', -5],
  ['!!int 0o17', 15],
  ['!!int 1_000', 1000],
  ['!!int "+0x1F"', 31],
  ['!!int 9223372036854775808', 9223372036854775808],
  ['!!int 0xFFFFFFFFFFFFFFFF', 18446744073709551615],
  ['!!float 100', 100],
  ['!!float 1', 1],
  ['!!float "1e3"', 1000],
  ['!!float 1.5e3', 1500],
  ['!!float .5', 0.5],
  ['!!float +.5', 0.5],
  ['!!float 1.', 1],
  ['!!float 0644', 420],
  ['!!float 0x10', 16],
  ['!!float "3.14"', 3.14],
  ['!!float -9223372036854775809', -9223372036854775809],
  ['!!bool yes', true],
  ['!!bool "off"', false],
  ['!!bool True', true],
  ['!!bool y', true],
  ['!!null ~', null],
  ['!!null ""', null],
  ['!!null "null"', null],
  ['!!null NULL', null],
  ['!!str 30', '30'],
  ['!!str yes', 'yes'],
  ['!!str ~', '~'],
  ['!!str 0x1F', '0x1F'],
  ['!!str 1.0', '1.0'],
  ['!!str 2001-12-14', '2001-12-14'],
  ['!!binary aGVsbG8=', 'hello'],
  ['!!binary "aGk="', 'hi'],
  ['!!binary "aGk=\\n"', 'hi'],
  ['!!timestamp 2001-12-14', '2001-12-14'],
  ['!!timestamp "2001-12-14t21:59:43.10-05:00"', '2001-12-14t21:59:43.10-05:00'],
  ['!!timestamp 2001-12-14T21:59:43Z', '2001-12-14T21:59:43Z'],
  ['!!timestamp 2000-02-29', '2000-02-29'],
  // tags go-yaml does not resolve keep the text
  ['!foo bar', 'bar'],
  ['!foo 12', '12'],
  ['! 12', '12'],
  ['!!map x', 'x'],
  ['!!seq x', 'x'],
  ['!!merge 5', '5'],
  ['!!value x', 'x'],
];

/** Values with a tag the fast parser leaves to the library (a verbatim tag, collections). */
const LIBRARY_ONLY: [string, unknown][] = [
  ['!<tag:yaml.org,2002:int> "5"', 5],
  ['!<!bar> 1', '1'],
  ['!!map {a: 1}', { a: 1 }],
  ['!!seq [1]', [1]],
  ['!!str {a: 1}', { a: 1 }],
  ['!!int [1]', [1]],
  ['!!set {a}', { a: null }],
  ['!!omap [a: 1]', [{ a: 1 }]],
  ['!!pairs [a: 1]', [{ a: 1 }]],
  ['!foo {a: !!int "1"}', { a: 1 }],
];

/** Values kubectl refuses: [written, message]. */
const REFUSED: [string, string][] = [
  ['!!int abc', 'cannot decode !!str as a !!int: the tag needs an integer, and YAML reads the value as a string'],
  ['!!int 1.5', 'cannot decode !!float as a !!int: the tag needs an integer, and YAML reads the value as a number with a fraction or an exponent'],
  ['!!int 1e3', 'cannot decode !!float as a !!int: the tag needs an integer, and YAML reads the value as a number with a fraction or an exponent'],
  ['!!int 18446744073709551616', 'cannot decode !!float as a !!int: the tag needs an integer, and YAML reads the value as a number with a fraction or an exponent'],
  ['!!int " 5"', 'cannot decode !!str as a !!int: the tag needs an integer, and YAML reads the value as a string'],
  ['!!int ~', 'cannot decode !!null as a !!int: the tag needs an integer, and YAML reads the value as null'],
  ['!!int 1:20', 'cannot decode !!str as a !!int: the tag needs an integer, and YAML reads the value as a string'],
  ['!!int 2001-12-14', 'cannot decode !!str as a !!int: the tag needs an integer, and YAML reads the value as a string'],
  ['!!float abc', 'cannot decode !!str as a !!float: the tag needs a number, and YAML reads the value as a string'],
  ['!!float ""', 'cannot decode !!null as a !!float: the tag needs a number, and YAML reads the value as null'],
  ['!!float 1e400', 'cannot decode !!str as a !!float: the tag needs a number, and YAML reads the value as a string'],
  ['!!float 9223372036854775808', 'cannot decode !!int as a !!float: the tag needs a number, and YAML reads the value as an integer beyond the 64-bit signed range'],
  ['!!bool 1', 'cannot decode !!int as a !!bool: the tag needs a boolean (true, false, yes, no, on, off), and YAML reads the value as an integer'],
  ['!!bool tRUE', 'cannot decode !!str as a !!bool: the tag needs a boolean (true, false, yes, no, on, off), and YAML reads the value as a string'],
  ['!!bool null', 'cannot decode !!null as a !!bool: the tag needs a boolean (true, false, yes, no, on, off), and YAML reads the value as null'],
  ['!!null x', 'cannot decode !!str as a !!null: the tag needs null (~, null or nothing), and YAML reads the value as a string'],
  ['!!timestamp abc', 'cannot decode !!str as a !!timestamp: the tag needs a date or time (2001-12-14, 2001-12-14T21:59:43Z), and YAML reads the value as a string'],
  ['!!timestamp 12', 'cannot decode !!int as a !!timestamp: the tag needs a date or time (2001-12-14, 2001-12-14T21:59:43Z), and YAML reads the value as an integer'],
  ['!!timestamp 1.5', 'cannot decode !!float as a !!timestamp: the tag needs a date or time (2001-12-14, 2001-12-14T21:59:43Z), and YAML reads the value as a number with a fraction or an exponent'],
  ['!!timestamp 2001-02-29', 'cannot decode !!str as a !!timestamp: the tag needs a date or time (2001-12-14, 2001-12-14T21:59:43Z), and YAML reads the value as a string'],
  ['!!binary aGk', '!!binary value is not valid base64'],
  ['!!binary "aG k="', '!!binary value is not valid base64'],
];

/** The ways a tagged scalar is written: the document, the path to the value and the tag's column. */
const STYLES: { name: string; text: (written: string) => string; path: (string | number)[]; column: number }[] = [
  { name: 'block mapping value', text: (w) => `v: ${w}\n`, path: ['v'], column: 4 },
  { name: 'block sequence item', text: (w) => `v:\n  - ${w}\n`, path: ['v', 0], column: 5 },
  { name: 'value on its own line', text: (w) => `v:\n  ${w}\n`, path: ['v'], column: 3 },
  { name: 'flow mapping value', text: (w) => `v: {x: ${w}}\n`, path: ['v', 'x'], column: 8 },
  { name: 'flow sequence item', text: (w) => `v: [1, ${w}]\n`, path: ['v', 1], column: 8 },
];

/** An anchor elsewhere in the document sends it through the library, as any anchor does. */
const withAnchor = (text: string) => `a: &a 1\n${text}`;

function valueAt(file: SourceFile, path: (string | number)[]): unknown {
  expect(file.problems).toEqual([]);
  let value = file.documents[0]!.value;
  for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
  return value;
}

function brief(file: SourceFile): string[] {
  return file.problems.map((p) => `${p.location.line}:${p.location.column}-${p.location.endColumn} ${p.message}`);
}

describe('explicit tags decode as kubectl decodes them', () => {
  describe.each(STYLES)('$name', ({ text, path, column }) => {
    it.each(SCALARS)('%s → %j on both parsers, located from the tag', (written, expected) => {
      const fast = parseFastYaml('t.yaml', text(written));
      if (!fast.ok) throw new Error(`the fast parser gave up: ${fast.reason}`);
      expect(valueAt(fast.file, path)).toEqual(expected);
      expect(valueAt(parseYamlWithLibrary('t.yaml', text(written)), path)).toEqual(expected);
      expect(valueAt(parseYaml('t.yaml', withAnchor(text(written))), path)).toEqual(expected);
      // the tag is part of the value's source: it decides what the value is
      const doc = fast.file.documents[0]!;
      expect(doc.sourceText(path)).toBe(written);
      expect(doc.locate(path)).toMatchObject({ column, endColumn: column + written.length });
      const comparison = compareParsers(text(written));
      expect(comparison.fast && comparison.differences).toEqual([]);
    });

    it.each(LIBRARY_ONLY)('%s → %j through the library', (written, expected) => {
      expect(parseFastYaml('t.yaml', text(written)).ok).toBe(false);
      expect(valueAt(parseYaml('t.yaml', text(written)), path)).toEqual(expected);
    });

    it.each(REFUSED)('%s is refused at its tag: %s', (written, message) => {
      expect(parseFastYaml('t.yaml', text(written)).ok).toBe(false);
      const tag = written.split(' ')[0]!;
      const line = text(written).split('\n').findIndex((l) => l.includes(written)) + 1;
      const expected = [`${line}:${column}-${column + tag.length} ${message}`];
      expect(brief(parseYaml('t.yaml', text(written)))).toEqual(expected);
      expect(brief(parseYaml('t.yaml', withAnchor(text(written))))).toEqual(expected.map((e) => e.replace(/^\d+/, String(line + 1))));
    });
  });

  it('decodes tagged block scalars, multi-line plain scalars and an anchored tagged value', () => {
    const text = [
      'a: !!int >-',
      '  5',
      'b: !!str |',
      '  5',
      'c: !!str two',
      '  lines',
      'd: &d !!float 5',
      'e: !!int &e "6"',
      'f: [*d, *e]',
      '',
    ].join('\n');
    const file = parseYaml('t.yaml', text);
    expect(file.problems).toEqual([]);
    expect(file.documents[0]!.value).toEqual({ a: 5, b: '5\n', c: 'two lines', d: 5, e: 6, f: [5, 6] });
    const doc = file.documents[0]!;
    expect(doc.sourceText(['a'])).toBe('!!int >-\n  5\n');
    expect(doc.sourceText(['c'])).toBe('!!str two\n  lines');
    expect(doc.sourceText(['d'])).toBe('!!float 5');
    expect(doc.sourceText(['e'])).toBe('!!int &e "6"');
    expect(doc.locate(['d'])).toEqual({ line: 7, column: 7, endLine: 7, endColumn: 16 });
    expect(doc.locate(['f', 0])).toEqual({ line: 9, column: 5, endLine: 9, endColumn: 7 });
    const fast = parseFastYaml('t.yaml', text.split('\nd:')[0]! + '\n');
    expect(fast.ok && fast.file.documents[0]!.value).toEqual({ a: 5, b: '5\n', c: 'two lines' });
    expect(brief(parseYaml('t.yaml', 'a: !!int |\n  5\n'))).toEqual([
      '1:4-9 cannot decode !!str as a !!int: the tag needs an integer, and YAML reads the value as a string',
    ]);
  });

  it('decodes tagged mapping keys (through the library) as kubectl names them', () => {
    const file = parseYaml('t.yaml', 'v: {!!int "1": a, !!str 2: b, !!float 3: c, !!bool yes: d, !!binary aGk=: e, !!int 0x10: f}\n');
    expect(file.problems).toEqual([]);
    expect(file.documents[0]!.value).toEqual({ v: { '1': 'a', '2': 'b', '3': 'c', true: 'd', hi: 'e', '16': 'f' } });
    expect(file.documents[0]!.sourceText(['v', 'true'], 'key')).toBe('!!bool yes');
    expect(file.documents[0]!.locate(['v', 'true'], 'key')).toEqual({ line: 1, column: 45, endLine: 1, endColumn: 55 });
    expect(brief(parseYaml('t.yaml', 'v: {!!int abc: a}\n'))).toEqual([
      '1:5-10 cannot decode !!str as a !!int: the tag needs an integer, and YAML reads the value as a string',
    ]);
  });

  it('checks timestamps as Go time.Parse reads go-yaml’s layouts', () => {
    const valid = ['2001-12-14', '2001-1-2', '2001-02-3', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10', '2001-12-14T1:2:3Z',
      '2001-12-14T01:02:03+01:00', '2001-12-14  01:02:03', '2001-12-14T01:02:03.1234567891Z', '2001-12-14T01:02:03,5Z',
      '2001-12-14T01:02:03-00:00', '2001-12-14T01:02:03+24:00', '2001-12-14T01:02:03+23:60', '2001-12-14 1:2:3.5'];
    const invalid = ['2001-13-02', '2001-02-30', '2001-02-29', '2001-12-14T24:00:00Z', '2001-12-14T23:60:00Z', '2001-12-14T23:59:60Z',
      '2001-12-14T01:02:03+1:00', '2001-12-14T01:02:03+0100', '2001-12-14 01:02:03Z', '2001-12-14T01:02Z', '02001-12-14',
      '2001-012-14', '2001-12-14T01:02:03.Z', '2001-12-14T01:02:03z', '2001-12-14 21:59:43.10 -5', '2001-00-10', '2001-01-00'];
    expect(valid.filter((t) => !isGoTimestamp(t))).toEqual([]);
    expect(invalid.filter((t) => isGoTimestamp(t))).toEqual([]);
  });
});
