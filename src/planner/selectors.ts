/**
 * Label selectors (metav1.LabelSelector and map selectors) and node selector terms, compiled once
 * into predicates. Semantics follow k8s.io/apimachinery `labels` and component-helpers
 * `scheduling/corev1/nodeaffinity`.
 */
import { parseInt64 } from '../core/int64';
import { asArray, asObject, isObject } from '../resources/kinds';

export type Labels = Readonly<Record<string, string>>;

export interface Requirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  values: readonly string[];
}

/** A compiled selector. `nothing` matches no object (a nil LabelSelector); no requirements match all. */
export interface Selector {
  readonly nothing: boolean;
  readonly requirements: readonly Requirement[];
  /** Canonical text, equal for equal selectors: used as a cache key. */
  readonly key: string;
}

export const NOTHING: Selector = { nothing: true, requirements: [], key: '<nothing>' };
export const EVERYTHING: Selector = { nothing: false, requirements: [], key: '' };

/**
 * metav1.LabelSelectorAsSelector: null/undefined → nothing, `{}` → everything. An invalid operator
 * makes the selector match nothing (the API server would have rejected it).
 */
export function compileLabelSelector(raw: unknown): Selector {
  if (raw === undefined || raw === null) return NOTHING;
  if (!isObject(raw)) return NOTHING;
  const requirements: Requirement[] = [];
  for (const [key, value] of Object.entries(asObject(raw.matchLabels))) {
    requirements.push({ key, operator: 'In', values: [String(value)] });
  }
  for (const item of asArray(raw.matchExpressions)) {
    const expr = asObject(item);
    const operator = expr.operator;
    if (typeof expr.key !== 'string') return NOTHING;
    if (operator !== 'In' && operator !== 'NotIn' && operator !== 'Exists' && operator !== 'DoesNotExist') return NOTHING;
    requirements.push({ key: expr.key, operator, values: asArray(expr.values).map(String) });
  }
  return buildSelector(requirements);
}

/** A map selector (Service, ReplicationController): all pairs must match. Empty map → everything. */
export function compileMapSelector(raw: unknown): Selector {
  const requirements: Requirement[] = [];
  for (const [key, value] of Object.entries(asObject(raw))) {
    requirements.push({ key, operator: 'In', values: [String(value)] });
  }
  return buildSelector(requirements);
}

export function buildSelector(requirements: Requirement[]): Selector {
  const sorted = [...requirements].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.operator < b.operator ? -1 : a.operator > b.operator ? 1 : 0,
  );
  const key = sorted.map((r) => `${r.key} ${r.operator} (${[...r.values].sort().join(',')})`).join('; ');
  return { nothing: false, requirements: sorted, key };
}

/** Adds requirements (AND). */
export function andSelector(selector: Selector, extra: readonly Requirement[]): Selector {
  if (selector.nothing || extra.length === 0) return selector;
  return buildSelector([...selector.requirements, ...extra]);
}

export function matchesSelector(selector: Selector, labels: Labels): boolean {
  if (selector.nothing) return false;
  for (const r of selector.requirements) if (!matchesRequirement(r, labels[r.key])) return false;
  return true;
}

export function matchesRequirement(r: Requirement, value: string | undefined): boolean {
  switch (r.operator) {
    case 'In':
      return value !== undefined && r.values.includes(value);
    case 'NotIn':
      return value === undefined || !r.values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      if (value === undefined || r.values.length !== 1) return false;
      const have = parseInt64(value);
      const want = parseInt64(r.values[0]!);
      if (have === undefined || want === undefined) return false;
      return r.operator === 'Gt' ? have > want : have < want;
    }
  }
}

/** One `k=v` pair every matching object must carry, usable as an index key; undefined if none. */
export function indexPairOf(selector: Selector): string | undefined {
  if (selector.nothing) return undefined;
  for (const r of selector.requirements) {
    if (r.operator === 'In' && r.values.length === 1) return `${r.key}=${r.values[0]}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Node selectors (required and preferred node affinity)
// ---------------------------------------------------------------------------------------------

export interface NodeTerm {
  expressions: readonly Requirement[];
  /** matchFields on metadata.name. */
  fields: readonly Requirement[];
}

/** A required node selector: ORed terms. `terms` empty means it matches no node. */
export interface NodeSelector {
  terms: readonly NodeTerm[];
}

export interface NodeIdentity {
  name: string;
  labels: Labels;
}

const NODE_OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);

/**
 * Compiles one NodeSelectorTerm. Returns null when the term is empty (dropped, as the helpers do)
 * and 'invalid' when it cannot match (a bad operator, or a field other than metadata.name).
 */
export function compileNodeTerm(raw: unknown): NodeTerm | null | 'invalid' {
  const term = asObject(raw);
  const expressions: Requirement[] = [];
  const fields: Requirement[] = [];
  for (const item of asArray(term.matchExpressions)) {
    const expr = asObject(item);
    if (typeof expr.key !== 'string' || !NODE_OPERATORS.has(expr.operator as string)) return 'invalid';
    expressions.push({ key: expr.key, operator: expr.operator as Requirement['operator'], values: asArray(expr.values).map(String) });
  }
  for (const item of asArray(term.matchFields)) {
    const expr = asObject(item);
    const values = asArray(expr.values).map(String);
    if (expr.key !== 'metadata.name' || (expr.operator !== 'In' && expr.operator !== 'NotIn') || values.length !== 1) {
      return 'invalid';
    }
    fields.push({ key: 'metadata.name', operator: expr.operator, values });
  }
  if (expressions.length === 0 && fields.length === 0) return null;
  return { expressions, fields };
}

/** requiredDuringSchedulingIgnoredDuringExecution → NodeSelector; undefined when absent. */
export function compileRequiredNodeAffinity(affinity: unknown): NodeSelector | undefined {
  const required = asObject(asObject(asObject(affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution);
  if (!isObject(asObject(asObject(affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution)) return undefined;
  const terms: NodeTerm[] = [];
  for (const raw of asArray(required.nodeSelectorTerms)) {
    const term = compileNodeTerm(raw);
    if (term && term !== 'invalid') terms.push(term);
  }
  return { terms };
}

export function matchesNodeTerm(term: NodeTerm, node: NodeIdentity): boolean {
  for (const r of term.expressions) if (!matchesRequirement(r, node.labels[r.key])) return false;
  for (const r of term.fields) if (!matchesRequirement(r, node.name)) return false;
  return true;
}

export function matchesNodeSelector(selector: NodeSelector, node: NodeIdentity): boolean {
  for (const term of selector.terms) if (matchesNodeTerm(term, node)) return true;
  return false;
}

export interface PreferredNodeTerm {
  weight: number;
  term: NodeTerm;
}

export function compilePreferredNodeAffinity(affinity: unknown): PreferredNodeTerm[] {
  const out: PreferredNodeTerm[] = [];
  const preferred = asArray(asObject(asObject(affinity).nodeAffinity).preferredDuringSchedulingIgnoredDuringExecution);
  for (const raw of preferred) {
    const item = asObject(raw);
    const weight = typeof item.weight === 'number' ? item.weight : 0;
    if (weight === 0) continue;
    const term = compileNodeTerm(item.preference);
    if (term && term !== 'invalid') out.push({ weight, term });
  }
  return out;
}

/** Reads a string map (labels, nodeSelector), ignoring non-string values. */
export function stringMap(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(asObject(raw))) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}
