import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts, isWindowsPod } from '../src/resources/security-context';

export default createRule({
  id: 'no-privilege-escalation',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers must set allowPrivilegeEscalation: false.',
    rationale:
      'Unless allowPrivilegeEscalation is false, the container runs without the no_new_privs flag: a setuid binary ' +
      'or file capability lets a process gain more privileges than its parent had. A privileged container or one ' +
      'with CAP_SYS_ADMIN can always escalate. Pod Security Standards (restricted) require allowPrivilegeEscalation: false.',
    fix: 'set securityContext.allowPrivilegeEscalation: false on the container',
    messages: {
      allowed: 'container "{{container}}" sets allowPrivilegeEscalation: true',
      privileged: 'container "{{container}}" is privileged, which always allows privilege escalation',
      sysAdmin: 'container "{{container}}" adds SYS_ADMIN, which allows privilege escalation',
      notDisabled: 'container "{{container}}" does not set allowPrivilegeEscalation: false',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowUnset: {
          type: 'boolean',
          description: 'Report only explicit escalation (true, privileged, SYS_ADMIN), not a missing setting (as kube-linter does).',
        },
      },
    },
    defaultOptions: { allowUnset: false },
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template || isWindowsPod(template)) return; // the field does not exist on Windows
    const contexts = buildSecurityContexts(template);
    for (let ci = 0; ci < contexts.length; ci++) {
      const c = contexts[ci]!;
      const data = { container: c.container.name };
      const allow = c.context.allowPrivilegeEscalation;
      const sysAdmin = c.capabilitiesAdded.find((cap) => cap.name === 'SYS_ADMIN');
      if (allow === true) report({ messageId: 'allowed', data, path: c.reportPath('allowPrivilegeEscalation') });
      else if (c.context.privileged === true) {
        report({ messageId: 'privileged', data, path: c.reportPath('privileged'), fix: 'remove privileged: true, then set allowPrivilegeEscalation: false' });
      } else if (sysAdmin) {
        report({ messageId: 'sysAdmin', data, path: sysAdmin.path, fix: 'remove SYS_ADMIN from capabilities.add, then set allowPrivilegeEscalation: false' });
      }
      else if (allow !== false && !options.allowUnset) {
        report({ messageId: 'notDisabled', data, path: c.reportPath('allowPrivilegeEscalation') });
      }
    }
  },
});
