import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'no-host-network',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: "Pods must not use the node's network namespace (hostNetwork).",
    rationale:
      "With hostNetwork: true the pod sees every network interface of the node, can bind any of the node's ports, " +
      'reaches services that listen only on the node (the kubelet, metadata proxies) and escapes NetworkPolicy. ' +
      'Pod Security Standards (baseline) forbid it.',
    fix: 'remove spec.hostNetwork (or set it to false) and expose the pod through a Service',
    messages: {
      hostNetwork: '{{kind}} "{{name}}" uses the node\'s network namespace (hostNetwork: true)',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (template?.spec.hostNetwork !== true) return;
    report({ messageId: 'hostNetwork', data: { kind: resource.kind, name: resource.name }, path: [...template.specPath, 'hostNetwork'] });
  },
});
