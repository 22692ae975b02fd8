import { describe, expect, it } from 'vitest';
import type { Location } from '../../src/core/types';
import { parseFastYaml } from '../../src/source/fast-yaml';
import { parseYaml } from '../../src/source/parse-yaml';
import { parseYamlWithLibrary } from '../../src/source/parse-yaml-with-library';
import type { SourceFile } from '../../src/source/source-file';
import { compareParsers } from './compare-parsers';

/**
 * A byte order mark at the start of a later document (files concatenated, each saved with a BOM).
 * kubectl splits a stream at its `---` lines first and go-yaml skips a BOM at the start of each
 * piece: every case below is what kubectl 1.32 decodes (`kubectl label --local -o json`).
 */
const BOM = '\uFEFF';
const A = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n';
const B = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n';
const TWO = [
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } },
];

const ACCEPTED: [string, string][] = [
  ['right after ---', `${A}---\n${BOM}${B}`],
  ['after --- with a comment', `${A}--- # next file\n${BOM}${B}`],
  ['before a blank line', `${A}---\n${BOM}\n${B}`],
  ['before a comment', `${A}---\n${BOM}# b.yaml\n${B}`],
  ['before the next file’s own ---', `${A}---\n${BOM}---\n${B}`],
  ['before an indented document', `${A}---\n${BOM}  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: b}\n`],
  ['with CRLF line breaks', `${A}---\r\n${BOM}${B}`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')],
  ['after a first file that starts with one too', `${BOM}${A}---\n${BOM}${B}`],
];

function values(file: SourceFile): unknown[] {
  expect(file.problems).toEqual([]);
  return file.documents.map((d) => d.value);
}

const at = (l: Location) => `${l.line}:${l.column}-${l.endLine}:${l.endColumn}`;

describe('a byte order mark at the start of a later document', () => {
  it.each(ACCEPTED)('is nothing %s, on both parsers', (_, text) => {
    const fast = parseFastYaml('s.yaml', text);
    if (!fast.ok) throw new Error(`the fast parser gave up: ${fast.reason}`);
    expect(values(fast.file)).toEqual(TWO);
    expect(values(parseYamlWithLibrary('s.yaml', text))).toEqual(TWO);
    // an anchor sends the file through the library, as in real use
    expect(values(parseYaml('s.yaml', text.replace('{name: a}', '{name: &n a}')))).toEqual(TWO);
    const comparison = compareParsers(text);
    expect(comparison.fast && comparison.differences).toEqual([]);
  });

  it('leaves positions right: lines as written, columns as an editor shows them (the BOM is no character)', () => {
    const text = `${A}---\n${BOM}${B}`;
    const anchored = `a: &x 1\n---\n${BOM}${B}`;
    const cases: [SourceFile, number][] = [
      [parseYaml('s.yaml', text), 5],
      [parseYamlWithLibrary('s.yaml', text), 5],
      [parseYaml('s.yaml', anchored), 3],
    ];
    for (const [file, line] of cases) {
      const doc = file.documents[1]!;
      expect(at(doc.locate([]))).toBe(`${line}:1-${line}:15`);
      expect(at(doc.locate(['apiVersion']))).toBe(`${line}:13-${line}:15`);
      expect(at(doc.locate(['apiVersion'], 'key'))).toBe(`${line}:1-${line}:11`);
      expect(doc.sourceText(['apiVersion'], 'key')).toBe('apiVersion');
      expect(at(doc.locate(['metadata', 'name']))).toBe(`${line + 2}:18-${line + 2}:19`);
      expect(file.lines.line(line)).toBe('apiVersion: v1');
    }
  });

  it('is kept where kubectl keeps it: inside a document, it is part of the text', () => {
    const inside = `${A}${BOM}extra: x\n`;
    expect(values(parseYaml('s.yaml', inside))).toEqual([{ ...TWO[0], [`${BOM}extra`]: 'x' }]);
    expect(values(parseYamlWithLibrary('s.yaml', inside))).toEqual([{ ...TWO[0], [`${BOM}extra`]: 'x' }]);
    expect(values(parseYaml('s.yaml', `${A}data: {k: "x${BOM}y"}\n`))).toEqual([{ ...TWO[0], data: { k: `x${BOM}y` } }]);
    // not after a blank line either: kubectl's piece then starts with the line break
    expect(values(parseYaml('s.yaml', `${A}---\n\n${BOM}${B}`))[1]).toEqual({ [`${BOM}apiVersion`]: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } });
  });

  it('before a --- that is not at the start of a line, is still a syntax error (kubectl: could not find expected :)', () => {
    const file = parseYaml('s.yaml', `${A}${BOM}---\n${B}`);
    expect(file.problems.map((p) => `${at(p.location)} ${p.message}`)).toEqual(['4:1-4:5 Implicit keys need to be on a single line']);
  });
});
