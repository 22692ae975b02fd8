import { compareQuantities, tryParseQuantity } from '../src/core/quantity';
import { createRule } from '../src/engine/rule';
import { containerDefaultsIn } from '../src/index/limit-ranges';
import { isOvercommitAllowed, resourceListOf, resourceLabel } from '../src/resources/container-resources';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';
import { formatRef, sourceTextIn } from '../src/resources/resource';

export default createRule({
  id: 'valid-resource-limits',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A container request must not exceed its limit, and extended resources need a limit equal to the request.',
    rationale:
      'The API server rejects a pod template whose request is above its limit ("must be less than or equal to ' +
      'cpu limit"), and for resources that cannot be overcommitted (hugepages, extended resources such as ' +
      'nvidia.com/gpu) a request without a limit, or different from it. A request above the default limit of a ' +
      'LimitRange in the namespace passes validation but every pod is rejected at admission, so the workload ' +
      'never starts.',
    fix: 'raise the limit to at least the request, or lower the request',
    messages: {
      requestAboveLimit: 'container "{{container}}" requests {{request}} {{resource}}, more than its limit of {{limit}}',
      mustEqual:
        'container "{{container}}" requests {{request}} {{resource}} but its limit is {{limit}}; {{resource}} cannot be overcommitted, so they must be equal',
      limitRequired: 'container "{{container}}" requests {{resource}} without a limit; {{resource}} cannot be overcommitted, so the limit must be set to the request',
      aboveDefaultLimit:
        'container "{{container}}" requests {{request}} {{resource}} and sets no limit, so {{limitRange}} gives it the default limit {{limit}}: every pod is rejected',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? undefined : containerDefaultsIn(index, resource.namespace);
    for (const c of containersOf(template)) {
      const requests = resourceListOf(c, 'requests');
      const limits = resourceListOf(c, 'limits');
      for (const name of Object.keys(requests)) {
        const request = tryParseQuantity(requests[name]);
        if (!request) continue;
        const path = [...c.path, 'resources', 'requests', name];
        const data = { container: c.name, resource: resourceLabel(name), request: sourceTextIn(resource, path) ?? String(requests[name]) };
        const limitPath = [...c.path, 'resources', 'limits', name];
        if (name in limits) {
          const limit = tryParseQuantity(limits[name]);
          if (!limit) continue;
          const order = compareQuantities(request, limit);
          const limitText = sourceTextIn(resource, limitPath) ?? String(limits[name]);
          if (!isOvercommitAllowed(name) && order !== 0) {
            report({ messageId: 'mustEqual', data: { ...data, limit: limitText }, path });
          } else if (order > 0) {
            report({ messageId: 'requestAboveLimit', data: { ...data, limit: limitText }, path });
          }
          continue;
        }
        if (!isOvercommitAllowed(name)) {
          report({ messageId: 'limitRequired', data, path });
          continue;
        }
        const fallback = defaults?.limit(name);
        const limit = fallback && tryParseQuantity(fallback.value);
        if (fallback && limit && compareQuantities(request, limit) > 0) {
          const limitText = sourceTextIn(fallback.limitRange, fallback.path) ?? String(fallback.value);
          report({
            messageId: 'aboveDefaultLimit',
            data: { ...data, limit: limitText, limitRange: formatRef(fallback.limitRange.ref) },
            path,
            fix: `set resources.limits.${name} to at least the request, or lower the request`,
            related: [{ resource: fallback.limitRange, path: fallback.path, message: `default ${name} limit ${limitText}` }],
          });
        }
      }
    }
  },
});
