import type { Finding, Location, ObjectRef } from './types';

/** What a formatter needs of a source file to print code frames. */
export interface SourceView {
  line(line: number): string;
  readonly lineCount: number;
  /** Ranges whose characters must never be printed (Secret values, flagged literal secrets). */
  readonly masked: readonly Location[];
}

export interface LintSummary {
  files: number;
  resources: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings silenced by configuration, annotations or comments. */
  suppressed: number;
}

/** Everything a findings formatter receives. Findings are sorted by file, line, column, rule. */
export interface LintReport {
  findings: readonly Finding[];
  summary: LintSummary;
  sources: ReadonlyMap<string, SourceView>;
  /** Rule metadata by id, for formats that describe rules (SARIF, text fix hints). */
  rules: ReadonlyMap<string, RuleInfo>;
  /** Every linted object, in input order: formats that list what was checked (JUnit) need the clean ones too. */
  objects: readonly ReportedObject[];
}

/** A linted object and the lines it spans (from its first line up to the next object in its file). */
export interface ReportedObject {
  file: string;
  ref: ObjectRef;
  line: number;
  endLine: number;
}

/** What reporters may show about a rule. */
export interface RuleInfo {
  id: string;
  /** A friendly PascalCase name (SARIF's rule name); derived from the id when absent. */
  name?: string;
  category: string;
  severity: string;
  summary: string;
  rationale?: string;
  fix?: string;
  helpUri?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    compareStrings(a.path ?? '', b.path ?? '') ||
    compareStrings(refKey(a.resource), refKey(b.resource))
  );
}

function refKey(ref: ObjectRef | null): string {
  return ref ? `${ref.apiVersion} ${ref.kind} ${ref.namespace ?? ''} ${ref.name}` : '';
}

/** Code-unit order, independent of locale: deterministic everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function summarize(findings: readonly Finding[], files: number, resources: number, suppressed: number): LintSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (let i = 0; i < findings.length; i++) {
    const severity = findings[i]!.severity;
    if (severity === 'error') errors++;
    else if (severity === 'warning') warnings++;
    else infos++;
  }
  return { files, resources, errors, warnings, infos, suppressed };
}

/**
 * The report with more findings (the plan's, in `kubeplan check`) and the rules that describe
 * them: findings merged in order and counted in the summary, with `suppressed` more silenced ones;
 * sources and objects are the report's.
 */
export function addFindings(
  report: LintReport,
  findings: readonly Finding[],
  rules: readonly RuleInfo[] = [],
  suppressed = 0,
): LintReport {
  const all = [...report.findings, ...findings].sort(compareFindings);
  const { files, resources } = report.summary;
  return {
    ...report,
    findings: all,
    summary: summarize(all, files, resources, report.summary.suppressed + suppressed),
    rules: new Map([...report.rules, ...rules.map((r) => [r.id, r] as const)]),
  };
}
