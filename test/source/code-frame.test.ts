import { describe, expect, it } from 'vitest';
import type { SourceView } from '../../src/core/report';
import type { Location } from '../../src/core/types';
import { FRAME_WIDTH, formatCodeFrame } from '../../src/source/code-frame';
import { LineIndex } from '../../src/source/line-index';

function view(text: string, masked: Location[] = []): SourceView {
  const lines = new LineIndex(text);
  return { line: (n) => lines.line(n), lineCount: lines.lineCount, masked };
}

const at = (line: number, column: number, endColumn: number): Location => ({ line, column, endLine: line, endColumn });

describe('formatCodeFrame', () => {
  it('shows the context lines, marks the located line and underlines the range', () => {
    const text = 'kind: Pod\nmetadata:\n  name: Web_App\n';
    expect(formatCodeFrame(view(text), at(3, 9, 16))).toBe(
      ['   1 | kind: Pod', '   2 | metadata:', ' > 3 |   name: Web_App', '     |         ^^^^^^^'].join('\n'),
    );
  });

  it('shows a window of a long line around the located column, with the same window for context lines', () => {
    const context = `# ${'c'.repeat(400)}`;
    const json = `{"kind":"Pod","metadata":{"name":"web","annotations":{"note":"${'x'.repeat(300)}"}},"spec":{"hostNetwork":true}}`;
    const column = json.indexOf('true') + 1;
    const frame = formatCodeFrame(view(`${context}\n${json}\n`), at(2, column, column + 4)).split('\n');
    // a third of the window before the column, but no further than the line's last window
    const start = Math.min(column - 1 - FRAME_WIDTH / 3, json.length - FRAME_WIDTH);
    expect(frame[0]).toBe(`   1 | …${context.slice(start, start + FRAME_WIDTH)}…`);
    // the line ends inside the window: no trailing mark
    expect(frame[1]).toBe(` > 2 | …${json.slice(start)}`);
    expect(frame[2]).toBe(`     | ${' '.repeat(column - start)}^^^^`);
    expect(frame[1]!.indexOf('true')).toBe(frame[2]!.indexOf('^'));
    expect(frame[1]!.length).toBeLessThan(FRAME_WIDTH + 10);
  });

  it('cuts a long line at the window when the located column is near its start, carets stopping at the cut', () => {
    const line = `value: ${'v'.repeat(300)}`;
    const frame = formatCodeFrame(view(`${line}\n`), at(1, 8, 308), { before: 0 }).split('\n');
    expect(frame[0]).toBe(` > 1 | ${line.slice(0, FRAME_WIDTH)}…`);
    expect(frame[1]).toBe(`     | ${' '.repeat(7)}${'^'.repeat(FRAME_WIDTH - 7)}`);
  });

  it('masks secret values before cutting the window', () => {
    const line = `data: {a: ${'a'.repeat(200)}, token: c2VjcmV0LXRva2VuLXZhbHVl, z: 1}`;
    const secret = line.indexOf('c2Vj') + 1;
    const token = at(1, secret, secret + 24);
    const frame = formatCodeFrame(view(`${line}\n`, [token]), token, { before: 0 });
    expect(frame).not.toContain('c2Vj');
    expect(frame).toContain('token: ********, z: 1}');
  });

  it('masks every secret of a flow-style line, and points at the shown column after them', () => {
    const line = 'data: {a: QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB, b: QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJC, c: 1}';
    const mask = (value: string) => at(1, line.indexOf(value) + 1, line.indexOf(value) + 1 + value.length);
    const masked = [mask('QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB'), mask('QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJC')];
    const one = line.indexOf('1}') + 1;
    const frame = formatCodeFrame(view(`${line}\n`, masked), at(1, one, one + 1), { before: 0 }).split('\n');
    expect(frame[0]).toBe(' > 1 | data: {a: ********, b: ********, c: 1}');
    expect(frame[1]!.indexOf('^')).toBe(frame[0]!.indexOf('1}'));
    // a finding on a masked value underlines its stars
    const second = formatCodeFrame(view(`${line}\n`, masked), masked[1]!, { before: 0 }).split('\n');
    expect(second[1]).toBe(`     | ${' '.repeat(' data: {a: ********, b:'.length)}^^^^^^^^`);
  });
});
