import type { FieldError } from '../core/field-error';
import { type LintReport, type ReportedObject, type RuleInfo, type SourceView, compareFindings, summarize } from '../core/report';
import type { Finding, Location } from '../core/types';
import { buildClusterIndex } from '../index/cluster-index';
import type { ParsedInputs } from '../resources/build-parsed-inputs';
import { type Refusals, type Resource, locateIn } from '../resources/resource';
import { type ResourceFindingSpec, buildResourceFinding } from '../resources/resource-finding';
import { brokenDocumentMasks } from '../resources/broken-document-masks';
import { sensitiveValueAt, sensitiveValuesOfResource } from '../resources/sensitive-values';
import { type AttributedFinding, type ResolvedRule, runRules } from './run-rules';
import { type Suppression, annotationSuppression, isSuppressedByComment, parseCommentSuppressions, suppresses } from './suppression';

/** Validates one object against its schema (src/schema provides the real one). */
export interface ObjectValidator {
  validate(resource: Resource): readonly ResourceFindingSpec[];
}

export interface LintOptions {
  schema: ObjectValidator | null;
  rules: readonly ResolvedRule[];
  kubernetesVersion: string;
  /** Objects that references may point to but that are not linted (other repository files, cluster state). */
  context?: readonly Resource[];
  /** Findings produced before parsing (unreadable paths, binary files). */
  inputFindings?: readonly Finding[];
  /** Honour `kubeplan.io/ignore` annotations and `# kubeplan-ignore` comments (default true). */
  inlineSuppressions?: boolean;
  /** Configuration exclusions: true when `rule` must not report on `resource`. */
  isExcluded?: (resource: Resource, rule: string) => boolean;
  /** Drops findings already accepted in a baseline; returns the ones to keep. */
  baseline?: (findings: readonly Finding[]) => Finding[];
  ruleInfo?: ReadonlyMap<string, RuleInfo>;
}

/** A lint report, and what it means for applying the objects. */
export interface LintResult extends LintReport {
  /**
   * The objects the API server would refuse, with its reasons (field errors): schema errors and
   * the rules' refusal messages, not silenced by exclusions, inline suppressions or the baseline.
   * `kubeplan plan` does not apply them.
   */
  refusals: Refusals;
}

/** The lint pipeline after parsing: schema validation, rules over the index, suppression, a sorted report. */
export function runLint(parsed: ParsedInputs, options: LintOptions): LintResult {
  const attributed: AttributedFinding[] = [
    ...(options.inputFindings ?? []).map((finding) => ({ finding, resource: null })),
    ...parsed.findings.map((finding) => ({ finding, resource: null })),
  ];
  if (options.schema) {
    const resources = parsed.resources;
    for (let i = 0; i < resources.length; i++) {
      const resource = resources[i]!;
      const issues = options.schema.validate(resource);
      for (let j = 0; j < issues.length; j++) {
        attributed.push({ finding: buildResourceFinding(resource, redactSecretIssue(resource, issues[j]!)), resource });
      }
    }
  }
  if (options.rules.length > 0) {
    const index = buildClusterIndex(parsed.resources, options.context ?? []);
    // a loop, not push(...): spreading more than ~120,000 findings as arguments overflows the stack
    const found = runRules(index, options.rules, options.kubernetesVersion);
    for (let i = 0; i < found.length; i++) attributed.push(found[i]!);
  }

  const { kept, findings, suppressed } = suppressFindings(parsed, attributed, options);

  const files = new Set([...parsed.sources.map((s) => s.file), ...(options.inputFindings ?? []).map((f) => f.file)]);
  let sources: Map<string, SourceView> | undefined;
  let objects: ReportedObject[] | undefined;
  let refusals: Refusals | undefined;
  return {
    findings,
    summary: summarize(findings, files.size, parsed.resources.length, suppressed),
    // only some reporters read the source lines (text, JUnit, the Action) or the objects' line spans
    get sources() {
      return (sources ??= buildSourceViews(parsed, kept.filter((a) => a.sensitive).map((a) => a.finding)));
    },
    rules: options.ruleInfo ?? new Map(),
    get objects() {
      return (objects ??= reportedObjects(parsed));
    },
    // only plan and check read them
    get refusals() {
      return (refusals ??= collectRefusals(options.baseline ? reported(kept, findings) : kept, options.rules));
    },
  };
}

/** The findings kept that are reported (not in the baseline). */
function reported(kept: readonly AttributedFinding[], findings: readonly Finding[]): AttributedFinding[] {
  const left = new Set(findings);
  return kept.filter((a) => left.has(a.finding));
}

/** The refusals among the findings kept: schema errors, and the messages rules declare as refusals. */
function collectRefusals(kept: readonly AttributedFinding[], rules: readonly ResolvedRule[]): Map<Resource, FieldError[]> {
  const refusing = new Map<string, ReadonlySet<string>>();
  for (const { rule } of rules) if (rule.meta.refusals) refusing.set(rule.id, new Set(rule.meta.refusals));
  const out = new Map<Resource, FieldError[]>();
  for (const { finding, resource, messageId } of kept) {
    if (!resource) continue;
    const refused = finding.rule === 'schema' ? finding.severity === 'error' : messageId !== undefined && refusing.get(finding.rule)?.has(messageId) === true;
    if (!refused) continue;
    const error = { field: finding.path ?? '', message: finding.message };
    const list = out.get(resource);
    if (list) list.push(error);
    else out.set(resource, [error]);
  }
  return out;
}

/** Every linted object with the lines it spans: from its first line up to the next object of its file. */
function reportedObjects(parsed: ParsedInputs): ReportedObject[] {
  const lineCounts = new Map(parsed.sources.map((s) => [s.file, s.lines.lineCount] as const));
  const objects = parsed.resources.map((r) => ({ file: r.file, ref: r.ref, line: locateIn(r, [], 'value').line, endLine: 0 }));
  const byFile = new Map<string, ReportedObject[]>();
  for (const o of objects) (byFile.get(o.file) ?? byFile.set(o.file, []).get(o.file)!).push(o);
  for (const [file, list] of byFile) {
    const sorted = [...list].sort((a, b) => a.line - b.line);
    sorted.forEach((o, i) => {
      const next = sorted[i + 1];
      o.endLine = next ? Math.max(o.line, next.line - 1) : Math.max(o.line, lineCounts.get(file) ?? o.line);
    });
  }
  return objects;
}

/**
 * Configuration exclusions, inline suppressions and the baseline, applied to findings about the
 * parsed objects: lint's own, and the plan's in `kubeplan check`. Returns the findings left, sorted,
 * how many were silenced, and `kept`: the findings left before the baseline.
 */
export function suppressFindings(
  parsed: ParsedInputs,
  attributed: readonly AttributedFinding[],
  options: Pick<LintOptions, 'inlineSuppressions' | 'isExcluded' | 'baseline'>,
): { kept: AttributedFinding[]; findings: Finding[]; suppressed: number } {
  const { kept, suppressed } = applySuppressions(parsed, attributed, options);
  let findings = kept.map((a) => a.finding);
  if (options.baseline) findings = options.baseline(findings);
  findings.sort(compareFindings);
  return { kept, findings, suppressed: suppressed + kept.length - findings.length };
}

function applySuppressions(
  parsed: ParsedInputs,
  attributed: readonly AttributedFinding[],
  options: Pick<LintOptions, 'inlineSuppressions' | 'isExcluded'>,
): { kept: AttributedFinding[]; suppressed: number } {
  const inline = options.inlineSuppressions !== false;
  const comments = new Map<string, ReadonlyMap<number, Suppression>>();
  if (inline) {
    for (let i = 0; i < parsed.sources.length; i++) {
      const source = parsed.sources[i]!;
      const found = parseCommentSuppressions(source.text);
      if (found.size > 0) comments.set(source.file, found);
    }
  }
  // most runs silence nothing: no exclusion, no comment, no annotation
  if (!options.isExcluded && comments.size === 0 && !(inline && anyAnnotated(attributed))) return { kept: attributed.slice(), suppressed: 0 };
  const kept: AttributedFinding[] = [];
  let suppressed = 0;
  // an object's findings come one after another: its annotation is read once for them
  let annotated: Resource | null = null;
  let annotation: Suppression | null = null;
  for (let i = 0; i < attributed.length; i++) {
    const a = attributed[i]!;
    const { finding, resource } = a;
    let silenced = false;
    if (resource && options.isExcluded?.(resource, finding.rule)) silenced = true;
    if (!silenced && inline && resource) {
      if (resource !== annotated) {
        annotated = resource;
        annotation = annotationSuppression(resource);
      }
      silenced = annotation !== null && suppresses(annotation, finding.rule);
    }
    if (!silenced && comments.size > 0) {
      const fileComments = comments.get(finding.file);
      silenced = fileComments !== undefined && isSuppressedByComment(finding, fileComments);
    }
    if (silenced) suppressed++;
    else kept.push(a);
  }
  return { kept, suppressed };
}

/** Whether an object of the findings has a `kubeplan.io/ignore` annotation (read once per object: its findings come one after another). */
function anyAnnotated(attributed: readonly AttributedFinding[]): boolean {
  let last: Resource | null = null;
  for (let i = 0; i < attributed.length; i++) {
    const resource = attributed[i]!.resource;
    if (resource === null || resource === last) continue;
    last = resource;
    if (annotationSuppression(resource) !== null) return true;
  }
  return false;
}

/** A schema message about a value output must never show (sensitive-values.ts) does not quote it. */
function redactSecretIssue(resource: Resource, issue: ResourceFindingSpec): ResourceFindingSpec {
  if (sensitiveValueAt(sensitiveValuesOfResource(resource), issue.path) === undefined) return issue;
  return { ...issue, message: issue.message.replace(/, got .*$/s, ' (value hidden)') };
}

function buildSourceViews(parsed: ParsedInputs, sensitive: readonly Finding[]): Map<string, SourceView> {
  const masks = new Map<string, Location[]>();
  const mask = (file: string, location: Location) => {
    const list = masks.get(file);
    if (list) list.push(location);
    else masks.set(file, [location]);
  };
  for (const resource of parsed.resources) {
    for (const value of sensitiveValuesOfResource(resource)) mask(resource.file, locateIn(resource, value.path, 'value'));
  }
  for (const f of sensitive) mask(f.file, f);
  // a YAML error leaves no object behind: its document's lines tell what to mask (a Secret's values, secret env values…)
  const yamlErrors = parsed.findings.filter((f) => f.rule === 'yaml');
  if (yamlErrors.length > 0) {
    const byFile = new Map(parsed.sources.map((s) => [s.file, s]));
    for (const f of yamlErrors) {
      const source = byFile.get(f.file);
      if (source) for (const location of brokenDocumentMasks(source.lines, f.line)) mask(f.file, location);
    }
  }
  const views = new Map<string, SourceView>();
  for (const source of parsed.sources) {
    const lines = source.lines;
    views.set(source.file, {
      line: (n) => lines.line(n),
      get lineCount() {
        return lines.lineCount;
      },
      masked: masks.get(source.file) ?? [],
    });
  }
  return views;
}
