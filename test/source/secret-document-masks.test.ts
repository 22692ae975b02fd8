import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/source/line-index';
import { secretDocumentMasks } from '../../src/source/secret-document-masks';

/** The masked parts of each line, as `line: text`. */
function masked(text: string, line: number): string[] {
  const lines = new LineIndex(text);
  return secretDocumentMasks(lines, line).map((m) => `${m.line}: ${lines.line(m.line).slice(m.column - 1, m.endColumn - 1)}`);
}

describe('secretDocumentMasks (YAML errors in a Secret)', () => {
  const secret = [
    'apiVersion: v1', // 1
    'kind: Secret # opaque', // 2
    'metadata: {name: s}', // 3
    'type: Opaque', // 4
    'data:', // 5
    '  password: c2VjcmV0', // 6
    '  password: c2VjcmV0Mg==', // 7
    'stringData:', // 8
    '  key: |', // 9
    '    -----BEGIN KEY-----', // 10
    '    # not a comment inside a block scalar', // 11
    '  inline: {a: b}', // 12
  ].join('\n');

  it('masks every value of the document, keeping the keys and the plain top-level fields', () => {
    expect(masked(secret, 7)).toEqual([
      '6: c2VjcmV0',
      '7: c2VjcmV0Mg==',
      '9: |',
      '10: -----BEGIN KEY-----',
      '11: # not a comment inside a block scalar',
      '12: {a: b}',
    ]);
  });

  it('stays within the document of the error and leaves other kinds alone', () => {
    const stream = `apiVersion: v1\nkind: ConfigMap\ndata:\n  a: visible\n---\n${secret}\n---\nkind: ConfigMap\ndata: {b: shown}\n`;
    expect(masked(stream, 4)).toEqual([]);
    expect(masked(stream, 12)).toContain('11: c2VjcmV0');
    expect(masked(stream, 12).some((m) => m.includes('visible') || m.includes('shown'))).toBe(false);
    expect(masked(stream, 19)).toEqual([]);
  });

  it('masks the values of a List holding a Secret', () => {
    const list = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  data:\n    token: dG9rZW4=\n    token: dG9rZW4y\n';
    expect(masked(list, 8)).toEqual(['4: v1', '5: Secret', '7: dG9rZW4=', '8: dG9rZW4y']);
  });

  it('masks a JSON Secret whole', () => {
    expect(masked('{"apiVersion": "v1", "kind": "Secret", "data": {"a": "c2Vj",}}', 1)).toEqual([
      '1: {"apiVersion": "v1", "kind": "Secret", "data": {"a": "c2Vj",}}',
    ]);
  });
});
