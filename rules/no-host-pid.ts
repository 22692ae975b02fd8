import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'no-host-pid',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: "Pods must not share the node's process ID namespace (hostPID).",
    rationale:
      'With hostPID: true the containers see every process of the node, can read their environment and command ' +
      'lines through /proc and, as root, signal or trace them. Pod Security Standards (baseline) forbid it.',
    fix: "remove spec.hostPID (or set it to false); use shareProcessNamespace to share processes between the pod's own containers",
    messages: {
      hostPid: '{{kind}} "{{name}}" shares the node\'s process namespace (hostPID: true)',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (template?.spec.hostPID !== true) return;
    report({ messageId: 'hostPid', data: { kind: resource.kind, name: resource.name }, path: [...template.specPath, 'hostPID'] });
  },
});
