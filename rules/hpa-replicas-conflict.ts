import { createRule } from '../src/engine/rule';
import { autoscalersOf } from '../src/index/autoscalers';
import { formatRef } from '../src/resources/resource';
import { declaredReplicas } from '../src/resources/workload';

export default createRule({
  id: 'hpa-replicas-conflict',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'A workload managed by a HorizontalPodAutoscaler should not set spec.replicas.',
    rationale:
      'The autoscaler owns the replica count. Every `kubectl apply` of a manifest that sets spec.replicas resets ' +
      'the count to that number until the autoscaler acts again: a Deployment scaled out to 12 under load drops ' +
      'to 3 on the next deploy. Leave replicas out and let the autoscaler\'s minReplicas set the floor.',
    fix: 'remove spec.replicas (set the floor with the autoscaler minReplicas)',
    messages: {
      replicasSet: 'spec.replicas is set while {{hpa}} manages the replica count: every apply resets it to {{replicas}} until the autoscaler acts',
    },
    defaultOptions: {},
    kinds: ['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet'],
  },
  check({ resource, index, report }) {
    const replicas = declaredReplicas(resource);
    if (replicas === undefined) return;
    const autoscalers = autoscalersOf(index, resource);
    if (autoscalers.length === 0) return;
    const first = autoscalers[0]!;
    report({
      messageId: 'replicasSet',
      data: { hpa: `HorizontalPodAutoscaler ${first.name}`, replicas },
      path: ['spec', 'replicas'],
      related: autoscalers.map((hpa) => ({ resource: hpa, path: ['spec', 'scaleTargetRef', 'name'], message: `${formatRef(hpa.ref)} targets this ${resource.kind}` })),
    });
  },
});
