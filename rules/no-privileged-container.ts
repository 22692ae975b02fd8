import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts } from '../src/resources/security-context';

export default createRule({
  id: 'no-privileged-container',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers must not run privileged.',
    rationale:
      'A privileged container gets every Linux capability and every host device, and runs without seccomp, ' +
      'AppArmor or SELinux confinement: a process in it is root on the node. Pod Security Standards (baseline) forbid it.',
    fix: 'remove securityContext.privileged, or set it to false and add only the capabilities the container needs',
    messages: {
      privileged: 'container "{{container}}" is privileged: it has full access to the node',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of buildSecurityContexts(template)) {
      if (c.context.privileged === true) {
        report({ messageId: 'privileged', data: { container: c.container.name }, path: c.reportPath('privileged') });
      }
    }
  },
});
