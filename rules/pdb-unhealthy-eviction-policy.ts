import { createRule } from '../src/engine/rule';
import { isObject } from '../src/resources/kinds';

export default createRule({
  id: 'pdb-unhealthy-eviction-policy',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'A PodDisruptionBudget should set unhealthyPodEvictionPolicy (AlwaysAllow lets unready pods be evicted).',
    rationale:
      'By default (IfHealthyBudget) a pod that is running but not ready can only be evicted while the budget ' +
      'has room. When the application is already degraded, the budget is exhausted and the crashing pods ' +
      'themselves block `kubectl drain` and node upgrades. AlwaysAllow lets them be evicted: they serve nothing ' +
      'anyway. The field is beta (on by default) since Kubernetes 1.27 and GA in 1.31.',
    fix: 'set spec.unhealthyPodEvictionPolicy: AlwaysAllow',
    messages: {
      missing:
        'unhealthyPodEvictionPolicy is not set, so it is IfHealthyBudget: running but unready pods block node drains while the budget is exhausted',
      notAlwaysAllow: 'unhealthyPodEvictionPolicy IfHealthyBudget lets running but unready pods block node drains while the budget is exhausted',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { requireAlwaysAllow: { type: 'boolean' } },
    },
    defaultOptions: { requireAlwaysAllow: false },
    kinds: ['PodDisruptionBudget'],
  },
  check({ resource, kubernetesMinor, options, report }) {
    if (kubernetesMinor < 27) return;
    const spec = isObject(resource.object.spec) ? resource.object.spec : undefined;
    if (!spec) return;
    const policy = spec.unhealthyPodEvictionPolicy;
    if (policy === undefined || policy === null) {
      report({ messageId: 'missing', path: ['spec'], target: 'key' });
    } else if (options.requireAlwaysAllow && policy === 'IfHealthyBudget') {
      report({ messageId: 'notAlwaysAllow', path: ['spec', 'unhealthyPodEvictionPolicy'] });
    }
  },
});
