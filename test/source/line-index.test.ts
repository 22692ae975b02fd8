import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/source/line-index';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns, CRLF and a last line without a break included', () => {
    const text = 'a: 1\r\nbb: 2\n\nccc: 3';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(4);
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(text.indexOf('bb'))).toEqual({ line: 2, column: 1 });
    expect(lines.location(text.indexOf('3'), text.length)).toEqual({ line: 4, column: 6, endLine: 4, endColumn: 7 });
    expect([1, 2, 3, 4, 5].map((n) => lines.line(n))).toEqual(['a: 1', 'bb: 2', '', 'ccc: 3', '']);
  });

  it('indexes texts of any number of lines, each on its own (a text of 20,000 lines, then a short one, then the long one again)', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `line${i}: ${i}`).join('\n');
    const longIndex = new LineIndex(long);
    const at = long.indexOf('line15000:');
    expect(longIndex.position(at + 4)).toEqual({ line: 15_001, column: 5 });
    const short = new LineIndex('x\ny\n');
    expect(short.lineCount).toBe(3);
    expect(short.position(2)).toEqual({ line: 2, column: 1 });
    expect(longIndex.lineCount).toBe(20_000);
    expect(longIndex.line(20_000)).toBe('line19999: 19999');
    expect(new LineIndex(long).line(4097)).toBe('line4096: 4096');
  });
});
