import { isObject } from '../resources/kinds';

export type Labels = Readonly<Record<string, string>>;

export interface SelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: readonly string[];
}

/** A parsed label selector. `null` from parseSelector means "selects nothing". */
export interface Selector {
  matchLabels: Labels;
  expressions: readonly SelectorRequirement[];
}

/**
 * Parses a metav1.LabelSelector ({matchLabels, matchExpressions}). An empty selector selects
 * everything; null/undefined gives null (selects nothing). Malformed parts are ignored here:
 * the schema and the valid-labels rule report them.
 */
export function parseLabelSelector(value: unknown): Selector | null {
  if (!isObject(value)) return null;
  const matchLabels = stringMap(value.matchLabels);
  const expressions: SelectorRequirement[] = [];
  if (Array.isArray(value.matchExpressions)) {
    for (const e of value.matchExpressions) {
      if (!isObject(e) || typeof e.key !== 'string') continue;
      const operator = e.operator;
      if (operator !== 'In' && operator !== 'NotIn' && operator !== 'Exists' && operator !== 'DoesNotExist') continue;
      const values = Array.isArray(e.values) ? e.values.filter((v): v is string => typeof v === 'string') : [];
      expressions.push({ key: e.key, operator, values });
    }
  }
  return { matchLabels, expressions };
}

/**
 * Whether metav1.LabelSelectorAsSelector accepts the selector: every matchLabels key and value and
 * every matchExpressions requirement (known operator, values given for In/NotIn and absent for
 * Exists/DoesNotExist, valid key and values) is well formed. When it is not, the API server reports
 * the syntax (valid-labels does) and never compares the selector with any labels.
 */
export function isWellFormedLabelSelector(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (value.matchLabels !== undefined && value.matchLabels !== null) {
    if (!isObject(value.matchLabels)) return false;
    for (const [k, v] of Object.entries(value.matchLabels)) {
      if (checkQualifiedName(k).length > 0 || typeof v !== 'string' || checkLabelValue(v).length > 0) return false;
    }
  }
  if (value.matchExpressions === undefined || value.matchExpressions === null) return true;
  if (!Array.isArray(value.matchExpressions)) return false;
  for (const e of value.matchExpressions) {
    if (!isObject(e) || typeof e.key !== 'string' || checkQualifiedName(e.key).length > 0) return false;
    const values = e.values === undefined || e.values === null ? [] : e.values;
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || checkLabelValue(v).length > 0)) return false;
    if (e.operator === 'In' || e.operator === 'NotIn') {
      if (values.length === 0) return false;
    } else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') {
      if (values.length > 0) return false;
    } else return false;
  }
  return true;
}

/** A Service/ReplicationController-style selector: a plain map. Empty or missing gives null. */
export function parseMapSelector(value: unknown): Selector | null {
  const labels = stringMap(value);
  return Object.keys(labels).length === 0 ? null : { matchLabels: labels, expressions: [] };
}

export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const k in value) {
    const v = value[k];
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

export function selectorMatches(selector: Selector, labels: Labels): boolean {
  for (const key in selector.matchLabels) {
    if (labels[key] !== selector.matchLabels[key]) return false;
  }
  for (const e of selector.expressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(labels[e.key]!)) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(labels[e.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

export function isEmptySelector(selector: Selector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.expressions.length === 0;
}

/** `app=web, tier in (a,b)` — how kubectl prints selectors. */
export function formatSelector(selector: Selector): string {
  const parts = Object.entries(selector.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.expressions) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${e.values.join(',')})`);
  }
  return parts.join(',');
}

export function formatLabels(labels: Labels): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Keys found valid so far: every object of a repository carries the same few label and annotation
 * keys (app.kubernetes.io/name…), each a regular expression or two to check again. Bounded.
 */
const validKeys = new Set<string>();
const MAX_VALID_KEYS = 10_000;

/** The answer of the checks below for a valid value (shared: most values are valid). */
const VALID: readonly string[] = Object.freeze([]);

/** Problems with a label or annotation key (qualified name), as the API server words them; [] if valid. */
export function checkQualifiedName(key: string): readonly string[] {
  if (validKeys.has(key)) return VALID;
  const slash = key.indexOf('/');
  if (slash === -1 ? key.length <= 63 && LABEL_NAME.test(key) : isValidPrefixed(key, slash)) {
    if (validKeys.size >= MAX_VALID_KEYS) validKeys.clear();
    validKeys.add(key);
    return VALID;
  }
  const problems: string[] = [];
  const prefix = slash === -1 ? null : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (key.split('/').length > 2) {
    return ["a qualified name must consist of an optional DNS subdomain prefix and '/' and a name"];
  }
  if (prefix !== null) {
    if (prefix.length === 0) problems.push('prefix part must be non-empty');
    else if (prefix.length > 253) problems.push('prefix part must be no more than 253 characters');
    else if (!DNS1123_SUBDOMAIN.test(prefix)) problems.push('prefix part must be a lowercase DNS subdomain (e.g. example.com)');
  }
  if (name.length === 0) problems.push('name part must be non-empty');
  else if (name.length > 63) problems.push('name part must be no more than 63 characters');
  else if (!LABEL_NAME.test(name)) {
    problems.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    );
  }
  return problems;
}

/** `prefix/name` with a valid prefix and name (one slash). */
function isValidPrefixed(key: string, slash: number): boolean {
  const name = key.length - slash - 1;
  return slash > 0 && slash <= 253 && name > 0 && name <= 63 && key.indexOf('/', slash + 1) === -1 &&
    DNS1123_SUBDOMAIN.test(key.slice(0, slash)) && LABEL_NAME.test(key.slice(slash + 1));
}

/** Problems with a label value; [] if valid. */
export function checkLabelValue(value: string): readonly string[] {
  if (value === '') return VALID;
  if (value.length > 63) return ['must be no more than 63 characters'];
  if (!LABEL_NAME.test(value)) {
    return ["must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"];
  }
  return VALID;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const PORT_NAME_CHARS = /^[-a-z0-9]+$/;
const HAS_LETTER = /[a-z]/;
/** Every rule of checkPortName at once but the length: the common case in one test. */
const VALID_PORT_NAME = /^(?=[-a-z0-9]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

const LABEL_FORMAT = "lowercase alphanumeric characters or '-', starting and ending with an alphanumeric character";
const SUBDOMAIN_FORMAT = "lowercase alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character";
const DNS1035_FORMAT = "lowercase alphanumeric characters or '-', starting with a letter and ending with an alphanumeric character";

/** Problems with a DNS-1123 label (Namespace names, container names, Service port names); [] if valid. */
export function checkDns1123Label(value: string): readonly string[] {
  if (value.length > 63) return ['must be no more than 63 characters'];
  if (!DNS1123_LABEL.test(value)) return [`must be a DNS-1123 label: ${LABEL_FORMAT}`];
  return VALID;
}

/** Problems with a DNS-1123 subdomain (most object names); [] if valid. */
export function checkDns1123Subdomain(value: string): readonly string[] {
  if (value.length > 253) return ['must be no more than 253 characters'];
  if (!DNS1123_SUBDOMAIN.test(value)) return [`must be a DNS-1123 subdomain: ${SUBDOMAIN_FORMAT}`];
  return VALID;
}

/** Problems with a wildcard DNS-1123 subdomain ("*.example.com": Ingress hosts with a "*"); [] if valid. */
export function checkWildcardDns1123Subdomain(value: string): readonly string[] {
  if (value.length > 253) return ['must be no more than 253 characters'];
  if (!value.startsWith('*.') || !DNS1123_SUBDOMAIN.test(value.slice(2))) {
    return [`a wildcard DNS-1123 subdomain must start with '*.', followed by a DNS-1123 subdomain (${SUBDOMAIN_FORMAT}), e.g. '*.example.com'`];
  }
  return VALID;
}

/** Problems with a DNS-1035 label (Service names: like a DNS-1123 label, but starting with a letter); [] if valid. */
export function checkDns1035Label(value: string): readonly string[] {
  if (value.length > 63) return ['must be no more than 63 characters'];
  if (!DNS1035_LABEL.test(value)) return [`must be a DNS-1035 label: ${DNS1035_FORMAT}`];
  return VALID;
}

/**
 * Problems with a port name (IANA_SVC_NAME, as Kubernetes' IsValidPortName checks container port
 * names and named targetPorts); [] if valid.
 */
export function checkPortName(value: string): readonly string[] {
  if (value.length <= 15 && VALID_PORT_NAME.test(value)) return VALID;
  const problems: string[] = [];
  if (value.length < 1 || value.length > 15) problems.push('must be 1 to 15 characters long');
  if (!PORT_NAME_CHARS.test(value)) problems.push("must contain only lowercase alphanumeric characters and '-'");
  if (!HAS_LETTER.test(value)) problems.push('must contain at least one letter (a-z)');
  if (value.includes('--')) problems.push("must not contain consecutive '-'");
  if (value.startsWith('-') || value.endsWith('-')) problems.push("must not begin or end with '-'");
  return problems.length === 0 ? VALID : problems;
}

/** Problems with a path-segment name (RBAC object names); [] if valid. */
export function checkPathSegmentName(value: string): readonly string[] {
  if (value === '.' || value === '..') return [`may not be '${value}'`];
  const problems: string[] = [];
  if (value.includes('/')) problems.push("may not contain '/'");
  if (value.includes('%')) problems.push("may not contain '%'");
  return problems;
}
