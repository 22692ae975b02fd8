import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'no-host-ipc',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: "Pods must not share the node's IPC namespace (hostIPC).",
    rationale:
      'With hostIPC: true the containers can read and write the shared memory segments and message queues of ' +
      'every process of the node. Pod Security Standards (baseline) forbid it.',
    fix: 'remove spec.hostIPC (or set it to false)',
    messages: {
      hostIpc: '{{kind}} "{{name}}" shares the node\'s IPC namespace (hostIPC: true)',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (template?.spec.hostIPC !== true) return;
    report({ messageId: 'hostIpc', data: { kind: resource.kind, name: resource.name }, path: [...template.specPath, 'hostIPC'] });
  },
});
