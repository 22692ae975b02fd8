import { flatString } from '../core/flat-string';
import { kubernetesMinor } from '../core/kubernetes-version';
import { formatPath } from '../core/path';
import type { Finding, Location, Path, Severity } from '../core/types';
import type { ClusterIndex } from '../index/cluster-index';
import { type KubeObject, locateIn, type Resource } from '../resources/resource';
import { buildResourceFinding } from '../resources/resource-finding';
import { type LiteralValue, mayHoldLiteralValue, sensitiveValueAt, sensitiveValuesOfResource } from '../resources/sensitive-values';
import type { AnyRule, RuleReport } from './rule';

/** A rule with its configured severity and validated, default-merged options. */
export interface ResolvedRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: object;
}

/** A finding and the object it is about (null for findings that belong to no object). */
export interface AttributedFinding {
  readonly finding: Finding;
  readonly resource: Resource | null;
  /** The rule's message id (rules only), for tests and baselines. */
  readonly messageId?: string;
  /** The finding's range holds a secret: never print it. */
  readonly sensitive?: boolean;
}

/**
 * Runs every enabled rule over every linted object (context objects are indexed, not linted).
 * A rule that throws is reported as `rule-crash` on that object and the run goes on.
 */
export function runRules(
  index: ClusterIndex,
  rules: readonly ResolvedRule[],
  kubernetesVersion: string,
): AttributedFinding[] {
  const out: AttributedFinding[] = [];
  const anyKind: ResolvedRule[] = [];
  const byKind = new Map<string, ResolvedRule[]>();
  for (const resolved of rules) {
    const kinds = resolved.rule.meta.kinds;
    if (!kinds) anyKind.push(resolved);
    else for (const kind of kinds) (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(resolved);
  }

  const context = new RunContext(index, kubernetesVersion, out);
  // indexed loops here and in the helpers rules share: they run some 200,000 times on 10,000 objects,
  // mostly before V8 optimizes them, and for…of then allocates an iterator result per step
  const resources = index.resources;
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i]!;
    const applicable = byKind.get(resource.kind);
    context.resource = resource;
    context.object = resource.object;
    context.located = undefined;
    context.sensitive = undefined;
    for (let r = 0; r < anyKind.length; r++) runOne(anyKind[r]!, context);
    if (applicable) for (let r = 0; r < applicable.length; r++) runOne(applicable[r]!, context);
  }
  return out;
}

/**
 * The context every rule call receives: one object for the whole run, moved from rule to rule and
 * object to object (rules run synchronously), so that a run over 10,000 objects and 69 rules does
 * not allocate a context and a `report` closure per call.
 */
class RunContext {
  resource!: Resource;
  object!: KubeObject;
  options: object = {};
  rule!: ResolvedRule;
  /** Locations of the current object's findings so far (see buildResourceFinding). */
  located: Map<string, Location> | undefined;
  /** The current object's values that output must never show, found at its first report that may point at one. */
  sensitive: readonly LiteralValue[] | undefined;
  readonly kubernetesMinor: number;

  constructor(
    readonly index: ClusterIndex,
    readonly kubernetesVersion: string,
    readonly out: AttributedFinding[],
  ) {
    this.kubernetesMinor = kubernetesMinor(kubernetesVersion);
  }

  /**
   * Locations of related objects by object and path: findings point again and again at the same
   * place of another object (the ServiceAccount of every pod of a namespace, the first definition
   * of an object defined in several variants). A few thousand at most, kept for the run.
   */
  private readonly relatedLocated = new Map<Resource, Map<string, Location>>();

  private relatedLocation(resource: Resource, path: Path): Location {
    let byPath = this.relatedLocated.get(resource);
    if (!byPath) this.relatedLocated.set(resource, (byPath = new Map()));
    const key = formatPath(path);
    let location = byPath.get(key);
    if (!location) byPath.set(key, (location = locateIn(resource, path, 'value')));
    return location;
  }

  readonly report = (report: RuleReport<string>): void => {
    let r = report;
    const { rule, severity } = this.rule;
    const resource = this.resource;
    const template = rule.meta.messages[r.messageId];
    if (template === undefined) throw new Error(`unknown message id "${r.messageId}"`);
    // a report at a secret value (env, args, annotations, ConfigMap or Secret data) must not quote
    // it: the common path (no such value in the path) costs one test
    const path = r.path;
    if (mayHoldLiteralValue(path)) {
      const secret = sensitiveValueAt((this.sensitive ??= sensitiveValuesOfResource(resource)), path);
      if (secret) r = withoutSecret(r, secretTexts(resource, secret));
    }
    const finding = buildResourceFinding(resource, {
      rule: rule.id,
      severity: r.severity && rank(r.severity) < rank(severity) ? r.severity : severity,
      message: formatMessage(template, r.data ?? {}),
      path: r.path,
      target: r.target ?? 'value',
      fix: r.fix ?? rule.meta.fix,
      related: r.related?.map((x) => ({
        file: x.resource.file,
        location: this.relatedLocation(x.resource, x.path),
        message: flatString(x.message),
      })),
    }, (this.located ??= new Map()));
    this.out.push(r.sensitive ? { finding, resource, messageId: r.messageId, sensitive: true } : { finding, resource, messageId: r.messageId });
  };
}

function runOne(resolved: ResolvedRule, context: RunContext): void {
  const { rule, options } = resolved;
  const { out, resource } = context;
  context.rule = resolved;
  context.options = options;
  const mark = out.length;
  try {
    rule.check(context);
  } catch (error) {
    out.length = mark; // a crashing rule's partial findings are not trustworthy
    out.push({
      finding: buildResourceFinding(resource, {
        rule: 'rule-crash',
        severity: 'error',
        message: `rule ${rule.id} failed on this object: ${error instanceof Error ? error.message : String(error)}`,
        path: [],
        fix: 'this is a kubeplan bug; please report it with the manifest. Disable the rule meanwhile.',
      }),
      resource,
    });
  }
}

/** The texts that show a secret value: as parsed, and as written (`0777` for 511, quoted, a block scalar). */
function secretTexts(resource: Resource, secret: LiteralValue): string[] {
  const texts = new Set<string>();
  const value = secret.value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    texts.add(String(value));
    texts.add(String(value).trim());
  }
  const written = resource.document.sourceText([...resource.path, ...secret.path], 'value');
  if (written !== undefined) texts.add(written.trim());
  texts.delete('');
  // the longest first: a text that holds a shorter one is replaced whole
  return [...texts].sort((a, b) => b.length - a.length);
}

const SECRET_MASK = '***';

/** The report with every occurrence of the secret's texts in its data, fix and related messages replaced by `***`. */
function withoutSecret(r: RuleReport<string>, texts: readonly string[]): RuleReport<string> {
  if (texts.length === 0) return r;
  const hide = (text: string) => {
    let out = text;
    for (const t of texts) if (out.includes(t)) out = out.split(t).join(SECRET_MASK);
    return out;
  };
  const data: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(r.data ?? {})) {
    const hidden = hide(String(value));
    data[name] = hidden === String(value) ? value : hidden;
  }
  return {
    ...r,
    data,
    ...(r.fix !== undefined ? { fix: hide(r.fix) } : {}),
    ...(r.related ? { related: r.related.map((x) => ({ ...x, message: hide(x.message) })) } : {}),
  };
}

const rank = (s: Severity) => (s === 'error' ? 2 : s === 'warning' ? 1 : 0);

/** Fills `{{name}}` placeholders; a missing value is a bug in the rule. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{\{\s*(\w+)\s*\}\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = data[parts[i]!];
    if (value === undefined) throw new Error(`message data "${parts[i]}" is missing`);
    out += String(value) + parts[i + 1]!;
  }
  // kept by the finding until the report
  return flatString(out);
}

/** Message templates split at their placeholders: literal, name, literal, … */
const templates = new Map<string, string[]>();
