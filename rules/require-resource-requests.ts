import { createRule } from '../src/engine/rule';
import { containerDefaultsIn } from '../src/index/limit-ranges';
import { hasResourceValue, missingResourceAnchor, resourceLabel } from '../src/resources/container-resources';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';

export default createRule({
  id: 'require-resource-requests',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'Every container must request CPU and memory (directly, through a limit, or through a LimitRange default).',
    rationale:
      'The scheduler places pods by their requests. A container without requests is scheduled as if it needed ' +
      'nothing, so nodes get overcommitted, and its pod lands in the BestEffort or Burstable QoS class: first to ' +
      'be evicted under memory pressure.',
    fix: 'set resources.requests.cpu and resources.requests.memory to what the container needs at steady load',
    messages: {
      missing: 'container "{{container}}" has no {{what}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        resources: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      },
    },
    defaultOptions: { resources: ['cpu', 'memory'] as string[] },
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, index, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? undefined : containerDefaultsIn(index, resource.namespace);
    const containers = containersOf(template);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      // A limit without a request sets the request to the limit (API defaulting).
      const missing = options.resources.filter(
        (r) => !hasResourceValue(c, 'requests', r) && !hasResourceValue(c, 'limits', r) && !defaults?.request(r),
      );
      if (missing.length === 0) continue;
      const what = `${missing.map(resourceLabel).join(' or ')} request`;
      report({ messageId: 'missing', data: { container: c.name, what }, ...missingResourceAnchor(c, 'requests') });
    }
  },
});
