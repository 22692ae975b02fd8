import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/parse-yaml';

/** kubectl (apimachinery's YAMLOrJSONDecoder) reads a stream that starts with `{` as JSON values. */
describe('a stream that starts with "{" is read as JSON, as kubectl reads it', () => {
  it('reports a trailing comma (valid YAML flow syntax, invalid JSON) at its position', () => {
    const source = parseYaml('trailing.json', '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "metadata": {"name": "x",}\n}\n');
    expect(source.documents).toEqual([]);
    expect(source.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual([
      '4:28 invalid JSON (kubectl reads a file that starts with "{" as JSON): Expected double-quoted property name',
    ]);
  });

  it('refuses YAML flow syntax in a file that starts with "{"', () => {
    const source = parseYaml('flow.yaml', '{apiVersion: v1, kind: ConfigMap, metadata: {name: x}}\n');
    expect(source.documents).toEqual([]);
    expect(source.problems.map((p) => `${p.location.line}:${p.location.column}`)).toEqual(['1:2']);
  });

  it('reads concatenated JSON objects as one document each, with their own positions', () => {
    const text = [
      '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}, "data": {"a": 1}}',
      '  {"apiVersion": "v1", "kind": "ConfigMap",',
      '   "metadata": {"name": "y"}, "data": {"b": true}} {"kind": "Secret"}',
      '',
    ].join('\r\n');
    const source = parseYaml('stream.json', text);
    expect(source.problems).toEqual([]);
    expect(source.documents.map((d) => d.value)).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 1 } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'y' }, data: { b: true } },
      { kind: 'Secret' },
    ]);
    expect(source.documents.map((d) => d.index)).toEqual([0, 1, 2]);
    const at = (doc: number, path: string[]) => {
      const l = source.documents[doc]!.locate(path);
      return `${l.line}:${l.column}`;
    };
    expect(at(0, ['data', 'a'])).toBe('1:84');
    expect(at(1, ['data', 'b'])).toBe('3:45');
    expect(at(1, ['metadata', 'name'])).toBe('3:25');
    expect(at(2, ['kind'])).toBe('3:61');
  });

  it('reads a long stream (one object per line) without a limit on the number of values', () => {
    const text = Array.from({ length: 12_000 }, (_, i) => `{"kind": "ConfigMap", "metadata": {"name": "c${i}"}}`).join('\n');
    const source = parseYaml('many.json', text);
    expect(source.problems).toEqual([]);
    expect(source.documents).toHaveLength(12_000);
    expect(source.documents[11_999]!.locate(['metadata', 'name'])).toEqual({ line: 12_000, column: 44, endLine: 12_000, endColumn: 52 });
  });

  it('leaves a stream that starts with a comment or "---" to YAML (kubectl does too)', () => {
    const source = parseYaml('comment.yaml', '# c\n{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x",}}\n');
    expect(source.problems).toEqual([]);
    expect(source.documents.map((d) => d.value)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }]);
  });
});
