import { describe, expect, it } from 'vitest';
import type { Location, Path, Target } from '../../src/core/types';
import { parseFastYaml } from '../../src/source/fast-yaml';
import { parseYaml } from '../../src/source/parse-yaml';
import { parseYamlWithLibrary } from '../../src/source/parse-yaml-with-library';
import type { SourceFile } from '../../src/source/source-file';
import { compareParsers } from './compare-parsers';

/** Parses with the fast parser, failing the test if it falls back; also checks it agrees with the library. */
function fast(text: string): SourceFile {
  const result = parseFastYaml('m.yaml', text);
  if (!result.ok) throw new Error(`fell back to the library: ${result.reason}`);
  const comparison = compareParsers(text);
  expect(comparison.fast && comparison.differences).toEqual([]);
  return result.file;
}

function at(file: SourceFile, path: Path, target: Target = 'value', document = 0): string {
  const l: Location = file.documents[document]!.locate(path, target);
  return `${l.line}:${l.column}-${l.endLine}:${l.endColumn}`;
}

describe('fast YAML parser: block collections', () => {
  const pod = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    '  labels:',
    '    app: web',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: nginx:1.25',
    '      ports:',
    '      - containerPort: 80',
    '',
  ].join('\n');

  it('decodes nested maps and sequences, including a sequence at its key’s indentation', () => {
    expect(fast(pod).documents[0]!.value).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: { containers: [{ name: 'app', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }] },
    });
  });

  it('locates values, keys, collections and missing paths', () => {
    const file = fast(pod);
    expect(at(file, ['metadata', 'name'])).toBe('4:9-4:12');
    expect(at(file, ['metadata', 'name'], 'key')).toBe('4:3-4:7');
    expect(at(file, ['spec', 'containers', 0, 'image'])).toBe('10:14-10:24');
    expect(at(file, ['spec', 'containers', 0, 'ports', 0, 'containerPort'])).toBe('12:24-12:26');
    // a collection with a key: its key; without one (a sequence item): its first line
    expect(at(file, ['spec', 'containers'])).toBe('8:3-8:13');
    expect(at(file, ['spec', 'containers', 0])).toBe('9:7-9:16');
    expect(at(file, [])).toBe('1:1-1:15');
    // missing paths fall back to the nearest existing ancestor
    expect(at(file, ['metadata', 'namespace'])).toBe('3:1-3:9');
    expect(at(file, ['spec', 'containers', 0, 'resources', 'limits'])).toBe('9:7-9:16');
    expect(at(file, ['spec', 'containers', 5])).toBe('8:3-8:13');
    expect(at(file, ['kind', 'x'])).toBe('2:1-2:5');
  });

  it('gives the source text of scalars only', () => {
    const document = fast(pod).documents[0]!;
    expect(document.sourceText(['metadata', 'name'])).toBe('web');
    expect(document.sourceText(['spec', 'containers', 0, 'ports', 0, 'containerPort'])).toBe('80');
    expect(document.sourceText(['metadata'])).toBeUndefined();
    expect(document.sourceText(['metadata', 'nope'])).toBeUndefined();
    expect(document.sourceText(['metadata'], 'key')).toBe('metadata');
    expect(document.sourceText(['spec', 'containers', 0], 'key')).toBeUndefined();
  });

  it('handles compact nested sequences and maps in sequences', () => {
    const file = fast('- - a\n  - b\n-   k: 1\n    l: 2\n- c\n');
    expect(file.documents[0]!.value).toEqual([['a', 'b'], { k: 1, l: 2 }, 'c']);
    expect(at(file, [0, 1])).toBe('2:5-2:6');
    expect(at(file, [1, 'l'])).toBe('4:8-4:9');
    expect(at(file, [1, 'l'], 'key')).toBe('4:5-4:6');
  });

  it('places empty values where the library does: after the indicator and its spaces', () => {
    const file = fast('a:\nb:   # comment\nc: []\nseq:\n- \n-\n- x\n');
    expect(file.documents[0]!.value).toEqual({ a: null, b: null, c: [], seq: [null, null, 'x'] });
    expect(at(file, ['a'])).toBe('1:3-1:3');
    expect(at(file, ['b'])).toBe('2:6-2:6');
    expect(at(file, ['seq', 0])).toBe('5:3-5:3');
    expect(at(file, ['seq', 1])).toBe('6:2-6:2');
    expect(file.documents[0]!.sourceText(['a'])).toBe('');
  });
});

describe('fast YAML parser: scalars as go-yaml v2 decodes them', () => {
  const text = [
    'a: on',
    'b: 0644',
    'c: 1:20',
    'd: "quoted # not comment"',
    "e: 'it''s'",
    'f: ~',
    'g:',
    'h: 0x1F',
    'i: 1e3',
    'j: yes # comment',
    'k: "\\x41\\u00e9\\t\\"!"',
    'l: 12Mi',
    'm: ünïcödé 日本 😀',
    'p: a#b',
    '',
  ].join('\n');

  it('resolves plain scalars with YAML 1.1 rules and keeps quoted ones as strings', () => {
    expect(fast(text).documents[0]!.value).toEqual({
      a: true,
      b: 420,
      c: '1:20',
      d: 'quoted # not comment',
      e: "it's",
      f: null,
      g: null,
      h: 31,
      i: 1000,
      j: true,
      k: 'Aé\t"!',
      l: '12Mi',
      m: 'ünïcödé 日本 😀',
      p: 'a#b',
    });
  });

  it('keeps the source text as written', () => {
    const document = fast(text).documents[0]!;
    expect(document.sourceText(['a'])).toBe('on');
    expect(document.sourceText(['b'])).toBe('0644');
    expect(document.sourceText(['e'])).toBe("'it''s'");
    expect(document.sourceText(['j'])).toBe('yes');
    expect(document.sourceText(['k'])).toBe('"\\x41\\u00e9\\t\\"!"');
    expect(at(fast(text), ['d'])).toBe('4:4-4:26');
  });

  it('folds multi-line plain and quoted scalars', () => {
    const file = fast(
      [
        'description: a long',
        '  text that',
        '  continues',
        '',
        '  after a blank line',
        'single: \'one',
        '  two\'',
        'double: "one \\',
        '  two',
        '',
        '  three"',
        'next: 1',
        '',
      ].join('\n'),
    );
    expect(file.documents[0]!.value).toEqual({
      description: 'a long text that continues\nafter a blank line',
      single: 'one two',
      double: 'one two\nthree',
      next: 1,
    });
    expect(at(file, ['description'])).toBe('1:14-5:21');
    expect(at(file, ['double'])).toBe('8:9-11:9');
  });

  it('decodes block scalars with chomping and indentation indicators', () => {
    const file = fast(
      [
        'literal: |',
        '  line one',
        '    indented',
        '  line three',
        '',
        'strip: |-',
        '  text',
        '',
        'keep: |+',
        '  text',
        '',
        'folded: >',
        '  one',
        '  two',
        '',
        '  three',
        '    more',
        '  four',
        'indented: |2',
        '    two extra',
        'end: x',
        '',
      ].join('\n'),
    );
    expect(file.documents[0]!.value).toEqual({
      literal: 'line one\n  indented\nline three\n',
      strip: 'text',
      keep: 'text\n\n',
      folded: 'one two\nthree\n  more\nfour\n',
      indented: '  two extra\n',
      end: 'x',
    });
    const document = file.documents[0]!;
    // the range runs from the header to the end of the last content line (trailing blank lines only with `+`)
    expect(at(file, ['literal'])).toBe('1:10-5:1');
    expect(document.sourceText(['strip'])).toBe('|-\n  text\n');
    expect(document.sourceText(['keep'])).toBe('|+\n  text\n\n');
  });

  it('decodes mapping keys the way the library turns them into object keys', () => {
    const file = fast('on: push\n1: one\n0x10: hex\n"quoted key": x\n\'single\': why\n__proto__: z\nconstructor: c\n');
    const value = file.documents[0]!.value as Record<string, unknown>;
    expect(value).toEqual({ true: 'push', 1: 'one', 16: 'hex', 'quoted key': 'x', single: 'why', ['__proto__']: 'z', constructor: 'c' });
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(at(file, ['true'], 'key')).toBe('1:1-1:3');
    expect(at(file, ['16'])).toBe('3:7-3:10');
    expect(at(file, ['quoted key'], 'key')).toBe('4:1-4:13');
    // the key as written, for messages about YAML 1.1 surprises
    const document = file.documents[0]!;
    expect(document.sourceText(['true'], 'key')).toBe('on');
    expect(document.sourceText(['16'], 'key')).toBe('0x10');
    expect(document.sourceText(['quoted key'], 'key')).toBe('"quoted key"');
    expect(document.sourceText([], 'key')).toBeUndefined();
    expect(document.sourceText(['missing'], 'key')).toBeUndefined();
  });
});

describe('fast YAML parser: flow collections and JSON', () => {
  it('decodes nested flow collections and locates inside them', () => {
    const file = fast('args: ["--port", 8080, {a: b, "c": [1, 2, ]}, []]\nempty: {}\nmulti: [\n  one,\n  two\n]\n');
    expect(file.documents[0]!.value).toEqual({
      args: ['--port', 8080, { a: 'b', c: [1, 2] }, []],
      empty: {},
      multi: ['one', 'two'],
    });
    expect(at(file, ['args', 2, 'c', 1])).toBe('1:40-1:41');
    expect(at(file, ['args', 2, 'c'], 'key')).toBe('1:31-1:34');
    expect(at(file, ['args', 2])).toBe('1:24-1:50');
    expect(at(file, ['args', 0])).toBe('1:8-1:16');
    expect(file.documents[0]!.sourceText(['args', 0])).toBe('"--port"');
    expect(at(file, ['multi', 1])).toBe('5:3-5:6');
  });

  it('reads a JSON manifest', () => {
    const file = fast('{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "data": {"k": "v\\n", "n": null, "t": true}\n}\n');
    expect(file.documents[0]!.value).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', data: { k: 'v\n', n: null, t: true } });
    expect(at(file, ['data', 'k'])).toBe('4:17-4:22');
    expect(at(file, ['data', 'k'], 'key')).toBe('4:12-4:15');
    expect(at(file, [])).toBe('1:1-1:2');
  });
});

describe('fast YAML parser: streams', () => {
  it('numbers documents as the library does, counting empty ones', () => {
    const file = fast('# leading comment\n---\na: 1\n---\n# empty document\n---\nb: 2\n...\n# after the end\n---\nc: 3\n');
    expect(file.documents.map((d) => [d.index, d.value])).toEqual([
      [0, { a: 1 }],
      [2, { b: 2 }],
      [3, { c: 3 }],
    ]);
    expect(at(file, ['c'], 'value', 2)).toBe('11:4-11:5');
    expect(fast('a: 1\n...\nb: 2\n').documents.map((d) => d.index)).toEqual([0, 1]);
    expect(fast('%YAML 1.1\n---\nx: 1\n').documents[0]!.value).toEqual({ x: 1 });
    expect(fast('---\n~\n').documents.map((d) => d.value)).toEqual([null]);
    expect(fast('# only a comment\n').documents).toEqual([]);
  });

  it('handles CRLF line breaks and a byte order mark', () => {
    const file = fast("\ufeffa: 1\r\nb:\r\n  - x # c\r\n  - 'y\r\n    z'\r\nc: |\r\n  l1\r\n  l2\r\n");
    expect(file.documents[0]!.value).toEqual({ a: 1, b: ['x', 'y z'], c: 'l1\nl2\n' });
    expect(at(file, ['a'])).toBe('1:5-1:6');
    expect(at(file, ['b', 1])).toBe('4:5-5:7');
    expect(file.documents[0]!.sourceText(['b', 1])).toBe("'y\r\n    z'");
  });
});

describe('fast YAML parser falls back to the library for what it does not support', () => {
  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags on collections and keys', 'a: !!map {b: 1}\n!!str c: 1\n'],
    ['a value its tag cannot read', 'a: !!int abc\n'],
    ['merge keys', 'base: {x: 1}\nderived:\n  <<: {x: 1}\n  y: 2\n'],
    ['complex keys', '? a\n: b\n'],
    ['tabs as indentation', 'a:\n\tb: 1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['syntax errors', 'a: "unterminated\n'],
    ['a block scalar on its own line', 'a:\n  |\n  x\n'],
  ])('%s', (_, text) => {
    expect(parseFastYaml('m.yaml', text).ok).toBe(false);
    const combined = parseYaml('m.yaml', text);
    const library = parseYamlWithLibrary('m.yaml', text);
    expect(combined.documents.map((d) => d.value)).toEqual(library.documents.map((d) => d.value));
    expect(combined.problems).toEqual(library.problems);
  });

  it('so aliases, tags and merge keys still decode, and duplicate keys are still reported', () => {
    expect(parseYaml('m.yaml', 'a: &x 1\nb: *x\nc: !!str 1\n').documents[0]!.value).toEqual({ a: 1, b: 1, c: '1' });
    expect(parseYaml('m.yaml', 'a: 1\na: 2\n').problems.map((p) => p.message)).toEqual(['mapping key "a" already defined at line 1']);
  });
});
