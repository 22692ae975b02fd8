import type { SourceView } from '../core/report';
import type { Location } from '../core/types';

export interface CodeFrameOptions {
  /** Lines shown before the located line. */
  before?: number;
  /** Wraps the marker (">" and carets) for colour terminals. */
  highlight?: (text: string) => string;
  dim?: (text: string) => string;
}

/**
 * A code frame like Babel's: context lines, the located line marked with ">", and carets under
 * the located range. Masked ranges (Secret values) are replaced by "*" before anything prints.
 */
export function formatCodeFrame(view: SourceView, location: Location, options: CodeFrameOptions = {}): string {
  const { before = 2, highlight = (s) => s, dim = (s) => s } = options;
  const first = Math.max(1, location.line - before);
  const last = Math.min(view.lineCount, location.line);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = maskLine(view, n).replace(/\t/g, ' ');
    const gutter = `${String(n).padStart(width)} |`;
    const marker = n === location.line ? highlight('>') : ' ';
    out.push(` ${marker} ${dim(gutter)}${text === '' ? '' : ' ' + text}`);
    if (n === location.line) {
      const end = location.endLine === location.line ? location.endColumn : text.length + 1;
      const length = Math.max(1, Math.min(end, text.length + 1) - location.column);
      out.push(`   ${dim(`${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, location.column - 1))}${highlight('^'.repeat(length))}`);
    }
  }
  return out.join('\n');
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
