import type { SourceView } from '../core/report';
import type { Location } from '../core/types';

export interface CodeFrameOptions {
  /** Lines shown before the located line. */
  before?: number;
  /** Wraps the marker (">" and carets) for colour terminals. */
  highlight?: (text: string) => string;
  dim?: (text: string) => string;
}

/** Source columns a frame shows of a line; a longer line (minified JSON) shows a window of it. */
export const FRAME_WIDTH = 120;

/**
 * A code frame like Babel's: context lines, the located line marked with ">", and carets under
 * the located range. Masked ranges (Secret values) are replaced by "*" before anything prints.
 * Lines longer than FRAME_WIDTH show the same window of FRAME_WIDTH columns around the located
 * column, cut ends marked "…".
 */
export function formatCodeFrame(view: SourceView, location: Location, options: CodeFrameOptions = {}): string {
  const { before = 2, highlight = (s) => s, dim = (s) => s } = options;
  const first = Math.max(1, location.line - before);
  const last = Math.min(view.lineCount, location.line);
  const width = String(last).length;
  const located = maskLine(view, location.line);
  const text = untab(located.text);
  const column = located.column(location.column);
  const end = Math.min(location.endLine === location.line ? located.column(location.endColumn) : text.length + 1, text.length + 1);
  // the window starts a third of its width before the located column, when the line needs one
  const start = text.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 3, text.length - FRAME_WIDTH));
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const shown = visiblePart(n === location.line ? text : untab(maskLine(view, n).text), start);
    out.push(` ${n === location.line ? highlight('>') : ' '} ${dim(`${String(n).padStart(width)} |`)}${shown === '' ? '' : ' ' + shown}`);
  }
  if (location.line >= first && location.line <= last) {
    // carets from the located column (or the window's start) to the range's end (or the window's)
    const from = Math.max(column, start + 1);
    const length = Math.max(1, Math.min(end, start + FRAME_WIDTH + 1) - from);
    const offset = from - 1 - start + (start > 0 ? 1 : 0);
    out.push(`   ${dim(`${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, offset))}${highlight('^'.repeat(length))}`);
  }
  return out.join('\n');
}

/** The FRAME_WIDTH columns of a line from `start`, "…" where the line goes on beyond them. */
function visiblePart(text: string, start: number): string {
  if (start === 0 && text.length <= FRAME_WIDTH) return text;
  if (text.length <= start) return '';
  return `${start > 0 ? '…' : ''}${text.slice(start, start + FRAME_WIDTH)}${text.length > start + FRAME_WIDTH ? '…' : ''}`;
}

/** Tabs shown as one space each (columns count a tab as one character). */
function untab(text: string): string {
  return text.includes('\t') ? text.replace(/\t/g, ' ') : text;
}

/** A line as shown: masked ranges replaced, and where a column of the source line is shown. */
interface ShownLine {
  readonly text: string;
  /** The shown column (1-based) of a source column; one inside a masked range stays inside its stars. */
  column(column: number): number;
}

/**
 * The line with every masked range (in source columns, possibly several on one flow-style line)
 * replaced by at most 8 "*": the ranges are merged and cut from the source line in one pass, so no
 * replacement shifts another's columns.
 */
function maskLine(view: SourceView, line: number): ShownLine {
  const source = view.line(line);
  if (view.masked.length === 0) return { text: source, column: sameColumn };
  const ranges: [number, number][] = [];
  for (const m of view.masked) {
    if (line < m.line || line > m.endLine) continue;
    const start = line === m.line ? m.column - 1 : leadingSpace(source);
    const end = line === m.endLine ? m.endColumn - 1 : source.length;
    if (end > start) ranges.push([start, end]);
  }
  if (ranges.length === 0) return { text: source, column: sameColumn };
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let text = '';
  let from = 0;
  for (const [start, end] of merged) {
    text += source.slice(from, start) + '*'.repeat(stars(start, end));
    from = end;
  }
  text += source.slice(from);
  return {
    text,
    column(column) {
      let removed = 0;
      for (const [start, end] of merged) {
        if (column - 1 < end) return column - 1 <= start ? column - removed : start - removed + Math.min(column - 1 - start, stars(start, end)) + 1;
        removed += end - start - stars(start, end);
      }
      return column - removed;
    },
  };
}

function sameColumn(column: number): number {
  return column;
}

/** How many "*" stand for a masked range: its length, at most 8 (the length itself stays hidden). */
function stars(start: number, end: number): number {
  return Math.min(end - start, 8);
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
