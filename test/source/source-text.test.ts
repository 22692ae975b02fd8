import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/parse-yaml';

const text = [
  'data:',
  '  on: enabled',
  '  "yes": quoted',
  '  1.10: version',
  '  empty:',
  'items: [a, 0644]',
  '',
].join('\n');

describe('SourceDocument.sourceText', () => {
  const doc = parseYaml('f.yaml', text).documents[0]!;

  it('returns the key as written for target key', () => {
    expect(doc.value).toEqual({ data: { true: 'enabled', yes: 'quoted', '1.1': 'version', empty: null }, items: ['a', 420] });
    expect(doc.sourceText(['data', 'true'], 'key')).toBe('on');
    expect(doc.sourceText(['data', 'yes'], 'key')).toBe('"yes"');
    expect(doc.sourceText(['data', '1.1'], 'key')).toBe('1.10');
    expect(doc.sourceText(['data', 'empty'], 'key')).toBe('empty');
  });

  it('returns undefined for a key that does not exist, a sequence item, or the root', () => {
    expect(doc.sourceText(['data', 'missing'], 'key')).toBeUndefined();
    expect(doc.sourceText(['data', 'empty', 'deeper'], 'key')).toBeUndefined();
    expect(doc.sourceText(['items', 1], 'key')).toBeUndefined();
    expect(doc.sourceText([], 'key')).toBeUndefined();
  });

  it('returns values as written by default', () => {
    expect(doc.sourceText(['items', 1])).toBe('0644');
    expect(doc.sourceText(['data', 'true'])).toBe('enabled');
  });
});

describe('SourceDocument.coercedKeys', () => {
  const kinds = (text: string) => parseYaml('f.yaml', text).documents.map((d) => d.coercedKeys);

  it('tells, per document, whether a plain key was read as a boolean or a number', () => {
    // booleans and numbers, in block and flow mappings; quoted, tagged-free string keys do not count
    expect(kinds('a: {on: 1}\n---\n"yes": 1\nb: c\n---\nlabels:\n  1.10: x\n---\n[{"k": 1}]\n---\nx:\n  - 10: ten\n')).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
    // a JSON stream's documents
    expect(kinds('{"a": 1}\n{"on": 2}\n')).toEqual([false, false]);
  });

  it('tells the same for a file that only the yaml library parses (anchors), alias keys included', () => {
    expect(kinds('base: &b x\nlabels:\n  on: y\n')).toEqual([true]);
    expect(kinds('base: &b x\nlabels:\n  "on": y\n  t: *b\n')).toEqual([false]);
    expect(kinds('base: &b 1.10\nlabels:\n  *b : y\n')).toEqual([true]);
  });
});
