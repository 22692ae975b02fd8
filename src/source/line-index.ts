import type { Location } from '../core/types';

/** Offsets → 1-based line/column for one text, built on first use. */
export class LineIndex {
  private starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /**
   * The offsets where lines start, in a typed array: kept until the report for every file with a
   * finding, its numbers stay out of the garbage collector's way (a JS array of them was ~2.8 MB on
   * 10,000 documents, copied by every collection). Each file's are a view into a chunk shared by
   * the files located after it, not an array buffer of their own: 6,700 files made as many buffers
   * to allocate, and for the collector to track.
   */
  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    const text = this.text;
    let chunk = startsChunk;
    let begin = startsUsed;
    if (begin === chunk.length) {
      chunk = startsChunk = new Int32Array(Math.min(chunk.length * 2, MAX_CHUNK));
      begin = 0;
    }
    let end = begin;
    chunk[end++] = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (end === chunk.length) {
        // the file's lines so far move to a fresh chunk (twice their number, for a file that large)
        const fresh = new Int32Array(Math.max(Math.min(chunk.length * 2, MAX_CHUNK), (end - begin) * 2));
        fresh.set(chunk.subarray(begin, end));
        end -= begin;
        begin = 0;
        startsChunk = chunk = fresh;
      }
      chunk[end++] = i + 1;
    }
    startsUsed = end;
    this.starts = chunk.subarray(begin, end);
    return this.starts;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    const index = lineContaining(starts, offset);
    return { line: index + 1, column: offset - starts[index]! + 1 };
  }

  location(start: number, end: number): Location {
    const starts = this.lineStarts();
    const a = lineContaining(starts, start);
    const column = start - starts[a]! + 1;
    if (end <= start) return { line: a + 1, column, endLine: a + 1, endColumn: column };
    const b = lineContaining(starts, end);
    return { line: a + 1, column, endLine: b + 1, endColumn: end - starts[b]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  /** The end offset of the line that contains `offset` (before any CR/LF). */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    const end = nl === -1 ? this.text.length : nl;
    return end > offset && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }
}

/** The chunk lineStarts fills, and how much of it is used; chunks grow up to MAX_CHUNK offsets (256 KB). */
let startsChunk = new Int32Array(4096);
let startsUsed = 0;
const MAX_CHUNK = 65536;

/** The 0-based line that contains `offset`, given the lines' start offsets. */
function lineContaining(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
