import type { LintReport } from '../core/report';
import type { Finding, Severity } from '../core/types';
import { formatObjectName } from '../core/object-name';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding: `::error file=…,line=…,col=…,endLine=…,
 * endColumn=…,title=…::message`. GitHub turns them into annotations on the pull request's diff.
 * Nothing else is printed. Escaping follows the Actions toolkit (@actions/core's command.ts).
 */
export function formatGithub(report: LintReport): string {
  return report.findings.map(formatCommand).join('');
}

export function formatCommand(f: Finding): string {
  const properties: [string, string | number][] = [['file', f.file], ['line', f.line], ['col', f.column]];
  // An end on the same line needs an end column after the start; GitHub ignores a degenerate range.
  if (f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column)) {
    properties.push(['endLine', f.endLine], ['endColumn', f.endColumn]);
  }
  properties.push(['title', `kubeplan ${f.rule}`]);
  const lines = [f.message];
  if (f.resource) {
    lines.push(formatObjectName(f.resource.kind, f.resource.namespace, f.resource.name));
  }
  for (const r of f.related ?? []) lines.push(`related: ${r.file}:${r.location.line}:${r.location.column} ${r.message}`);
  if (f.fix) lines.push(`fix: ${f.fix}`);
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${props}::${escapeData(lines.join('\n'))}\n`;
}

/** A workflow command about no file (GitHub shows it on the run, not on a line). */
export function formatMessageCommand(severity: Severity, title: string, message: string): string {
  return `::${COMMAND[severity]} title=${escapeProperty(title)}::${escapeData(message)}\n`;
}

/** @actions/core escapeData: the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core escapeProperty: a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
