import { compareQuantities, tryParseQuantity } from '../src/core/quantity';
import { createRule } from '../src/engine/rule';
import { containerDefaultsIn } from '../src/index/limit-ranges';
import { isOvercommitAllowed, quantityText, resourceListOf, resourceLabel } from '../src/resources/container-resources';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';
import { formatRef } from '../src/resources/resource';

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
    refusals: ['requestAboveLimit', 'mustEqual', 'limitRequired'],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const defaults = resource.namespace === null ? undefined : containerDefaultsIn(index, resource.namespace);
    const containers = containersOf(template);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      const requests = resourceListOf(c, 'requests');
      const limits = resourceListOf(c, 'limits');
      for (const name in requests) {
        const hasLimit = name in limits;
        const overcommit = isOvercommitAllowed(name);
        const fallback = hasLimit || !overcommit ? undefined : defaults?.limit(name);
        // Nothing can be wrong with a request that has no limit, explicit or defaulted.
        if (!hasLimit && overcommit && !fallback) continue;
        const request = tryParseQuantity(requests[name]);
        if (!request) continue;
        const path = [...c.path, 'resources', 'requests', name];
        const data = { container: c.name, resource: resourceLabel(name), request: quantityText(resource, path, requests[name]) };
        const limitPath = [...c.path, 'resources', 'limits', name];
        if (hasLimit) {
          const limit = tryParseQuantity(limits[name]);
          if (!limit) continue;
          const order = compareQuantities(request, limit);
          const limitText = quantityText(resource, limitPath, limits[name]);
          if (!overcommit && order !== 0) {
            report({ messageId: 'mustEqual', data: { ...data, limit: limitText }, path });
          } else if (order > 0) {
            report({ messageId: 'requestAboveLimit', data: { ...data, limit: limitText }, path });
          }
          continue;
        }
        if (!overcommit) {
          report({ messageId: 'limitRequired', data, path });
          continue;
        }
        const limit = fallback && tryParseQuantity(fallback.value);
        if (fallback && limit && compareQuantities(request, limit) > 0) {
          const limitText = quantityText(fallback.limitRange, fallback.path, fallback.value);
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
