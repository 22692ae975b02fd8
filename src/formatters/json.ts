import type { LintReport } from '../core/report';
import type { Finding } from '../core/types';
import { stringifyInParts } from './json-parts';

/**
 * One JSON object, a stable contract that tools rely on, in consecutive parts made one at a time
 * as they are printed (see stringifyInParts).
 */
export function formatJsonParts(report: LintReport): Iterable<string> {
  return stringifyInParts(buildJsonReport(report), ['findings']);
}

/** The object formatJsonParts prints (`kubeplan check --format json` nests it under "lint"). */
export function buildJsonReport(report: LintReport): Record<string, unknown> {
  const { files, resources, errors, warnings, infos, suppressed } = report.summary;
  return { version: 1, summary: { files, resources, errors, warnings, infos, suppressed }, findings: report.findings.map(toJson) };
}

/**
 * A finding as the contract prints it. A finding's own fields are the contract's, in its order
 * (`fix` left out when undefined, as JSON.stringify does): it is printed as it is, without a copy
 * per finding; only related locations are written differently (line and column, flat).
 */
function toJson(f: Finding): object {
  const related = f.related;
  if (related === undefined) return f;
  // one clone of the finding, its related locations replaced (left out when there are none: JSON
  // leaves out undefined); findings keep related last, so the fields stay in the contract's order
  return { ...f, related: related.length === 0 ? undefined : related.map((r) => ({ file: r.file, line: r.location.line, column: r.location.column, message: r.message })) };
}
