import { formatIntOrPercent, parseIntOrPercent, scaleIntOrPercent } from '../src/core/int-or-percent';
import { createRule } from '../src/engine/rule';
import { replicaRange } from '../src/index/autoscalers';
import { parseLabelSelector } from '../src/index/label-selector';
import { isObject } from '../src/resources/kinds';
import type { Resource } from '../src/resources/resource';
import { declaredReplicas } from '../src/resources/workload';

export default createRule({
  id: 'pdb-allows-eviction',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'A PodDisruptionBudget must leave at least one selected pod evictable.',
    rationale:
      'A budget with maxUnavailable 0, minAvailable 100%, or a minAvailable at or above the number of pods it ' +
      'selects never allows a voluntary eviction: `kubectl drain`, cluster upgrades and the autoscaler wait on ' +
      'it forever. The pod count comes from the replicas of the workloads the selector matches in the input (an ' +
      'autoscaler\'s minReplicas when one manages them); percentages round up, as the disruption controller does.',
    fix: 'allow at least one disruption: minAvailable below the replica count, or maxUnavailable of at least 1',
    messages: {
      zeroMaxUnavailable: 'maxUnavailable {{value}} blocks every voluntary eviction: node drains wait forever',
      fullMinAvailable: 'minAvailable 100% blocks every voluntary eviction: node drains wait forever',
      minAvailableTooHigh:
        'minAvailable {{value}} requires all {{count}} pod(s) it selects ({{owners}}) to stay up: no pod can ever be evicted, so node drains wait forever',
    },
    defaultOptions: {},
    kinds: ['PodDisruptionBudget'],
  },
  check({ resource, index, report }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : undefined;
    if (!spec) return;
    const maxUnavailable = parseIntOrPercent(spec.maxUnavailable);
    if (maxUnavailable && maxUnavailable.kind !== 'invalid' && maxUnavailable.value === 0) {
      report({ messageId: 'zeroMaxUnavailable', data: { value: formatIntOrPercent(maxUnavailable) }, path: ['spec', 'maxUnavailable'] });
      return;
    }
    const minAvailable = parseIntOrPercent(spec.minAvailable);
    if (!minAvailable || minAvailable.kind === 'invalid' || resource.namespace === null) return;
    if (minAvailable.kind === 'percent' && minAvailable.value >= 100) {
      report({ messageId: 'fullMinAvailable', path: ['spec', 'minAvailable'] });
      return;
    }
    if (minAvailable.value <= 0) return;
    const selector = parseLabelSelector(spec.selector);
    if (!selector) return;
    const owners: { resource: Resource; pods: number; autoscaled: boolean }[] = [];
    for (const entry of index.podTemplatesMatching(resource.namespace, selector)) {
      if (entry.resource.kind === 'PodTemplate') continue;
      const range = replicaRange(index, entry.resource);
      if (!range) return; // a DaemonSet, Job, …: the pod count depends on the cluster
      owners.push({ resource: entry.resource, pods: range.min, autoscaled: range.autoscalers.length > 0 });
    }
    const count = owners.reduce((sum, o) => sum + o.pods, 0);
    if (count === 0) return;
    const required = scaleIntOrPercent(minAvailable, count, true);
    if (required < count) return;
    owners.sort((a, b) => (a.resource.key < b.resource.key ? -1 : a.resource.key > b.resource.key ? 1 : 0));
    const described = owners.slice(0, 3).map((o) => `${o.resource.kind} ${o.resource.name}: ${o.pods}${o.autoscaled ? ' at its autoscaler minimum' : ''}`);
    if (owners.length > 3) described.push(`${owners.length - 3} more`);
    report({
      messageId: 'minAvailableTooHigh',
      data: { value: formatIntOrPercent(minAvailable), count, owners: described.join(', ') },
      path: ['spec', 'minAvailable'],
      related: owners.slice(0, 5).map((o) => ({
        resource: o.resource,
        path: declaredReplicas(o.resource) !== undefined ? ['spec', 'replicas'] : ['metadata', 'name'],
        message: `${o.resource.kind} ${o.resource.name} runs ${o.pods} pod(s)`,
      })),
    });
  },
});
