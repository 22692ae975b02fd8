import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'require-priority-class',
  meta: {
    category: 'best-practice',
    severity: 'warning',
    summary: 'Pods should name a PriorityClass; off by default.',
    rationale:
      'A pod without priorityClassName gets the cluster\'s global default priority, usually 0: under resource ' +
      'pressure it is among the first preempted, and it cannot preempt anything. Naming a class makes the ' +
      'importance of a workload explicit. A PriorityClass with globalDefault: true in the input satisfies the rule.',
    fix: 'set spec.priorityClassName to one of the cluster PriorityClasses',
    messages: {
      missing: 'the pods of this {{kind}} have no priorityClassName: they get the default priority and are preempted first',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS.filter((k) => k !== 'PodTemplate'),
    optIn: true,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const name = template.spec.priorityClassName;
    if (typeof name === 'string' && name !== '') return;
    if (index.byKind('PriorityClass').some((pc) => pc.object.globalDefault === true)) return;
    report({ messageId: 'missing', data: { kind: resource.kind }, path: template.specPath, target: 'key' });
  },
});
