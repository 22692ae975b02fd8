import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { forEachPort } from '../src/resources/pod-spec';

export default createRule({
  id: 'no-ssh-port',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers should not expose the SSH port (22/TCP).',
    rationale:
      'An SSH server in a container is a second way in that bypasses Kubernetes authentication, RBAC and audit ' +
      'logs, and usually means long-lived credentials baked into the image. kubectl exec, kubectl debug and ' +
      'kubectl port-forward cover what SSH was used for.',
    fix: 'remove the SSH server and its port; use kubectl exec or kubectl debug to get a shell',
    messages: {
      sshPort: 'container "{{container}}" exposes SSH port 22',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    forEachPort(template, (container, port) => {
      if (port.containerPort === 22 && port.protocol === 'TCP') {
        report({ messageId: 'sshPort', data: { container: container.name }, path: [...port.path, 'containerPort'] });
      }
    });
  },
});
