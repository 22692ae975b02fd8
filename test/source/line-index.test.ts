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

  it('keeps every text\'s lines when they share storage: 300 texts of 1 to 600 lines, one of 70,000, then all checked again', () => {
    const texts = Array.from({ length: 300 }, (_, t) => Array.from({ length: 1 + ((t * 37) % 600) }, (_, i) => `t${t}-${i}`).join('\n'));
    texts.splice(150, 0, Array.from({ length: 70_000 }, (_, i) => `big-${i}`).join('\n'));
    const indexes = texts.map((text) => new LineIndex(text));
    // each indexed on first use, in turn, then all asked again
    const lastLines = indexes.map((index) => index.line(index.lineCount));
    for (let t = 0; t < texts.length; t++) {
      const lines = texts[t]!.split('\n');
      expect(indexes[t]!.lineCount).toBe(lines.length);
      expect(lastLines[t]).toBe(lines[lines.length - 1]);
      const middle = Math.floor(lines.length / 2);
      const offset = texts[t]!.indexOf(lines[middle]!) + 1;
      expect(indexes[t]!.position(offset)).toEqual({ line: middle + 1, column: 2 });
    }
  });
});
