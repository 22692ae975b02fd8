import { formatPath } from '../src/core/path';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts, formatContainerNames, isWindowsPod } from '../src/resources/security-context';

type MessageId = 'root' | 'podRoot' | 'nonRootFalse' | 'podNonRootFalse' | 'missing';

export default createRule({
  id: 'require-run-as-non-root',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers must not run as root: set runAsNonRoot: true or a runAsUser above 0.',
    rationale:
      'A process that is root inside the container is root on the node as soon as it escapes the container ' +
      '(a kernel or runtime bug, a hostPath mount, a capability). runAsNonRoot: true makes the kubelet refuse to ' +
      'start an image whose user is root; runAsUser picks the user. Pod Security Standards (restricted) require it.',
    fix: 'set securityContext.runAsNonRoot: true (on the pod for every container) and, if the image runs as root, a runAsUser above 0',
    messages: {
      root: 'container "{{container}}" runs as root (runAsUser: 0)',
      podRoot: 'runAsUser: 0 in the pod securityContext makes {{containers}} run as root',
      nonRootFalse: 'container "{{container}}" sets runAsNonRoot: false and no runAsUser above 0: it may run as root',
      podNonRootFalse: 'runAsNonRoot: false in the pod securityContext lets {{containers}} run as root',
      missing:
        'container "{{container}}" may run as root: neither runAsNonRoot: true nor a runAsUser above 0 is set on the container or the pod',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const windows = isWindowsPod(template);
    // Problems inherited from the pod securityContext: one finding per pod field, naming the containers.
    const inherited = new Map<string, { messageId: MessageId; path: Path; names: string[] }>();
    const contexts = buildSecurityContexts(template);
    for (let ci = 0; ci < contexts.length; ci++) {
      const c = contexts[ci]!;
      const name = c.container.name;
      const user = c.runAsUser;
      const nonRoot = c.runAsNonRoot;
      let problem: { messageId: MessageId; podMessageId: MessageId; path: Path; pod: boolean } | undefined;
      if (user?.value === 0) {
        problem = { messageId: 'root', podMessageId: 'podRoot', path: user.path, pod: user.level === 'pod' };
      } else if ((user && user.value > 0) || nonRoot?.value === true) {
        continue;
      } else if (windows && c.windowsRunAsUserName && c.windowsRunAsUserName.value !== 'ContainerAdministrator') {
        continue; // Windows has no runAsUser; a named non-administrator account is the equivalent
      } else if (nonRoot?.value === false) {
        problem = { messageId: 'nonRootFalse', podMessageId: 'podNonRootFalse', path: nonRoot.path, pod: nonRoot.level === 'pod' };
      } else {
        report({ messageId: 'missing', data: { container: name }, path: c.reportPath('runAsNonRoot') });
        continue;
      }
      if (!problem.pod) {
        report({ messageId: problem.messageId, data: { container: name }, path: problem.path });
        continue;
      }
      const key = formatPath(problem.path);
      const group = inherited.get(key);
      if (group) group.names.push(name);
      else inherited.set(key, { messageId: problem.podMessageId, path: problem.path, names: [name] });
    }
    for (const { messageId, path, names } of inherited.values()) {
      report({ messageId, data: { containers: formatContainerNames(names) }, path });
    }
  },
});
