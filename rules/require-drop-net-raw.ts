import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts, isWindowsPod } from '../src/resources/security-context';

export default createRule({
  id: 'require-drop-net-raw',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers should drop the NET_RAW capability (or ALL).',
    rationale:
      'Container runtimes grant NET_RAW by default. It lets a process open raw sockets and forge packets: ARP and ' +
      'DNS spoofing against other pods on the node, and a frequent ingredient of container escapes. Almost no ' +
      'application needs it.',
    fix: 'add NET_RAW (or better ALL) to securityContext.capabilities.drop, and add back only what the container needs',
    messages: {
      notDropped: 'container "{{container}}" does not drop NET_RAW (capabilities.drop has neither NET_RAW nor ALL)',
      addsNetRaw: 'container "{{container}}" adds NET_RAW',
      addsAll: 'container "{{container}}" adds ALL capabilities, NET_RAW among them',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || isWindowsPod(template)) return; // no Linux capabilities on Windows
    const contexts = buildSecurityContexts(template);
    for (let ci = 0; ci < contexts.length; ci++) {
      const c = contexts[ci]!;
      const data = { container: c.container.name };
      const added = c.capabilitiesAdded.find((cap) => cap.name === 'NET_RAW' || cap.name === 'ALL');
      if (added) {
        report({ messageId: added.name === 'ALL' ? 'addsAll' : 'addsNetRaw', data, path: added.path });
      } else if (!c.capabilitiesDropped.some((cap) => cap.name === 'NET_RAW' || cap.name === 'ALL')) {
        report({ messageId: 'notDropped', data, path: c.reportPath('capabilities', 'drop') });
      }
    }
  },
});
