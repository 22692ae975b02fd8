import type { LintReport } from '../core/report';
import type { Finding, Severity } from '../core/types';
import { formatObjectName } from '../core/object-name';

export interface MarkdownFormatOptions {
  /** Turns a finding's file and line into a link (e.g. the file at the commit on GitHub); plain text when absent. */
  link?: (file: string, line: number) => string | null;
  /** At most this many findings are listed (GitHub limits a job summary to 1 MiB). */
  maxFindings?: number;
  /** Facts shown under the heading, e.g. "Kubernetes 1.34". */
  context?: readonly string[];
}

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };

/**
 * Findings as GitHub-flavoured Markdown, for a job summary or a pull-request comment: a count
 * line, then a table of findings with links to their lines, then how to fix each rule.
 */
export function formatMarkdown(report: LintReport, options: MarkdownFormatOptions = {}): string {
  const { errors, warnings, infos, files, resources, suppressed } = report.summary;
  const max = options.maxFindings ?? 200;
  const out = ['## kubeplan lint', ''];
  const scope = `${plural(files, 'file')}, ${plural(resources, 'resource')}`;
  const extra = [...(options.context ?? []), ...(suppressed > 0 ? [plural(suppressed, 'suppressed finding')] : [])];
  const tail = extra.length > 0 ? ` · ${extra.join(' · ')}` : '';
  if (report.findings.length === 0) {
    out.push(`✅ No problems in ${scope}${tail}`, '');
    return out.join('\n');
  }
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [plural(infos, 'info')] : [])];
  out.push(`${errors > 0 ? '❌' : '⚠️'} **${counts.join(', ')}** in ${scope}${tail}`, '');
  out.push('| Severity | Rule | Location | Object | Message |', '| --- | --- | --- | --- | --- |');
  for (const f of report.findings.slice(0, max)) {
    const where = `${f.file}:${f.line}:${f.column}`;
    const href = options.link?.(f.file, f.line) ?? null;
    const location = href ? `[${cell(where)}](${href})` : cell(where);
    out.push(`| ${ICON[f.severity]} ${f.severity} | \`${f.rule}\` | ${location} | ${cell(describeObject(f))} | ${cell(f.message)} |`);
  }
  if (report.findings.length > max) {
    out.push('', `…and ${plural(report.findings.length - max, 'more finding')} (see the annotations or the SARIF file).`);
  }
  const fixes = fixesByRule(report);
  if (fixes.length > 0) {
    out.push('', '<details><summary>How to fix</summary>', '');
    for (const [rule, fix] of fixes) out.push(`- \`${rule}\`: ${cell(fix)}`);
    out.push('', '</details>');
  }
  out.push('');
  return out.join('\n');
}

function describeObject(f: Finding): string {
  if (!f.resource) return '';
  return formatObjectName(f.resource.kind, f.resource.namespace, f.resource.name);
}

/** The general fix of every rule that reported, in order of first appearance. */
function fixesByRule(report: LintReport): [string, string][] {
  const seen = new Map<string, string>();
  for (const f of report.findings) {
    if (seen.has(f.rule)) continue;
    const fix = report.rules.get(f.rule)?.fix ?? f.fix;
    if (fix) seen.set(f.rule, fix);
  }
  return [...seen];
}

/** Text safe inside a table cell: no HTML, no column breaks, no line breaks. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
