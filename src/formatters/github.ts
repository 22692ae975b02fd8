import type { LintReport } from '../core/report';
import type { Finding, Severity } from '../core/types';
import { formatObjectName } from '../core/object-name';
import { joinInParts } from './join-in-parts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding: `::error file=…,line=…,col=…,endLine=…,
 * endColumn=…,title=…::message`. GitHub turns them into annotations on the pull request's diff.
 * Nothing else is printed. Escaping follows the Actions toolkit (@actions/core's command.ts).
 */
export function formatGithub(report: LintReport): string {
  return [...formatGithubParts(report)].join('');
}

/** formatGithub's text in consecutive parts of about 64K characters, whole commands (see joinInParts). */
export function formatGithubParts(report: LintReport): Generator<string> {
  return joinInParts(commands(report));
}

function* commands(report: LintReport): Generator<string> {
  for (const f of report.findings) yield formatCommand(f);
}

export function formatCommand(f: Finding): string {
  let props = `file=${escapeProperty(f.file)},line=${f.line},col=${f.column}`;
  // An end on the same line needs an end column after the start; GitHub ignores a degenerate range.
  if (f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column)) props += `,endLine=${f.endLine},endColumn=${f.endColumn}`;
  props += `,title=${escapeProperty(`kubeplan ${f.rule}`)}`;
  // the message's lines, each escaped (a line break is %0A)
  let data = escapeData(f.message);
  if (f.resource) data += `%0A${escapeData(formatObjectName(f.resource.kind, f.resource.namespace, f.resource.name))}`;
  for (const r of f.related ?? []) data += `%0A${escapeData(`related: ${r.file}:${r.location.line}:${r.location.column} ${r.message}`)}`;
  if (f.fix) data += `%0A${escapeData(`fix: ${f.fix}`)}`;
  return `::${COMMAND[f.severity]} ${props}::${data}\n`;
}

/** A workflow command about no file (GitHub shows it on the run, not on a line). */
export function formatMessageCommand(severity: Severity, title: string, message: string): string {
  return `::${COMMAND[severity]} title=${escapeProperty(title)}::${escapeData(message)}\n`;
}

/** @actions/core escapeData: the message of a workflow command. */
export function escapeData(text: string): string {
  if (!DATA_SPECIAL.test(text)) return text;
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core escapeProperty: a property value of a workflow command. */
export function escapeProperty(text: string): string {
  if (!PROPERTY_SPECIAL.test(text)) return text;
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// what the escapes change, found in one pass: most texts have none of it
const DATA_SPECIAL = /[%\r\n]/;
const PROPERTY_SPECIAL = /[%\r\n:,]/;
