import type { LintReport } from '../core/report';
import type { Finding } from '../core/types';

/** One JSON object: a stable contract that tools rely on. */
export function formatJson(report: LintReport): string {
  return `${JSON.stringify(buildJsonReport(report), null, 2)}\n`;
}

/** The object formatJson prints (`kubeplan check --format json` nests it under "lint"). */
export function buildJsonReport(report: LintReport): Record<string, unknown> {
  const { files, resources, errors, warnings, infos, suppressed } = report.summary;
  return { version: 1, summary: { files, resources, errors, warnings, infos, suppressed }, findings: report.findings.map(toJson) };
}

function toJson(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource: f.resource,
    path: f.path,
  };
  if (f.fix !== undefined) out.fix = f.fix;
  if (f.related && f.related.length > 0) {
    out.related = f.related.map((r) => ({ file: r.file, line: r.location.line, column: r.location.column, message: r.message }));
  }
  return out;
}
