import { createRule } from '../src/engine/rule';
import { isObject } from '../src/resources/kinds';

export default createRule({
  id: 'require-rolling-update',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'Workloads should update with the RollingUpdate strategy, not Recreate or OnDelete; off by default.',
    rationale:
      'Recreate stops every pod of a Deployment before starting the new ones: each rollout is an outage. ' +
      'OnDelete DaemonSets and StatefulSets never update their pods until someone deletes them, so a new image ' +
      'in the manifest silently does nothing. Both are sometimes what you want (a singleton that must not run ' +
      'twice, a manual database upgrade), so this rule is opt-in.',
    fix: 'use the RollingUpdate strategy (the default), or suppress the rule on workloads that must not run two versions at once',
    messages: {
      recreate: 'this Deployment uses the Recreate strategy: every pod stops before the new ones start',
      onDelete: 'this {{kind}} uses the OnDelete update strategy: pods keep the old template until someone deletes them',
    },
    defaultOptions: {},
    kinds: ['Deployment', 'DaemonSet', 'StatefulSet'],
    optIn: true,
  },
  check({ resource, report }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : {};
    if (resource.kind === 'Deployment') {
      if (isObject(spec.strategy) && spec.strategy.type === 'Recreate') report({ messageId: 'recreate', path: ['spec', 'strategy', 'type'] });
      return;
    }
    if (isObject(spec.updateStrategy) && spec.updateStrategy.type === 'OnDelete') {
      report({ messageId: 'onDelete', data: { kind: resource.kind }, path: ['spec', 'updateStrategy', 'type'] });
    }
  },
});
