import { createRule } from '../src/engine/rule';
import { containerDefaultsIn } from '../src/index/limit-ranges';
import { hasResourceValue, missingResourceAnchor } from '../src/resources/container-resources';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';

export default createRule({
  id: 'require-cpu-limit',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'Every container must have a CPU limit (directly or through a LimitRange default); off by default.',
    rationale:
      'Without a CPU limit a busy container can use every idle core of its node. Many teams prefer that (a limit ' +
      'throttles even when the node is idle, which hurts latency), so this rule is opt-in: enable it where ' +
      'predictable CPU use, or the Guaranteed QoS class, matters more than burst capacity.',
    fix: 'set resources.limits.cpu',
    messages: {
      missing: 'container "{{container}}" has no CPU limit',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? undefined : containerDefaultsIn(index, resource.namespace);
    if (defaults?.limit('cpu')) return;
    const containers = containersOf(template);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      if (hasResourceValue(c, 'limits', 'cpu')) continue;
      report({ messageId: 'missing', data: { container: c.name }, ...missingResourceAnchor(c, 'limits') });
    }
  },
});
