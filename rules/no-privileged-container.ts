import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, asObject, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts } from '../src/resources/security-context';

export default createRule({
  id: 'no-privileged-container',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers must not run privileged.',
    rationale:
      'A privileged container gets every Linux capability and every host device, and runs without seccomp, ' +
      'AppArmor or SELinux confinement: a process in it is root on the node. A Windows HostProcess container is the ' +
      'same on Windows nodes. Pod Security Standards (baseline) forbid both.',
    fix: 'remove securityContext.privileged (or windowsOptions.hostProcess), and add only the capabilities the container needs',
    messages: {
      privileged: 'container "{{container}}" is privileged: it has full access to the node',
      hostProcess: 'container "{{container}}" is a Windows HostProcess container: it runs on the node with full access',
      podHostProcess: '{{kind}} "{{name}}" runs Windows HostProcess containers: they run on the node with full access',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const podHostProcess = asObject(asObject(template.spec.securityContext).windowsOptions).hostProcess === true;
    if (podHostProcess) {
      report({
        messageId: 'podHostProcess',
        data: { kind: resource.kind, name: resource.name },
        path: [...template.specPath, 'securityContext', 'windowsOptions', 'hostProcess'],
      });
    }
    const contexts = buildSecurityContexts(template);
    for (let ci = 0; ci < contexts.length; ci++) {
      const c = contexts[ci]!;
      const data = { container: c.container.name };
      if (c.context.privileged === true) report({ messageId: 'privileged', data, path: c.reportPath('privileged') });
      if (!podHostProcess && asObject(c.context.windowsOptions).hostProcess === true) {
        report({ messageId: 'hostProcess', data, path: c.reportPath('windowsOptions', 'hostProcess') });
      }
    }
  },
});
