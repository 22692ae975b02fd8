import { formatPath } from '../src/core/path';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts, formatContainerNames, isWindowsPod } from '../src/resources/security-context';

const CONFINED = new Set(['RuntimeDefault', 'Localhost']);

export default createRule({
  id: 'require-seccomp-profile',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers should run with a seccomp profile (RuntimeDefault or Localhost).',
    rationale:
      'Without a seccomp profile a container may call every system call of the kernel, including the rarely used ' +
      'ones where most kernel exploits live. The runtime default profile blocks them and breaks almost nothing. ' +
      'Pod Security Standards (restricted) require RuntimeDefault or Localhost.',
    fix: 'set securityContext.seccompProfile.type: RuntimeDefault on the pod (it covers every container)',
    messages: {
      missing: 'container "{{container}}" has no seccomp profile (set seccompProfile.type: RuntimeDefault on the pod or the container)',
      unconfined: 'container "{{container}}" runs with seccomp profile Unconfined',
      podUnconfined: 'seccompProfile Unconfined in the pod securityContext leaves {{containers}} without seccomp',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || isWindowsPod(template)) return; // seccomp does not exist on Windows
    const inherited = new Map<string, { path: Path; names: string[] }>();
    const contexts = buildSecurityContexts(template);
    for (let ci = 0; ci < contexts.length; ci++) {
      const c = contexts[ci]!;
      const type = c.seccompProfileType;
      if (type && CONFINED.has(type.value)) continue;
      const name = c.container.name;
      if (!type) {
        report({ messageId: 'missing', data: { container: name }, path: c.reportPath('seccompProfile') });
      } else if (type.level === 'container') {
        report({ messageId: 'unconfined', data: { container: name }, path: type.path });
      } else {
        const key = formatPath(type.path);
        const group = inherited.get(key);
        if (group) group.names.push(name);
        else inherited.set(key, { path: type.path, names: [name] });
      }
    }
    for (const { path, names } of inherited.values()) {
      report({ messageId: 'podUnconfined', data: { containers: formatContainerNames(names) }, path });
    }
  },
});
