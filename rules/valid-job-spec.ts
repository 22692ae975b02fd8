import { suggestName } from '../src/core/suggest';
import type { Path } from '../src/core/types';
import { type RuleContext, createRule } from '../src/engine/rule';
import { checkDns1123Label, checkDns1123Subdomain, checkQualifiedName } from '../src/index/label-selector';
import { compareMinorVersions } from '../src/resources/api-lifecycle';
import { asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';
import type { KubeObject, Resource } from '../src/resources/resource';

/**
 * The limits of k8s pkg/apis/batch/validation: an Indexed Job's parallelism and maxFailedIndexes
 * (they bound the length of .status.completedIndexes and failedIndexes), and tighter ones when
 * completions is above 100000 with backoffLimitPerIndex.
 */
const MAX_INDEXED = 100_000;
const COMPLETIONS_SOFT_LIMIT = 100_000;
const MAX_WITH_HIGH_COMPLETIONS = 10_000;
const MAX_POD_FAILURE_RULES = 20;
const MAX_EXIT_CODES = 255;
const MAX_POD_CONDITIONS = 20;
const MAX_SUCCESS_RULES = 20;
const MAX_MANAGED_BY = 63;
const HTTP_PATH = /^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

/**
 * The first minor version whose API server validates a field by default: before it, its feature
 * gate is off (alpha) and the API server drops the field instead of checking it.
 */
const SINCE = { backoffLimitPerIndex: '1.29', podReplacementPolicy: '1.29', successPolicy: '1.31', managedBy: '1.32' } as const;

const messages = {
  negative: '{{field}} is {{value}}: it must be 0 or more',
  zeroDeadline: 'activeDeadlineSeconds is 0: the Job fails (DeadlineExceeded) as soon as it starts',
  emptyCompletionMode: 'completionMode "" is not supported: use "NonIndexed" or "Indexed", or omit it (NonIndexed)',
  indexedWithoutCompletions: 'completionMode Indexed requires completions (the number of indexes)',
  indexedLimit: '{{field}} {{value}} is more than {{max}}, {{why}}',
  maxFailedIndexesRequired: 'completions {{value}} is above 100000 with backoffLimitPerIndex: maxFailedIndexes must be set as well',
  requiresIndexed: '{{field}} requires completionMode: Indexed',
  maxFailedWithoutBackoff: 'maxFailedIndexes requires backoffLimitPerIndex: it counts the indexes that used up their per-index backoff limit',
  aboveCompletions: '{{field}} {{value}} is more than completions ({{completions}})',
  podFailurePolicyReplacement: 'podReplacementPolicy "{{value}}" cannot be used with podFailurePolicy: only "Failed" is supported',
  failIndexWithoutBackoff: 'action FailIndex requires backoffLimitPerIndex',
  exitCodeZero: 'exit code 0 with operator In: 0 is success, not a failure, and the API server refuses it',
  duplicateExitCode: 'exit code {{value}} is listed more than once',
  unorderedExitCodes: 'exit codes must be in increasing order: {{value}} comes after {{previous}}',
  noExitCodes: 'onExitCodes has no values: at least one exit code is required',
  unknownContainer: 'containerName "{{name}}" is not a container or init container of the pod template{{hint}}',
  bothRequirements: 'podFailurePolicy rule {{index}} has both onExitCodes and onPodConditions: a rule has exactly one of them',
  noRequirement: 'podFailurePolicy rule {{index}} has neither onExitCodes nor onPodConditions: a rule needs one of them',
  tooMany: '{{field}} has {{count}} items, more than {{max}}',
  invalidConditionType: 'pod condition type "{{type}}" is invalid: {{problems}}',
  noSuccessRules: 'successPolicy has no rules: at least one rule is required',
  emptySuccessRule: 'successPolicy rule {{index}} has neither succeededCount nor succeededIndexes',
  invalidManagedBy: 'managedBy "{{value}}" {{problem}}',
  indexedHostname: 'with completionMode Indexed the pods get the hostname "{{hostname}}" (name-index), which is not a valid DNS-1123 label: {{problems}}',
};

type MessageId = keyof typeof messages;
type Report = RuleContext<object, MessageId>['report'];

export default createRule({
  id: 'valid-job-spec',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A Job (or a CronJob\'s jobTemplate) sets counts, completion mode and failure policies the API server accepts.',
    rationale:
      'The JSON schema types the fields of a Job but not the rules between them, which the API server checks on ' +
      'kubectl apply: counts are 0 or more; an Indexed Job needs completions and at most 100000 parallel pods; ' +
      'backoffLimitPerIndex, maxFailedIndexes and successPolicy need completionMode Indexed; maxFailedIndexes needs ' +
      'backoffLimitPerIndex; a podFailurePolicy needs podReplacementPolicy Failed (and restartPolicy Never: valid-restart-policy), and its ' +
      'rules have one requirement each, exit codes in increasing order without duplicates, never 0 with In, and ' +
      'container names of the pod template. A CronJob\'s jobTemplate is checked the same way, and its deadline and ' +
      'history limits are 0 or more. The API server refuses the object; nothing runs.',
    fix: 'set the field as the message says; see the Kubernetes Job documentation for the field',
    messages,
    refusals: [
      'negative', 'emptyCompletionMode', 'indexedWithoutCompletions', 'indexedLimit', 'maxFailedIndexesRequired',
      'requiresIndexed', 'maxFailedWithoutBackoff', 'aboveCompletions', 'podFailurePolicyReplacement', 'failIndexWithoutBackoff',
      'exitCodeZero', 'duplicateExitCode', 'unorderedExitCodes', 'noExitCodes', 'unknownContainer', 'bothRequirements',
      'noRequirement', 'tooMany', 'invalidConditionType', 'noSuccessRules', 'emptySuccessRule', 'invalidManagedBy',
    ],
    defaultOptions: {},
    kinds: ['Job', 'CronJob'],
  },
  check({ resource, kubernetesVersion, report }) {
    if (resource.group !== 'batch' || !isObject(resource.object.spec)) return;
    const spec = resource.object.spec;
    const since = (field: keyof typeof SINCE) => compareMinorVersions(kubernetesVersion, SINCE[field]) >= 0;
    if (resource.kind === 'CronJob') {
      for (const field of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) {
        nonNegative(spec, field, ['spec'], report);
      }
      const jobTemplate = spec.jobTemplate;
      if (isObject(jobTemplate) && isObject(jobTemplate.spec)) {
        checkJobSpec(jobTemplate.spec, ['spec', 'jobTemplate', 'spec'], since, resource, report);
      }
      return;
    }
    checkJobSpec(spec, ['spec'], since, resource, report);
    checkIndexedHostname(resource.object, spec, report);
  },
});

/** The names of the containers and init containers of the pod template. */
function containerNamesOf(resource: Resource): string[] {
  const template = podTemplateOf(resource);
  return template ? containersOf(template).map((c) => c.name) : [];
}

function count(spec: KubeObject, field: string): number | undefined {
  const value = spec[field];
  return typeof value === 'number' ? value : undefined;
}

/** ValidateNonnegativeField; true when the field was reported. */
function nonNegative(spec: KubeObject, field: string, at: Path, report: Report): boolean {
  const value = count(spec, field);
  if (value === undefined || value >= 0) return false;
  report({ messageId: 'negative', data: { field, value }, path: [...at, field] });
  return true;
}

/** validateJobSpec (k8s pkg/apis/batch/validation), field by field; one finding per field at most. */
function checkJobSpec(spec: KubeObject, at: Path, since: (field: keyof typeof SINCE) => boolean, resource: Resource, report: Report): void {
  const reported = new Set<string>();
  const once: Report = (r) => {
    const key = r.path.join('.');
    if (reported.has(key)) return;
    reported.add(key);
    report(r);
  };
  const perIndex = since('backoffLimitPerIndex');
  const counts = ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished'];
  if (perIndex) counts.push('backoffLimitPerIndex', 'maxFailedIndexes');
  for (const field of counts) nonNegative(spec, field, at, once);
  if (count(spec, 'activeDeadlineSeconds') === 0) {
    once({ messageId: 'zeroDeadline', severity: 'warning', path: [...at, 'activeDeadlineSeconds'] });
  }

  const parallelism = count(spec, 'parallelism');
  const completions = count(spec, 'completions');
  const backoffLimitPerIndex = perIndex ? count(spec, 'backoffLimitPerIndex') : undefined;
  const maxFailedIndexes = perIndex ? count(spec, 'maxFailedIndexes') : undefined;
  const mode = spec.completionMode;
  const indexed = mode === 'Indexed';
  if (mode === '') once({ messageId: 'emptyCompletionMode', path: [...at, 'completionMode'] });
  // completionMode "" is refused above, and is not NonIndexed either
  if (mode === undefined || mode === null || mode === 'NonIndexed') {
    if (backoffLimitPerIndex !== undefined) once({ messageId: 'requiresIndexed', data: { field: 'backoffLimitPerIndex' }, path: [...at, 'backoffLimitPerIndex'] });
    if (maxFailedIndexes !== undefined) once({ messageId: 'requiresIndexed', data: { field: 'maxFailedIndexes' }, path: [...at, 'maxFailedIndexes'] });
  }
  if (maxFailedIndexes !== undefined && backoffLimitPerIndex === undefined) {
    once({ messageId: 'maxFailedWithoutBackoff', path: [...at, 'maxFailedIndexes'] });
  }
  if (indexed) {
    if (completions === undefined) once({ messageId: 'indexedWithoutCompletions', path: [...at, 'completionMode'] });
    const why = 'the most an Indexed Job allows';
    if (parallelism !== undefined && parallelism > MAX_INDEXED) {
      once({ messageId: 'indexedLimit', data: { field: 'parallelism', value: parallelism, max: MAX_INDEXED, why }, path: [...at, 'parallelism'] });
    }
    if (completions !== undefined && maxFailedIndexes !== undefined && maxFailedIndexes > completions) {
      once({ messageId: 'aboveCompletions', data: { field: 'maxFailedIndexes', value: maxFailedIndexes, completions }, path: [...at, 'maxFailedIndexes'] });
    }
    if (maxFailedIndexes !== undefined && maxFailedIndexes > MAX_INDEXED) {
      once({ messageId: 'indexedLimit', data: { field: 'maxFailedIndexes', value: maxFailedIndexes, max: MAX_INDEXED, why }, path: [...at, 'maxFailedIndexes'] });
    }
    if (completions !== undefined && completions > COMPLETIONS_SOFT_LIMIT && backoffLimitPerIndex !== undefined) {
      const high = `the most allowed when completions is above ${COMPLETIONS_SOFT_LIMIT} with backoffLimitPerIndex`;
      if (maxFailedIndexes === undefined) once({ messageId: 'maxFailedIndexesRequired', data: { value: completions }, path: [...at, 'completions'] });
      if (parallelism !== undefined && parallelism > MAX_WITH_HIGH_COMPLETIONS) {
        once({ messageId: 'indexedLimit', data: { field: 'parallelism', value: parallelism, max: MAX_WITH_HIGH_COMPLETIONS, why: high }, path: [...at, 'parallelism'] });
      }
      if (maxFailedIndexes !== undefined && maxFailedIndexes > MAX_WITH_HIGH_COMPLETIONS) {
        once({
          messageId: 'indexedLimit',
          data: { field: 'maxFailedIndexes', value: maxFailedIndexes, max: MAX_WITH_HIGH_COMPLETIONS, why: high },
          path: [...at, 'maxFailedIndexes'],
        });
      }
    }
  }

  const policy = spec.podFailurePolicy;
  if (isObject(policy)) {
    checkPodFailurePolicy(policy, [...at, 'podFailurePolicy'], perIndex && backoffLimitPerIndex === undefined, containerNamesOf(resource), once);
    // restartPolicy OnFailure with a podFailurePolicy is valid-restart-policy's finding (jobPodFailurePolicy)
    const replacement = spec.podReplacementPolicy;
    if (since('podReplacementPolicy') && typeof replacement === 'string' && replacement !== 'Failed') {
      once({ messageId: 'podFailurePolicyReplacement', data: { value: replacement }, path: [...at, 'podReplacementPolicy'] });
    }
  }

  const success = spec.successPolicy;
  if (isObject(success) && since('successPolicy')) {
    if (!indexed) once({ messageId: 'requiresIndexed', data: { field: 'successPolicy' }, path: [...at, 'successPolicy'] });
    else checkSuccessPolicy(success, [...at, 'successPolicy'], completions, once);
  }

  const managedBy = spec.managedBy;
  if (typeof managedBy === 'string' && since('managedBy')) {
    const problem = managedByProblem(managedBy);
    if (problem !== undefined) once({ messageId: 'invalidManagedBy', data: { value: managedBy, problem }, path: [...at, 'managedBy'] });
  }
}

/** validatePodFailurePolicy and validatePodFailurePolicyRule. */
function checkPodFailurePolicy(policy: KubeObject, at: Path, failIndexNeedsBackoff: boolean, containerNames: readonly string[], report: Report): void {
  const rules = asArray(policy.rules);
  if (rules.length > MAX_POD_FAILURE_RULES) {
    report({ messageId: 'tooMany', data: { field: 'podFailurePolicy.rules', count: rules.length, max: MAX_POD_FAILURE_RULES }, path: [...at, 'rules'], target: 'key' });
  }
  rules.forEach((rule, i) => {
    if (!isObject(rule)) return;
    const rulePath = [...at, 'rules', i];
    if (rule.action === 'FailIndex' && failIndexNeedsBackoff) report({ messageId: 'failIndexWithoutBackoff', path: [...rulePath, 'action'] });
    const onExitCodes = isObject(rule.onExitCodes) ? rule.onExitCodes : undefined;
    const conditions = asArray(rule.onPodConditions);
    if (onExitCodes) checkExitCodes(onExitCodes, [...rulePath, 'onExitCodes'], containerNames, report);
    if (conditions.length > MAX_POD_CONDITIONS) {
      report({ messageId: 'tooMany', data: { field: 'onPodConditions', count: conditions.length, max: MAX_POD_CONDITIONS }, path: [...rulePath, 'onPodConditions'], target: 'key' });
    }
    conditions.forEach((pattern, j) => {
      if (!isObject(pattern) || typeof pattern.type !== 'string') return;
      const problems = checkQualifiedName(pattern.type);
      if (problems.length > 0) {
        report({ messageId: 'invalidConditionType', data: { type: pattern.type, problems: problems.join('; ') }, path: [...rulePath, 'onPodConditions', j, 'type'] });
      }
    });
    const hasExitCodes = rule.onExitCodes !== undefined && rule.onExitCodes !== null;
    if (hasExitCodes && conditions.length > 0) report({ messageId: 'bothRequirements', data: { index: i }, path: rulePath });
    if (!hasExitCodes && conditions.length === 0) report({ messageId: 'noRequirement', data: { index: i }, path: rulePath });
  });
}

/** validatePodFailurePolicyRuleOnExitCodes. */
function checkExitCodes(onExitCodes: KubeObject, at: Path, containerNames: readonly string[], report: Report): void {
  const name = onExitCodes.containerName;
  // without any container name known, the template itself is broken (the schema's finding)
  if (typeof name === 'string' && containerNames.length > 0 && !containerNames.includes(name)) {
    const suggestion = suggestName(name, containerNames);
    const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : ` (containers: ${containerNames.join(', ')})`;
    report({ messageId: 'unknownContainer', data: { name, hint }, path: [...at, 'containerName'] });
  }
  if (!Array.isArray(onExitCodes.values)) return;
  const values = onExitCodes.values as unknown[];
  const valuesPath = [...at, 'values'];
  if (values.length === 0) report({ messageId: 'noExitCodes', path: valuesPath });
  if (values.length > MAX_EXIT_CODES) report({ messageId: 'tooMany', data: { field: 'onExitCodes.values', count: values.length, max: MAX_EXIT_CODES }, path: valuesPath, target: 'key' });
  const seen = new Set<number>();
  let unordered: { value: number; previous: number } | undefined;
  let previous: number | undefined;
  values.forEach((value, j) => {
    if (typeof value !== 'number') return;
    if (onExitCodes.operator === 'In' && value === 0) report({ messageId: 'exitCodeZero', path: [...valuesPath, j] });
    else if (seen.has(value)) report({ messageId: 'duplicateExitCode', data: { value }, path: [...valuesPath, j] });
    seen.add(value);
    if (previous !== undefined && previous > value && unordered === undefined) unordered = { value, previous };
    previous = value;
  });
  if (unordered) report({ messageId: 'unorderedExitCodes', data: unordered, path: valuesPath });
}

/** validateSuccessPolicy and validateSuccessPolicyRule (succeededIndexes' syntax is not checked). */
function checkSuccessPolicy(policy: KubeObject, at: Path, completions: number | undefined, report: Report): void {
  if (!Array.isArray(policy.rules)) return;
  const rules = policy.rules as unknown[];
  if (rules.length === 0) report({ messageId: 'noSuccessRules', path: [...at, 'rules'] });
  if (rules.length > MAX_SUCCESS_RULES) report({ messageId: 'tooMany', data: { field: 'successPolicy.rules', count: rules.length, max: MAX_SUCCESS_RULES }, path: [...at, 'rules'], target: 'key' });
  rules.forEach((rule, i) => {
    if (!isObject(rule)) return;
    const rulePath = [...at, 'rules', i];
    const hasIndexes = rule.succeededIndexes !== undefined && rule.succeededIndexes !== null;
    const succeededCount = count(rule, 'succeededCount');
    if (!hasIndexes && (rule.succeededCount === undefined || rule.succeededCount === null)) {
      report({ messageId: 'emptySuccessRule', data: { index: i }, path: rulePath });
    }
    if (succeededCount === undefined) return;
    if (!nonNegative(rule, 'succeededCount', rulePath, report) && completions !== undefined && succeededCount > completions) {
      report({ messageId: 'aboveCompletions', data: { field: 'succeededCount', value: succeededCount, completions }, path: [...rulePath, 'succeededCount'] });
    }
  });
}

/** IsDomainPrefixedPath and the 63-character limit of managedBy. */
function managedByProblem(value: string): string | undefined {
  if (value.length > MAX_MANAGED_BY) return `is ${value.length} characters, more than ${MAX_MANAGED_BY}`;
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) return 'must be a domain-prefixed path (such as "acme.io/foo")';
  const host = value.slice(0, slash);
  const hostProblems = checkDns1123Subdomain(host);
  if (hostProblems.length > 0) return `has a domain "${host}" that ${hostProblems.join('; ')}`;
  if (!HTTP_PATH.test(value.slice(slash + 1))) return `has a path "${value.slice(slash + 1)}" with characters other than letters, digits and /-._~%!$&'()*+,;=:`;
  return undefined;
}

/**
 * ValidateJob: the pods of an Indexed Job get the hostname `<name>-<index>`, so the name with the
 * last index must be a DNS-1123 label. A name too long or invalid as such is valid-name's finding.
 */
function checkIndexedHostname(object: KubeObject, spec: KubeObject, report: Report): void {
  const completions = count(spec, 'completions');
  const metadata = isObject(object.metadata) ? object.metadata : undefined;
  const name = metadata?.name;
  if (spec.completionMode !== 'Indexed' || completions === undefined || completions <= 0 || typeof name !== 'string' || name === '') return;
  if (name.length > 63 || checkDns1123Subdomain(name).length > 0) return;
  const hostname = `${name}-${completions - 1}`;
  const problems = checkDns1123Label(hostname);
  if (problems.length > 0) report({ messageId: 'indexedHostname', data: { hostname, problems: problems.join('; ') }, path: ['metadata', 'name'] });
}
