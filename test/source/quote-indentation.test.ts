import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/parse-yaml';

/**
 * go-yaml (libyaml) does not check the indentation of a quoted scalar's continuation lines, so
 * kubectl applies sock-shop/manifests-monitoring/23-grafana-import-dash-batch.yaml, whose
 * single-quoted JSON annotation ends with `]'` at its key's indentation. The expected values are
 * what `kubectl label --local -o json` decodes for this text.
 */
describe('a quoted scalar whose continuation lines are not indented past its key', () => {
  const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: q
  annotations:
    a: '[
      x,
    ]'
    b: "two
   lines

x  y"
data:
  k: "x
y"
  on: "z
-- a"
`;

  it('decodes as go-yaml does, with the positions after it intact', () => {
    const source = parseYaml('q.yaml', text);
    expect(source.problems).toEqual([]);
    const doc = source.documents[0]!;
    expect(doc.value).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'q', annotations: { a: '[ x, ]', b: 'two lines\nx  y' } },
      data: { k: 'x y', true: 'z -- a' },
    });
    expect(doc.locate(['data', 'true'], 'key')).toEqual({ line: 16, column: 3, endLine: 16, endColumn: 5 });
    expect(doc.locate(['metadata', 'annotations', 'b']).line).toBe(9);
  });

  it('reads a continuation line that starts with a tag or anchor sign as text, as go-yaml does', () => {
    // kubectl label --local -o json decodes these as "\" !\"" and "a &b"
    const source = parseYaml('q.yaml', 'data:\n  k: "\\"\n  !\\""\n  j: "a\n  &b"\n');
    expect(source.problems).toEqual([]);
    expect(source.documents[0]!.value).toEqual({ data: { k: '" !"', j: 'a &b' } });
  });

  it('still refuses a document marker at the start of a continuation line, as go-yaml does', () => {
    const source = parseYaml('q.yaml', 'a: "x\n--- y"\n');
    expect(source.problems.map((p) => `${p.location.line}:${p.location.column}`)).toEqual(['1:6']);
  });
});
