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
