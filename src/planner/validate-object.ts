/**
 * The API server's validation of workload specs that the planner must honour: an object it
 * refuses is never created (or keeps its current form), so the plan must not run it. Checked on
 * the defaulted object, as the API server does (k8s `pkg/apis/apps/validation/validation.go`
 * ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment,
 * ValidateDaemonSetUpdateStrategy, ValidatePodTemplateSpecForReplicaSet; batch ValidateJobSpec). Messages are the
 * field errors the API server prints (k8s.io/apimachinery `util/validation/field`).
 */
import { type FieldError, parseFieldError } from '../core/field-error';
import { asObject, isObject } from '../resources/kinds';
import type { KubeObject } from '../resources/resource';
import { compileLabelSelector, matchesSelector, stringMap } from './selectors';

const PERCENT_ERROR = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/**
 * Whether every field error of an object the API server refuses is one lint already reports:
 * `linted` (the refusals lint found in the object) or one of the rules' own checks
 * (valid-workload-selector, valid-rollout-strategy, valid-hpa-replicas, valid-restart-policy,
 * valid-job-spec), so `kubeplan check` need not repeat it.
 */
export function isLintedInvalid(causes: readonly FieldError[], linted: readonly FieldError[] = []): boolean {
  return causes.every(
    (e) =>
      linted.some((l) => l.field === e.field && l.message === e.message) ||
      /^spec\.(strategy|updateStrategy|minReplicas|maxReplicas)(\.|$)/.test(e.field) ||
      /^spec\.(jobTemplate\.spec\.)?(template\.spec\.restartPolicy|parallelism|completions)$/.test(e.field) ||
      (e.field === 'spec.template.metadata.labels' && e.message.endsWith('`selector` does not match template `labels`')),
  );
}

/** The field errors of a defaulted workload, Job, CronJob or autoscaler; empty when the API server accepts it. */
export function validateObject(group: string, kind: string, object: KubeObject): FieldError[] {
  return objectErrors(group, kind, object).map(parseFieldError);
}

/** validateObject's errors as the API server prints them (`spec.replicas: Invalid value: …`). */
function objectErrors(group: string, kind: string, object: KubeObject): string[] {
  if (group === 'autoscaling' && kind === 'HorizontalPodAutoscaler') return validateAutoscaler(asObject(object.spec));
  if (group === 'batch' && kind === 'Job') return validateJob(asObject(object.spec), 'spec');
  if (group === 'batch' && kind === 'CronJob') return validateJob(asObject(asObject(asObject(object.spec).jobTemplate).spec), 'spec.jobTemplate.spec');
  if (group !== 'apps' || !['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(kind)) return [];
  const spec = asObject(object.spec);
  const errors: string[] = [];
  if (kind !== 'DaemonSet') errors.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errors.push(...templateMatchesSelector(spec));
  if (kind === 'Deployment') {
    errors.push(...deploymentStrategy(asObject(spec.strategy)));
    errors.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
    const deadline = spec.progressDeadlineSeconds;
    if (typeof deadline === 'number' && deadline <= (typeof spec.minReadySeconds === 'number' ? spec.minReadySeconds : 0)) {
      errors.push(`spec.progressDeadlineSeconds: Invalid value: ${deadline}: must be greater than minReadySeconds`);
    }
  }
  if (kind === 'DaemonSet') errors.push(...daemonSetStrategy(asObject(spec.updateStrategy)));
  if (kind === 'StatefulSet') errors.push(...statefulSetStrategy(asObject(spec.updateStrategy)));
  return errors;
}

/**
 * validateHorizontalPodAutoscalerSpec (k8s pkg/apis/autoscaling/validation): minReplicas ≥ 1 (0 only
 * behind the alpha HPAScaleToZero gate), maxReplicas ≥ 1 and ≥ minReplicas.
 */
function validateAutoscaler(spec: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const { minReplicas, maxReplicas } = spec;
  if (typeof minReplicas === 'number' && minReplicas < 1) errors.push(`spec.minReplicas: Invalid value: ${minReplicas}: must be greater than or equal to 1`);
  if (typeof maxReplicas === 'number') {
    if (maxReplicas < 1) errors.push(`spec.maxReplicas: Invalid value: ${maxReplicas}: must be greater than 0`);
    if (typeof minReplicas === 'number' && maxReplicas < minReplicas) {
      errors.push(`spec.maxReplicas: Invalid value: ${maxReplicas}: must be greater than or equal to \`minReplicas\``);
    }
  }
  return errors;
}

/** ValidateJobSpec (k8s pkg/apis/batch/validation): counts, Indexed completions, restartPolicy OnFailure or Never. */
function validateJob(spec: Record<string, unknown>, at: string): string[] {
  const errors = [...nonNegative(spec.parallelism, `${at}.parallelism`), ...nonNegative(spec.completions, `${at}.completions`)];
  if (spec.completionMode === 'Indexed' && typeof spec.completions !== 'number') {
    errors.push(`${at}.completions: Required value: when completion mode is Indexed`);
  }
  const restartPolicy = asObject(asObject(spec.template).spec).restartPolicy;
  if (restartPolicy !== 'OnFailure' && restartPolicy !== 'Never') {
    errors.push(`${at}.template.spec.restartPolicy: Unsupported value: "${String(restartPolicy)}": supported values: "OnFailure", "Never"`);
  }
  return errors;
}

/** ValidatePodTemplateSpecForReplicaSet: the selector must select the template's labels; pods restart Always. */
function templateMatchesSelector(spec: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const template = asObject(spec.template);
  const selector = spec.selector;
  if (isObject(selector) && Object.keys(asObject(selector.matchLabels)).length + (Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0) > 0) {
    const labels = stringMap(asObject(template.metadata).labels);
    if (!matchesSelector(compileLabelSelector(selector), labels)) {
      errors.push(`spec.template.metadata.labels: Invalid value: ${goStringMap(asObject(template.metadata).labels)}: \`selector\` does not match template \`labels\``);
    }
  }
  const restartPolicy = asObject(template.spec).restartPolicy;
  if (typeof restartPolicy === 'string' && restartPolicy !== 'Always') {
    errors.push(`spec.template.spec.restartPolicy: Unsupported value: "${restartPolicy}": supported values: "Always"`);
  }
  return errors;
}

/** ValidateDeploymentStrategy and ValidateRollingUpdateDeployment. */
function deploymentStrategy(strategy: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (strategy.type === 'Recreate') {
    if (strategy.rollingUpdate !== undefined && strategy.rollingUpdate !== null) {
      errors.push("spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'");
    }
    return errors;
  }
  if (strategy.type !== 'RollingUpdate' || !isObject(strategy.rollingUpdate)) return errors;
  const at = 'spec.strategy.rollingUpdate';
  const { maxUnavailable, maxSurge } = strategy.rollingUpdate;
  errors.push(...positiveIntOrPercent(maxUnavailable, `${at}.maxUnavailable`));
  errors.push(...positiveIntOrPercent(maxSurge, `${at}.maxSurge`));
  if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
    errors.push(`${at}.maxUnavailable: Invalid value: ${intOrString(maxUnavailable)}: may not be 0 when \`maxSurge\` is 0`);
  }
  errors.push(...notMoreThan100Percent(maxUnavailable, `${at}.maxUnavailable`));
  return errors;
}

/** ValidateRollingUpdateDaemonSet: exactly one of maxSurge and maxUnavailable is non-zero. */
function daemonSetStrategy(strategy: Record<string, unknown>): string[] {
  if (strategy.type !== 'RollingUpdate' || !isObject(strategy.rollingUpdate)) return [];
  const errors: string[] = [];
  const at = 'spec.updateStrategy.rollingUpdate';
  const { maxUnavailable, maxSurge } = strategy.rollingUpdate;
  errors.push(...positiveIntOrPercent(maxUnavailable, `${at}.maxUnavailable`));
  errors.push(...positiveIntOrPercent(maxSurge, `${at}.maxSurge`));
  errors.push(...notMoreThan100Percent(maxUnavailable, `${at}.maxUnavailable`));
  errors.push(...notMoreThan100Percent(maxSurge, `${at}.maxSurge`));
  const hasUnavailable = intOrPercentValue(maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(maxSurge) !== 0;
  if (hasUnavailable && hasSurge) errors.push(`${at}.maxSurge: Invalid value: ${intOrString(maxSurge)}: may not be set when maxUnavailable is non-zero`);
  if (!hasUnavailable && !hasSurge) errors.push(`${at}.maxUnavailable: Required value: cannot be 0 when maxSurge is 0`);
  return errors;
}

/**
 * ValidateStatefulSetUpdateStrategy: rollingUpdate only with RollingUpdate (the bad value prints as
 * Go's %#v of the internal struct), partition ≥ 0. maxUnavailable (kept from 1.35, see defaultObject)
 * is checked by the valid-rollout-strategy rule, whose refusals the plan honours.
 */
function statefulSetStrategy(strategy: Record<string, unknown>): string[] {
  const rolling = strategy.rollingUpdate;
  if (!isObject(rolling)) return [];
  const partition = typeof rolling.partition === 'number' ? rolling.partition : 0;
  if (strategy.type === 'OnDelete') {
    return [
      `spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:${partition}, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'`,
    ];
  }
  return nonNegative(partition, 'spec.updateStrategy.rollingUpdate.partition');
}

function nonNegative(value: unknown, at: string): string[] {
  return typeof value === 'number' && value < 0 ? [`${at}: Invalid value: ${value}: must be greater than or equal to 0`] : [];
}

/** ValidatePositiveIntOrPercent. */
function positiveIntOrPercent(value: unknown, at: string): string[] {
  if (typeof value === 'string') return /^[0-9]+%$/.test(value) ? [] : [`${at}: Invalid value: ${value}: ${PERCENT_ERROR}`];
  return nonNegative(value, at);
}

function notMoreThan100Percent(value: unknown, at: string): string[] {
  const percent = percentValue(value);
  return percent !== null && percent > 100 ? [`${at}: Invalid value: ${value as string}: must not be greater than 100%`] : [];
}

function percentValue(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[0-9]+%$/.test(value)) return null;
  return Number(value.slice(0, -1));
}

/** getIntOrPercentValue: a percent's number, else IntOrString.IntValue() (Atoi of a string, 0 if it fails). */
function intOrPercentValue(value: unknown): number {
  const percent = percentValue(value);
  if (percent !== null) return percent;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^[+-]?[0-9]+$/.test(value)) return Number(value);
  return 0;
}

/** How an IntOrString prints (its String()): the number, or the string as is. */
function intOrString(value: unknown): string {
  return value === undefined || value === null ? '0' : String(value);
}

/** Go's %#v of a map[string]string: keys sorted, `map[string]string{"a":"b", "c":"d"}`; nil when absent. */
function goStringMap(raw: unknown): string {
  if (!isObject(raw)) return 'map[string]string(nil)';
  const entries = Object.entries(raw)
    .map(([k, v]) => [k, String(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `map[string]string{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(', ')}}`;
}
