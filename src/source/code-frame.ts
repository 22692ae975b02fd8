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
  const lines: string[] = [];
  for (let n = first; n <= last; n++) lines.push(maskLine(view, n).replace(/\t/g, ' '));
  const located = lines[location.line - first] ?? '';
  // the window starts a third of its width before the located column, when the line needs one
  const start = located.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(location.column - 1 - FRAME_WIDTH / 3, located.length - FRAME_WIDTH));
  const out: string[] = [];
  lines.forEach((text, i) => {
    const n = first + i;
    const shown = window(text, start);
    const gutter = `${String(n).padStart(width)} |`;
    const marker = n === location.line ? highlight('>') : ' ';
    out.push(` ${marker} ${dim(gutter)}${shown === '' ? '' : ' ' + shown}`);
    if (n === location.line) {
      const end = location.endLine === location.line ? location.endColumn : text.length + 1;
      const visibleEnd = Math.min(end, text.length + 1, start + FRAME_WIDTH + 1);
      const column = Math.max(location.column, start + 1);
      const length = Math.max(1, visibleEnd - column);
      const offset = column - 1 - start + (start > 0 ? 1 : 0);
      out.push(`   ${dim(`${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, offset))}${highlight('^'.repeat(length))}`);
    }
  });
  return out.join('\n');
}

/** The FRAME_WIDTH columns of a line from `start`, "…" where the line goes on beyond them. */
function window(text: string, start: number): string {
  if (start === 0 && text.length <= FRAME_WIDTH) return text;
  if (text.length <= start) return '';
  return `${start > 0 ? '…' : ''}${text.slice(start, start + FRAME_WIDTH)}${text.length > start + FRAME_WIDTH ? '…' : ''}`;
}

function maskLine(view: SourceView, line: number): string {
  let text = view.line(line);
  for (const m of view.masked) {
    if (line < m.line || line > m.endLine) continue;
    const start = line === m.line ? m.column - 1 : leadingSpace(text);
    const end = line === m.endLine ? m.endColumn - 1 : text.length;
    if (end > start) text = text.slice(0, start) + '*'.repeat(Math.min(end - start, 8)) + text.slice(end);
  }
  return text;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
