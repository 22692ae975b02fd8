import { createRule } from '../src/engine/rule';
import { parseMapSelector, selectorMatches, stringMap } from '../src/index/label-selector';
import { findTarget } from '../src/index/find-target';
import { findNearMiss } from '../src/index/near-miss';
import { isObject, podTemplateOf } from '../src/resources/kinds';
import { formatRef } from '../src/resources/resource';

export default createRule({
  id: 'valid-statefulset-service',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: "A StatefulSet's serviceName names a headless Service that selects its pods.",
    rationale:
      'The governing Service named by spec.serviceName gives each StatefulSet pod its stable DNS name ' +
      '(web-0.web.default.svc). If the Service does not exist, does not select the pods, or is not headless ' +
      '(clusterIP: None), those names never resolve, and peers that find each other by them (databases, ' +
      'queues) cannot form a cluster.',
    fix: 'create a headless Service (clusterIP: None) with the name in spec.serviceName, selecting the pods',
    messages: {
      missing: 'Service "{{name}}" named by spec.serviceName not found in namespace {{namespace}}{{hint}}',
      notHeadless: 'Service "{{name}}" is not headless (clusterIP: None), so the pods get no per-pod DNS names',
      notSelecting: 'Service "{{name}}" does not select the pods of this StatefulSet',
    },
    defaultOptions: {},
    kinds: ['StatefulSet'],
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : {};
    const name = spec.serviceName;
    if (typeof name !== 'string' || name === '' || resource.namespace === null) return;
    const path = ['spec', 'serviceName'];
    const service = findTarget(index, resource, 'Service', resource.namespace, name);
    if (!service) {
      const near = findNearMiss(index, 'Service', resource.namespace, name);
      report({
        messageId: 'missing',
        data: { name, namespace: resource.namespace, hint: near.hint },
        path,
        related: near.related,
      });
      return;
    }
    const serviceSpec = isObject(service.object.spec) ? service.object.spec : {};
    const related = [{ resource: service, path: ['metadata', 'name'], message: formatRef(service.ref) }];
    const selector = parseMapSelector(serviceSpec.selector);
    const template = podTemplateOf(resource);
    if (selector && template && !selectorMatches(selector, stringMap(template.metadata.labels))) {
      report({ messageId: 'notSelecting', data: { name }, path, related });
    }
    if (serviceSpec.clusterIP !== 'None') {
      report({ messageId: 'notHeadless', data: { name }, path, severity: 'info', related });
    }
  },
});
