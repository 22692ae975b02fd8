import {
  INT_OR_PERCENT_MESSAGES,
  type IntOrPercent,
  formatIntOrPercent,
  intOrPercentProblem,
  parseIntOrPercent,
  rawIntOrPercentValue,
} from '../src/core/int-or-percent';
import { STATEFULSET_MAX_UNAVAILABLE_SINCE } from '../src/core/kubernetes-version';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { isObject } from '../src/resources/kinds';
import type { KubeObject } from '../src/resources/resource';

type Report = (messageId: MessageId, path: Path, data?: Record<string, string | number>, extra?: { severity?: 'warning'; target?: 'key'; fix?: string }) => void;
type MessageId =
  | 'badValue'
  | 'stringCount'
  | 'negative'
  | 'over100'
  | 'bothZero'
  | 'surgeWithUnavailable'
  | 'zeroUnavailable'
  | 'rollingUpdateWithRecreate'
  | 'rollingUpdateWithOnDelete'
  | 'ignoredRollingUpdate'
  | 'negativePartition'
  | 'maxUnavailableDropped';

export default createRule({
  id: 'valid-rollout-strategy',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Rollout strategies must be ones the API server accepts: valid maxSurge/maxUnavailable, no settings for another strategy type.',
    rationale:
      'The API server rejects a Deployment whose maxSurge and maxUnavailable are both 0 (the rollout could never ' +
      'replace a pod), a maxUnavailable above 100%, percentages that are not a whole number followed by "%", ' +
      'and rollingUpdate settings on a Recreate Deployment or an OnDelete StatefulSet. A DaemonSet may surge ' +
      'or take pods down, not both: maxSurge needs maxUnavailable: 0, whose default is 1. Before 1.35 a ' +
      "StatefulSet's maxUnavailable is silently dropped, and its pods are updated one at a time.",
    fix: 'use non-negative integers or whole percentages ("25%"), and keep at least one of maxSurge and maxUnavailable above 0',
    messages: {
      ...INT_OR_PERCENT_MESSAGES,
      bothZero: 'maxUnavailable and maxSurge are both 0{{defaulted}}: the rollout could never replace a pod',
      surgeWithUnavailable:
        'maxSurge {{surge}} may not be set while maxUnavailable is {{unavailable}}{{defaulted}}: a DaemonSet either surges or takes pods down; set maxUnavailable: 0',
      zeroUnavailable: 'maxUnavailable may not be 0 for a StatefulSet: leave it out to update one pod at a time',
      rollingUpdateWithRecreate: 'spec.strategy.rollingUpdate may not be set when the strategy type is Recreate',
      rollingUpdateWithOnDelete: 'spec.updateStrategy.rollingUpdate is only allowed when the update strategy type is RollingUpdate',
      ignoredRollingUpdate: 'spec.updateStrategy.rollingUpdate has no effect with the OnDelete update strategy',
      negativePartition: 'partition {{value}} must not be negative',
      maxUnavailableDropped:
        'maxUnavailable has no effect on Kubernetes {{version}}: the API server drops it before 1.35 (the MaxUnavailableStatefulSet feature is alpha, off by default), so pods are updated one at a time',
    },
    refusals: [
      'badValue', 'stringCount', 'negative', 'over100', 'bothZero', 'surgeWithUnavailable', 'zeroUnavailable',
      'rollingUpdateWithRecreate', 'rollingUpdateWithOnDelete', 'negativePartition',
    ],
    defaultOptions: {},
    kinds: ['Deployment', 'DaemonSet', 'StatefulSet'],
  },
  check({ resource, kubernetesVersion, kubernetesMinor, report: emit }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : undefined;
    if (!spec) return;
    const report: Report = (messageId, path, data = {}, extra = {}) => emit({ messageId, path, data, ...extra });
    switch (resource.kind) {
      case 'Deployment':
        return checkDeployment(spec, report);
      case 'DaemonSet':
        return checkDaemonSet(spec, report);
      case 'StatefulSet':
        return checkStatefulSet(spec, kubernetesVersion, kubernetesMinor, report);
    }
  },
});

/** Validates one int-or-percent field; returns the parsed value when it is valid. */
function checkField(owner: KubeObject, field: string, at: Path, report: Report, allowOver100: boolean): IntOrPercent | undefined {
  const value = parseIntOrPercent(owner[field]);
  if (value === undefined) return undefined;
  const invalid = intOrPercentProblem(value, allowOver100);
  if (!invalid) return value;
  report(invalid.problem, [...at, field], { field, value: invalid.text });
  return undefined;
}

function checkDeployment(spec: KubeObject, report: Report): void {
  const strategy = isObject(spec.strategy) ? spec.strategy : {};
  const type = strategy.type ?? 'RollingUpdate';
  const rolling = strategy.rollingUpdate;
  if (type === 'Recreate') {
    if (rolling !== undefined && rolling !== null) report('rollingUpdateWithRecreate', ['spec', 'strategy', 'rollingUpdate'], {}, { target: 'key', fix: 'remove spec.strategy.rollingUpdate, or use type: RollingUpdate' });
    return;
  }
  if (type !== 'RollingUpdate' || !isObject(rolling)) return;
  const at: Path = ['spec', 'strategy', 'rollingUpdate'];
  const unavailable = checkField(rolling, 'maxUnavailable', at, report, false);
  const surge = checkField(rolling, 'maxSurge', at, report, true);
  // Defaults (25%) fill only missing fields; a field that failed validation is not "both zero".
  const unavailableZero = rolling.maxUnavailable !== undefined && unavailable !== undefined && rawIntOrPercentValue(unavailable) === 0;
  const surgeZero = rolling.maxSurge !== undefined && surge !== undefined && rawIntOrPercentValue(surge) === 0;
  if (unavailableZero && surgeZero) report('bothZero', [...at, 'maxUnavailable'], { defaulted: '' });
}

function checkDaemonSet(spec: KubeObject, report: Report): void {
  const strategy = isObject(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = strategy.type ?? 'RollingUpdate';
  const rolling = strategy.rollingUpdate;
  if (type === 'OnDelete') {
    if (rolling !== undefined && rolling !== null) {
      report('ignoredRollingUpdate', ['spec', 'updateStrategy', 'rollingUpdate'], {}, { severity: 'warning', target: 'key', fix: 'remove spec.updateStrategy.rollingUpdate' });
    }
    return;
  }
  if (type !== 'RollingUpdate' || !isObject(rolling)) return;
  const at: Path = ['spec', 'updateStrategy', 'rollingUpdate'];
  const unavailable = checkField(rolling, 'maxUnavailable', at, report, false);
  const surge = checkField(rolling, 'maxSurge', at, report, false);
  if ((rolling.maxUnavailable != null && !unavailable) || (rolling.maxSurge != null && !surge)) return;
  // Defaults: maxUnavailable 1, maxSurge 0. Exactly one of them must be non-zero.
  const unavailableValue = unavailable ? rawIntOrPercentValue(unavailable) : 1;
  const surgeValue = surge ? rawIntOrPercentValue(surge) : 0;
  const defaulted = unavailable ? '' : ' (the default)';
  if (unavailableValue !== 0 && surgeValue !== 0) {
    report('surgeWithUnavailable', [...at, 'maxSurge'], {
      surge: formatIntOrPercent(surge!),
      unavailable: unavailable ? formatIntOrPercent(unavailable) : '1',
      defaulted,
    });
  } else if (unavailableValue === 0 && surgeValue === 0) {
    report('bothZero', [...at, 'maxUnavailable'], { defaulted: surge ? '' : ' (maxSurge defaults to 0)' });
  }
}

function checkStatefulSet(spec: KubeObject, kubernetesVersion: string, minor: number, report: Report): void {
  const strategy = isObject(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = strategy.type ?? 'RollingUpdate';
  const rolling = strategy.rollingUpdate;
  if (type === 'OnDelete') {
    if (rolling !== undefined && rolling !== null) report('rollingUpdateWithOnDelete', ['spec', 'updateStrategy', 'rollingUpdate'], {}, { target: 'key', fix: 'remove spec.updateStrategy.rollingUpdate, or use type: RollingUpdate' });
    return;
  }
  if (type !== 'RollingUpdate' || !isObject(rolling)) return;
  const at: Path = ['spec', 'updateStrategy', 'rollingUpdate'];
  if (typeof rolling.partition === 'number' && rolling.partition < 0) report('negativePartition', [...at, 'partition'], { value: rolling.partition });
  if (rolling.maxUnavailable === undefined || rolling.maxUnavailable === null) return;
  if (minor < STATEFULSET_MAX_UNAVAILABLE_SINCE) {
    const fix = 'remove maxUnavailable, or plan for Kubernetes 1.35 or later (--kubernetes-version)';
    report('maxUnavailableDropped', [...at, 'maxUnavailable'], { version: kubernetesVersion }, { severity: 'warning', target: 'key', fix });
    return;
  }
  const unavailable = checkField(rolling, 'maxUnavailable', at, report, false);
  if (unavailable && rawIntOrPercentValue(unavailable) === 0) report('zeroUnavailable', [...at, 'maxUnavailable']);
}
