import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/parse-yaml';

function problems(text: string): string[] {
  return parseYaml('bad.yaml', text).problems.map(
    (p) => `${p.location.line}:${p.location.column} ${p.message}`,
  );
}

describe('bad input becomes located problems, never an exception', () => {
  it('quotes at most the first line of an unexpected token, not the rest of the file', () => {
    const text = `a: &x '[\n  x,\n]'\nb: 1\nc: "line one\n  two"\n`;
    expect(parseYaml('t.yaml', text).problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual([
      "2:5 Missing closing 'quote",
      '3:1 Unexpected flow-seq-end token in YAML stream: "]"',
      `3:2 Unexpected single-quoted-scalar token in YAML stream: "'…"`,
    ]);
  });

  it('reports deep nesting instead of overflowing the stack', () => {
    const flow = '['.repeat(100_000) + ']'.repeat(100_000);
    // located where composition gave up, which depends on the stack size
    expect(parseYaml('deep.json', flow).problems.map((p) => [p.location.line, p.message])).toEqual([
      [1, 'document is nested too deeply (more than 256 levels)'],
    ]);
    const block = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1';
    const file = parseYaml('deep.yaml', block);
    expect(file.documents).toEqual([]);
    expect(file.problems.map((p) => p.message)).toContain('document is nested too deeply (more than 256 levels)');
  });

  it('refuses an alias bomb', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f']] as const) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const file = parseYaml('bomb.yaml', levels.join('\n'));
    expect(file.documents).toEqual([]);
    // located at the first alias that repeats aliases: where the expansion multiplies
    expect(file.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual([
      '3:8 too many aliases in one document (more than 100): refusing a possible alias bomb',
    ]);
  });

  it('refuses an alias inside its own anchor instead of building a circular value', () => {
    expect(problems('a: &a [1, *a]\n')).toEqual(['1:11 anchor "a" contains an alias to itself']);
    expect(problems('b: &b\n  c: *b\n')).toEqual(['2:6 anchor "b" contains an alias to itself']);
  });

  it('names an alias without anchor', () => {
    expect(problems('a: *nope\n')).toEqual(['1:4 unknown alias *nope: its anchor must be defined before it']);
  });

  it('refuses an alias to a collection used as a key, and keeps an alias to a scalar', () => {
    expect(problems('a: &k [1]\nx: {*k : 1}\n')).toEqual(['2:5 mapping keys must be plain values']);
    expect(parseYaml('ok.yaml', 'a: &k 1\nx: {*k : 1}\n').documents[0]!.value).toEqual({ a: 1, x: { '1': 1 } });
  });

  it('reports a binary file (control characters) with its position', () => {
    expect(problems('a: 1\nb: \u0000\u0001\u0002')).toEqual([
      '2:4 control character U+0000 is not allowed in YAML (is this a binary file?)',
    ]);
    expect(problems('x: "\u001b[1mbold"')).toEqual([
      '1:5 control character U+001B is not allowed in YAML (is this a binary file?)',
    ]);
    const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(parseYaml('image.png', binary).documents).toEqual([]);
    // NEL, tabs and a BOM are allowed characters
    expect(parseYaml('ok.yaml', '\ufeffa: "x\u0085y"\t# tab before a comment\n').problems).toEqual([]);
  });

  it('reports stream-level errors of a stream without documents', () => {
    expect(problems('%YAML\n')).toEqual(['1:1 %YAML directive should contain exactly one part']);
  });

  it('parses a 10 MB file', () => {
    const big = 'data: ' + 'x'.repeat(10_000_000) + '\n';
    const file = parseYaml('big.yaml', big);
    expect(file.problems).toEqual([]);
    expect((file.documents[0]!.value as { data: string }).data.length).toBe(10_000_000);
    const many = Array.from({ length: 20_000 }, (_, i) => `---\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  k: "${'v'.repeat(400)}"\n`).join('');
    expect(many.length).toBeGreaterThan(9_000_000);
    const stream = parseYaml('many.yaml', many);
    expect(stream.documents.length).toBe(20_000);
    expect(stream.documents[19_999]!.locate(['metadata', 'name'])).toEqual({ line: 119_998, column: 9, endLine: 119_998, endColumn: 17 });
  });

  it('reports garbage as syntax problems', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => '{[&*!|>'[i % 7] + ' x: - ').join('\n');
    const file = parseYaml('garbage.yaml', garbage);
    expect(file.documents).toEqual([]);
    expect(file.problems.length).toBeGreaterThan(0);
  });
});
