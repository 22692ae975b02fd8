import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts, isWindowsPod } from '../src/resources/security-context';

export default createRule({
  id: 'require-read-only-root-fs',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers should run with a read-only root filesystem.',
    rationale:
      'A writable root filesystem lets an attacker who gets code execution drop tools, alter binaries or ' +
      'configuration and persist until the container restarts. With readOnlyRootFilesystem: true, writes go only ' +
      'to the volumes the pod declares.',
    fix: 'set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the program must write (/tmp, caches)',
    messages: {
      writable: 'container "{{container}}" sets readOnlyRootFilesystem: false',
      notSet: 'container "{{container}}" does not set readOnlyRootFilesystem: true',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || isWindowsPod(template)) return; // not supported on Windows
    const contexts = buildSecurityContexts(template);
    for (let ci = 0; ci < contexts.length; ci++) {
      const c = contexts[ci]!;
      const value = c.context.readOnlyRootFilesystem;
      if (value === true) continue;
      report({
        messageId: value === false ? 'writable' : 'notSet',
        data: { container: c.container.name },
        path: c.reportPath('readOnlyRootFilesystem'),
      });
    }
  },
});
