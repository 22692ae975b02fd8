import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/parse-yaml';

/** go-yaml v2 decodes `!!binary` into a generic value as the decoded bytes, a string (checked with kubectl). */
describe('!!binary', () => {
  it('decodes to the string of its bytes, as kubectl sends it', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: !!binary |\n    aGVs\n    bG8=\n  c: !!binary /w==\n';
    const source = parseYaml('b.yaml', text);
    expect(source.problems).toEqual([]);
    expect((source.documents[0]!.value as { data: unknown }).data).toEqual({ a: 'hello', c: '\ufffd' });
  });

  it('reports a value that is not base64 at its tag, as kubectl refuses it', () => {
    const source = parseYaml('b.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  b: !!binary "!!"\n');
    expect(source.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual(['5:6 !!binary value is not valid base64']);
  });
});
