import type { LintReport } from '../core/report';
import type { Finding, Severity } from '../core/types';
import { formatCodeFrame } from '../source/code-frame';
import { formatObjectName } from '../core/object-name';
import { joinInParts } from './join-in-parts';

export interface TextFormatOptions {
  color: boolean;
  /** Wall time of the run; shown only when given (interactive terminals), so output stays reproducible. */
  elapsedMs?: number;
}

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, gray: 90, bold: 1, cyan: 36 } as const;
type Style = keyof typeof ANSI;

/**
 * The human format: one block per finding with rule id, location, code frame and fix hint, then a
 * one-line summary. Colour only when asked (the CLI asks on a TTY).
 */
export function formatText(report: LintReport, options: TextFormatOptions): string {
  return [...formatTextParts(report, options)].join('');
}

/**
 * The text format in consecutive parts of about 64K characters, cut between findings (see
 * joinInParts), the summary last, made one at a time as they are written: together they print
 * formatText's text.
 */
export function* formatTextParts(report: LintReport, options: TextFormatOptions): Generator<string> {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const frames = new FrameCache(report, paint);
  function* blocks(): Generator<string> {
    for (const f of report.findings) yield formatFinding(f, report, paint, frames);
  }
  yield* joinInParts(blocks(), '\n\n');
  yield `${formatSummary(report, options, paint)}\n`;
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

function formatFinding(f: Finding, report: LintReport, paint: (s: Style, t: string) => string, frames: FrameCache): string {
  const rule = report.rules.get(f.rule);
  const id = rule ? `${rule.category}/${f.rule}` : f.rule;
  const lines = [`${paint(SEVERITY_STYLE[f.severity], f.severity)}  ${paint('gray', id)}  ${f.message}`];
  const where = `${f.file}:${f.line}:${f.column}`;
  const resource = f.resource
    ? `  ${formatObjectName(f.resource.kind, f.resource.namespace, f.resource.name)}`
    : '';
  lines.push(`  ${paint('cyan', where)}${resource}`);
  const frame = frames.frameOf(f);
  if (frame !== undefined) lines.push(frame);
  for (const r of f.related ?? []) {
    lines.push(`  ${paint('gray', 'related:')} ${r.file}:${r.location.line}:${r.location.column}  ${r.message}`);
  }
  const fix = f.fix ?? rule?.fix;
  if (fix) lines.push(`  ${paint('green', 'fix:')} ${fix}`);
  return lines.join('\n');
}

/**
 * Code frames, the last one kept: findings come sorted by location, and the rules that report on a
 * container mostly point at the same place (its name), so about half repeat the frame before.
 */
class FrameCache {
  private last: Finding | undefined;
  private frame: string | undefined;

  constructor(
    private readonly report: LintReport,
    private readonly paint: (s: Style, t: string) => string,
  ) {}

  frameOf(f: Finding): string | undefined {
    const last = this.last;
    if (
      last !== undefined &&
      last.file === f.file &&
      last.line === f.line &&
      last.column === f.column &&
      last.endLine === f.endLine &&
      last.endColumn === f.endColumn &&
      last.severity === f.severity
    ) {
      return this.frame;
    }
    const view = this.report.sources.get(f.file);
    const paint = this.paint;
    this.last = f;
    this.frame =
      view && f.line <= view.lineCount
        ? formatCodeFrame(view, f, { highlight: (s) => paint(SEVERITY_STYLE[f.severity], s), dim: (s) => paint('gray', s) })
        : undefined;
    return this.frame;
  }
}

function formatSummary(report: LintReport, options: TextFormatOptions, paint: (s: Style, t: string) => string): string {
  const { errors, warnings, infos, files, resources, suppressed } = report.summary;
  const time = options.elapsedMs === undefined ? '' : ` (${(options.elapsedMs / 1000).toFixed(2)} s)`;
  const extra = suppressed > 0 ? `, ${plural(suppressed, 'suppressed finding')}` : '';
  const scope = `${plural(files, 'file')}, ${plural(resources, 'resource')}`;
  if (errors + warnings + infos === 0) {
    return paint('green', `✔ no problems in ${scope}${extra}${time}`);
  }
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) counts.push(plural(infos, 'info'));
  const mark = errors > 0 ? paint('red', '✖') : paint('yellow', '⚠');
  return `${mark} ${counts.join(', ')} in ${scope}${extra}${time}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
