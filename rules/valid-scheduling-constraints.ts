import { parseInt64 } from '../src/core/int64';
import type { Path } from '../src/core/types';
import { type RuleContext, createRule } from '../src/engine/rule';
import { checkDns1123Label, checkDns1123Subdomain, checkLabelValue, checkQualifiedName } from '../src/index/label-selector';
import { POD_SPEC_KINDS, isObject, podTemplateOf } from '../src/resources/kinds';
import type { KubeObject } from '../src/resources/resource';

const MESSAGES = {
  existsWithValue: 'value must be empty when `operator` is \'Exists\' (it is "{{value}}"): remove the value, or use operator Equal to match it',
  emptyKeyNotExists:
    'operator must be Exists when `key` is empty (operator is {{operator}}): set the taint key, or use operator Exists to tolerate every taint',
  secondsWithoutNoExecute:
    "effect must be 'NoExecute' when `tolerationSeconds` is set (effect is {{effect}}): set effect NoExecute, or remove tolerationSeconds",
  invalidKey: '{{field}} "{{key}}" is not a valid label key: {{problems}}',
  invalidTolerationValue: 'toleration value "{{value}}" is not a valid label value: {{problems}}',
  notPositive: '{{field}} must be greater than zero, not {{value}}',
  minDomainsNeedsDoNotSchedule:
    'minDomains can only be used with whenUnsatisfiable DoNotSchedule, not {{action}}: remove minDomains, or use DoNotSchedule',
  duplicateSpread:
    'Duplicate value: topologySpreadConstraints[{{first}}] already spreads over topologyKey "{{topologyKey}}" with whenUnsatisfiable {{action}}: merge the two constraints, or remove one',
  keyInSelector: 'matchLabelKeys entry "{{key}}" exists in both matchLabelKeys and labelSelector: keep it in one of them',
  keysWithoutSelector: '{{field}} must not be specified when labelSelector is not set: add a labelSelector, or remove {{field}}',
  keyInBoth: 'matchLabelKeys entry "{{key}}" exists in both matchLabelKeys and mismatchLabelKeys: keep it in one of them',
  emptyTopologyKey: 'topologyKey can not be empty: use a node label such as kubernetes.io/hostname or topology.kubernetes.io/zone',
  invalidNamespace: 'namespaces entry "{{name}}" is not a valid namespace name: {{problems}}',
  valuesRequired: "values must be specified when `operator` is 'In' or 'NotIn': list the node label values to match, or use operator Exists",
  valuesForbidden: "values may not be specified when `operator` is 'Exists' or 'DoesNotExist': remove values",
  singleValue: 'operator {{operator}} takes exactly one value (an integer to compare the node label with), not {{count}}',
  notInteger:
    'operator {{operator}} compares the node label with an integer, but "{{value}}" is not one: the API server accepts it, and the scheduler then matches no node with this term',
  fieldOperator: 'matchFields operator {{operator}} is not a valid selector operator: matchFields supports only In and NotIn, with one node name',
  fieldKey: 'matchFields key "{{key}}" is not a valid field selector key: the only node field is metadata.name (use matchExpressions for node labels)',
  fieldValues: 'matchFields with operator {{operator}} takes exactly one node name, not {{count}}: use one node selector term per node',
  invalidNodeName: 'matchFields value "{{value}}" is not a valid node name: {{problems}}',
  noTerms: 'nodeSelectorTerms must have at least one node selector term: add a term, or remove requiredDuringSchedulingIgnoredDuringExecution',
  weightRange: 'weight must be in the range 1-100, not {{weight}}',
};

type MessageId = keyof typeof MESSAGES;
type Report = RuleContext<object, MessageId>['report'];

const REQUIRED = 'requiredDuringSchedulingIgnoredDuringExecution';
const PREFERRED = 'preferredDuringSchedulingIgnoredDuringExecution';
/** The operators of a NodeSelectorRequirement (the schemas' enum: other values are schema findings). */
const NODE_OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);

export default createRule({
  id: 'valid-scheduling-constraints',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Tolerations, topology spread constraints and node and pod affinity follow the rules the API server enforces.',
    rationale:
      'The API server rejects a pod (and the Deployment, Job or other workload holding its template) whose ' +
      'scheduling constraints break its validation rules, although the schema accepts them: a toleration with ' +
      'operator Exists and a value, an empty key without Exists, tolerationSeconds without effect NoExecute; a ' +
      'spread constraint with maxSkew 0, minDomains without DoNotSchedule, or the same topologyKey and ' +
      'whenUnsatisfiable twice; a node selector requirement with In and no values or Exists with values, Gt or ' +
      'Lt without exactly one value, matchFields on anything but metadata.name; an empty nodeSelectorTerms ' +
      'list; an affinity weight outside 1-100 or an empty topologyKey. These fail on apply, not on lint.',
    fix: 'correct the field the finding names as its message says (`kubectl explain pod.spec.tolerations`, `pod.spec.affinity` and `pod.spec.topologySpreadConstraints` describe each field)',
    messages: MESSAGES,
    refusals: [
      'existsWithValue', 'emptyKeyNotExists', 'secondsWithoutNoExecute', 'invalidKey', 'invalidTolerationValue', 'notPositive',
      'minDomainsNeedsDoNotSchedule', 'duplicateSpread', 'keyInSelector', 'keysWithoutSelector', 'keyInBoth', 'emptyTopologyKey',
      'invalidNamespace', 'valuesRequired', 'valuesForbidden', 'singleValue', 'fieldOperator', 'fieldKey', 'fieldValues',
      'invalidNodeName', 'noTerms', 'weightRange',
    ],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, kubernetesMinor: minor, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const spec = template.spec;
    if (spec.tolerations === undefined && spec.topologySpreadConstraints === undefined && spec.affinity === undefined) return;
    const at = template.specPath;
    if (Array.isArray(spec.tolerations)) checkTolerations(spec.tolerations, [...at, 'tolerations'], report);
    if (Array.isArray(spec.topologySpreadConstraints)) {
      checkSpreadConstraints(spec.topologySpreadConstraints, [...at, 'topologySpreadConstraints'], minor, report);
    }
    if (isObject(spec.affinity)) checkAffinity(spec.affinity, [...at, 'affinity'], minor, report);
  },
});

/** A string field, with absent and null read as "" (as the API server decodes them); undefined for another type (a schema finding). */
function text(value: unknown): string | undefined {
  return value === undefined || value === null ? '' : typeof value === 'string' ? value : undefined;
}

/** ValidateTolerations. Unsupported operators and effects are left to the schema (its enums). */
function checkTolerations(tolerations: readonly unknown[], at: Path, report: Report): void {
  for (let i = 0; i < tolerations.length; i++) {
    const t = tolerations[i];
    if (!isObject(t)) continue;
    const key = text(t.key);
    const operator = text(t.operator);
    const value = text(t.value);
    const effect = text(t.effect);
    if (key) {
      const problems = checkQualifiedName(key);
      if (problems.length > 0) report({ messageId: 'invalidKey', data: { field: 'toleration key', key, problems: problems.join('; ') }, path: [...at, i, 'key'] });
    }
    if (key === '' && operator !== undefined && operator !== 'Exists') {
      const path: Path = t.operator != null ? [...at, i, 'operator'] : t.key != null ? [...at, i, 'key'] : [...at, i];
      report({ messageId: 'emptyKeyNotExists', data: { operator: operator || 'unset (Equal)' }, path });
    }
    if (t.tolerationSeconds != null && effect !== undefined && effect !== 'NoExecute') {
      const data = { effect: effect || 'unset' };
      if (t.effect != null) report({ messageId: 'secondsWithoutNoExecute', data, path: [...at, i, 'effect'] });
      else report({ messageId: 'secondsWithoutNoExecute', data, path: [...at, i, 'tolerationSeconds'], target: 'key' });
    }
    if (value === undefined || value === '') continue;
    if (operator === 'Exists') {
      report({ messageId: 'existsWithValue', data: { value }, path: [...at, i, 'value'] });
    } else if (operator === '' || operator === 'Equal') {
      const problems = checkLabelValue(value);
      if (problems.length > 0) report({ messageId: 'invalidTolerationValue', data: { value, problems: problems.join('; ') }, path: [...at, i, 'value'] });
    }
    // Gt and Lt (Kubernetes 1.35+, behind a feature gate) compare integers: not checked here.
  }
}

/** validateTopologySpreadConstraints. whenUnsatisfiable and the node inclusion policies are schema enums. */
function checkSpreadConstraints(constraints: readonly unknown[], at: Path, minor: number, report: Report): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < constraints.length; i++) {
    const c = constraints[i];
    if (!isObject(c)) continue;
    const path: Path = [...at, i];
    if (typeof c.maxSkew === 'number' && c.maxSkew <= 0) {
      report({ messageId: 'notPositive', data: { field: 'maxSkew', value: c.maxSkew }, path: [...path, 'maxSkew'] });
    }
    if (c.topologyKey === '') report({ messageId: 'emptyTopologyKey', path: [...path, 'topologyKey'] });
    const action = c.whenUnsatisfiable;
    if (typeof c.minDomains === 'number') {
      if (c.minDomains <= 0) report({ messageId: 'notPositive', data: { field: 'minDomains', value: c.minDomains }, path: [...path, 'minDomains'] });
      if (action === 'ScheduleAnyway') report({ messageId: 'minDomainsNeedsDoNotSchedule', data: { action }, path: [...path, 'minDomains'] });
    }
    if (typeof c.topologyKey === 'string' && typeof action === 'string') {
      const tuple = `${c.topologyKey}\u0000${action}`;
      const first = seen.get(tuple);
      if (first === undefined) seen.set(tuple, i);
      else report({ messageId: 'duplicateSpread', data: { first, topologyKey: c.topologyKey, action }, path: [...path, 'topologyKey'] });
    }
    const keys = c.matchLabelKeys;
    if (!Array.isArray(keys) || keys.length === 0) continue;
    if (c.labelSelector == null) {
      report({ messageId: 'keysWithoutSelector', data: { field: 'matchLabelKeys' }, path: [...path, 'matchLabelKeys'], target: 'key' });
      continue;
    }
    // From 1.34 the API server merges matchLabelKeys into the labelSelector of new pods
    // (MatchLabelKeysInPodTopologySpreadSelectorMerge); whether a key in both is still refused there is not
    // certain, so it is reported up to 1.33 only.
    const selectorKeys = minor <= 33 && isObject(c.labelSelector) ? labelSelectorKeys(c.labelSelector) : undefined;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j];
      if (typeof key !== 'string') continue;
      const problems = checkQualifiedName(key);
      if (problems.length > 0) {
        report({ messageId: 'invalidKey', data: { field: 'matchLabelKeys entry', key, problems: problems.join('; ') }, path: [...path, 'matchLabelKeys', j] });
      } else if (selectorKeys?.has(key)) {
        report({ messageId: 'keyInSelector', data: { key }, path: [...path, 'matchLabelKeys', j] });
      }
    }
  }
}

function labelSelectorKeys(selector: KubeObject): Set<string> {
  const keys = new Set<string>(isObject(selector.matchLabels) ? Object.keys(selector.matchLabels) : []);
  if (Array.isArray(selector.matchExpressions)) {
    for (const e of selector.matchExpressions) if (isObject(e) && typeof e.key === 'string') keys.add(e.key);
  }
  return keys;
}

/** validateAffinity: node affinity (ValidateNodeSelector, ValidatePreferredSchedulingTerms) and pod (anti-)affinity. */
function checkAffinity(affinity: KubeObject, at: Path, minor: number, report: Report): void {
  const node = affinity.nodeAffinity;
  if (isObject(node)) {
    const required = node[REQUIRED];
    const requiredPath: Path = [...at, 'nodeAffinity', REQUIRED, 'nodeSelectorTerms'];
    if (isObject(required) && Array.isArray(required.nodeSelectorTerms)) {
      const terms = required.nodeSelectorTerms;
      if (terms.length === 0) report({ messageId: 'noTerms', path: requiredPath });
      for (let i = 0; i < terms.length; i++) checkNodeSelectorTerm(terms[i], [...requiredPath, i], report);
    }
    const preferred = node[PREFERRED];
    if (Array.isArray(preferred)) {
      for (let i = 0; i < preferred.length; i++) {
        const p = preferred[i];
        if (!isObject(p)) continue;
        const path: Path = [...at, 'nodeAffinity', PREFERRED, i];
        checkWeight(p.weight, [...path, 'weight'], report);
        checkNodeSelectorTerm(p.preference, [...path, 'preference'], report);
      }
    }
  }
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const pod = affinity[kind];
    if (!isObject(pod)) continue;
    const required = pod[REQUIRED];
    if (Array.isArray(required)) {
      for (let i = 0; i < required.length; i++) checkPodAffinityTerm(required[i], [...at, kind, REQUIRED, i], minor, report);
    }
    const preferred = pod[PREFERRED];
    if (Array.isArray(preferred)) {
      for (let i = 0; i < preferred.length; i++) {
        const w = preferred[i];
        if (!isObject(w)) continue;
        const path: Path = [...at, kind, PREFERRED, i];
        checkWeight(w.weight, [...path, 'weight'], report);
        checkPodAffinityTerm(w.podAffinityTerm, [...path, 'podAffinityTerm'], minor, report);
      }
    }
  }
}

function checkWeight(weight: unknown, path: Path, report: Report): void {
  if (typeof weight === 'number' && (weight <= 0 || weight > 100)) report({ messageId: 'weightRange', data: { weight }, path });
}

/** ValidateNodeSelectorTerm: ValidateNodeSelectorRequirement for matchExpressions, ValidateNodeFieldSelectorRequirement for matchFields. */
function checkNodeSelectorTerm(term: unknown, at: Path, report: Report): void {
  if (!isObject(term)) return;
  const expressions = term.matchExpressions;
  if (Array.isArray(expressions)) {
    for (let i = 0; i < expressions.length; i++) {
      const e = expressions[i];
      if (!isObject(e)) continue;
      const path: Path = [...at, 'matchExpressions', i];
      if (typeof e.key === 'string') {
        const problems = checkQualifiedName(e.key);
        if (problems.length > 0) report({ messageId: 'invalidKey', data: { field: 'node selector key', key: e.key, problems: problems.join('; ') }, path: [...path, 'key'] });
      }
      const operator = e.operator;
      const values = valuesOf(e);
      if (typeof operator !== 'string' || values === undefined) continue;
      const valuesPath: Path = Array.isArray(e.values) ? [...path, 'values'] : [...path, 'operator'];
      if (operator === 'In' || operator === 'NotIn') {
        if (values.length === 0) report({ messageId: 'valuesRequired', path: valuesPath });
      } else if (operator === 'Exists' || operator === 'DoesNotExist') {
        if (values.length > 0) report({ messageId: 'valuesForbidden', path: valuesPath });
      } else if (operator === 'Gt' || operator === 'Lt') {
        const value = values[0];
        if (values.length !== 1) report({ messageId: 'singleValue', data: { operator, count: values.length }, path: valuesPath });
        else if (typeof value === 'string' && parseInt64(value) === undefined) {
          report({ messageId: 'notInteger', data: { operator, value }, path: [...valuesPath, 0], severity: 'warning' });
        }
      }
    }
  }
  const fields = term.matchFields;
  if (Array.isArray(fields)) {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (!isObject(f)) continue;
      const path: Path = [...at, 'matchFields', i];
      const operator = f.operator;
      const values = valuesOf(f);
      if (operator === 'In' || operator === 'NotIn') {
        if (values !== undefined && values.length !== 1) {
          report({ messageId: 'fieldValues', data: { operator, count: values.length }, path: Array.isArray(f.values) ? [...path, 'values'] : [...path, 'operator'] });
        }
      } else if (typeof operator === 'string' && NODE_OPERATORS.has(operator)) {
        report({ messageId: 'fieldOperator', data: { operator }, path: [...path, 'operator'] });
      }
      if (typeof f.key !== 'string') continue;
      if (f.key !== 'metadata.name') {
        report({ messageId: 'fieldKey', data: { key: f.key }, path: [...path, 'key'] });
        continue;
      }
      if (values === undefined) continue;
      for (let j = 0; j < values.length; j++) {
        const value = values[j];
        if (typeof value !== 'string') continue;
        const problems = checkDns1123Subdomain(value);
        if (problems.length > 0) report({ messageId: 'invalidNodeName', data: { value, problems: problems.join('; ') }, path: [...path, 'values', j] });
      }
    }
  }
}

/** validatePodAffinityTerm. Its labelSelector and namespaceSelector are valid-labels' findings. */
function checkPodAffinityTerm(term: unknown, at: Path, minor: number, report: Report): void {
  if (!isObject(term)) return;
  const topologyKey = term.topologyKey;
  if (topologyKey === '') report({ messageId: 'emptyTopologyKey', path: [...at, 'topologyKey'] });
  else if (typeof topologyKey === 'string') {
    const problems = checkQualifiedName(topologyKey);
    if (problems.length > 0) {
      report({ messageId: 'invalidKey', data: { field: 'topologyKey', key: topologyKey, problems: problems.join('; ') }, path: [...at, 'topologyKey'] });
    }
  }
  const namespaces = term.namespaces;
  if (Array.isArray(namespaces)) {
    for (let j = 0; j < namespaces.length; j++) {
      const name = namespaces[j];
      if (typeof name !== 'string') continue;
      const problems = checkDns1123Label(name);
      if (problems.length > 0) report({ messageId: 'invalidNamespace', data: { name, problems: problems.join('; ') }, path: [...at, 'namespaces', j] });
    }
  }
  // matchLabelKeys and mismatchLabelKeys: on by default from 1.31 (MatchLabelKeysInPodAffinity); before, the API server drops them.
  if (minor < 31) return;
  for (const field of ['matchLabelKeys', 'mismatchLabelKeys'] as const) {
    const keys = term[field];
    if (!Array.isArray(keys) || keys.length === 0) continue;
    if (term.labelSelector == null) {
      report({ messageId: 'keysWithoutSelector', data: { field }, path: [...at, field], target: 'key' });
      continue;
    }
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j];
      if (typeof key !== 'string') continue;
      const problems = checkQualifiedName(key);
      if (problems.length > 0) report({ messageId: 'invalidKey', data: { field: `${field} entry`, key, problems: problems.join('; ') }, path: [...at, field, j] });
    }
  }
  const match = term.matchLabelKeys;
  const mismatch = term.mismatchLabelKeys;
  if (!Array.isArray(match) || !Array.isArray(mismatch) || match.length === 0 || mismatch.length === 0) return;
  for (let j = 0; j < match.length; j++) {
    const key = match[j];
    if (typeof key === 'string' && mismatch.includes(key)) report({ messageId: 'keyInBoth', data: { key }, path: [...at, 'matchLabelKeys', j] });
  }
}

/** The values list of a requirement ([] when absent); undefined when it is not a list (a schema finding). */
function valuesOf(requirement: KubeObject): readonly unknown[] | undefined {
  const values = requirement.values;
  return values === undefined || values === null ? [] : Array.isArray(values) ? values : undefined;
}
