import { createRule } from '../src/engine/rule';
import { containerDefaultsIn } from '../src/index/limit-ranges';
import { hasResourceValue, missingResourceAnchor } from '../src/resources/container-resources';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';

export default createRule({
  id: 'require-memory-limit',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'Every container must have a memory limit (directly or through a LimitRange default).',
    rationale:
      'Memory cannot be throttled: a container without a limit grows until the node runs out, and then the ' +
      'kernel or the kubelet kills whatever it picks, often other pods. A limit confines a leak to the leaking ' +
      'container (it is OOM-killed and restarted).',
    fix: 'set resources.limits.memory (commonly equal to the memory request)',
    messages: {
      missing: 'container "{{container}}" has no memory limit',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? undefined : containerDefaultsIn(index, resource.namespace);
    if (defaults?.limit('memory')) return;
    const containers = containersOf(template);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      if (hasResourceValue(c, 'limits', 'memory')) continue;
      report({ messageId: 'missing', data: { container: c.name }, ...missingResourceAnchor(c, 'limits') });
    }
  },
});
