import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts } from '../src/resources/security-context';

export default createRule({
  id: 'no-unmasked-proc-mount',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers must not use an unmasked /proc (procMount: Unmasked).',
    rationale:
      'The container runtime masks and makes read-only the parts of /proc that expose or change the host kernel ' +
      '(/proc/kcore, /proc/sysrq-trigger, /proc/sys). procMount: Unmasked removes that protection. Pod Security ' +
      'Standards (baseline) allow only Default.',
    fix: 'remove securityContext.procMount or set it to Default',
    messages: {
      unmasked: 'container "{{container}}" uses an unmasked /proc (procMount: Unmasked)',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const contexts = buildSecurityContexts(template);
    for (let ci = 0; ci < contexts.length; ci++) {
      const c = contexts[ci]!;
      if (c.context.procMount === 'Unmasked') {
        report({ messageId: 'unmasked', data: { container: c.container.name }, path: c.reportPath('procMount') });
      }
    }
  },
});
