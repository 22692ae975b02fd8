import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { forEachPort } from '../src/resources/pod-spec';

export default createRule({
  id: 'no-privileged-ports',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers should not listen on privileged ports (below 1024).',
    rationale:
      'Binding a port below 1024 traditionally needs root or the NET_BIND_SERVICE capability, so an image that ' +
      'listens on 80 or 443 tends to run with more privileges than it needs. Listening on a high port and mapping ' +
      'it in the Service (port: 80, targetPort: 8080) needs none.',
    fix: 'make the program listen on a port of 1024 or above and keep the low port on the Service (port: 80, targetPort: 8080)',
    messages: {
      privilegedPort: 'container "{{container}}" listens on privileged port {{port}} (below 1024)',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    forEachPort(template, (container, port) => {
      if (port.containerPort !== undefined && port.containerPort > 0 && port.containerPort < 1024) {
        report({
          messageId: 'privilegedPort',
          data: { container: container.name, port: port.containerPort },
          path: [...port.path, 'containerPort'],
        });
      }
    });
  },
});
