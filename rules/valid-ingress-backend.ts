import { createRule } from '../src/engine/rule';
import { findTarget } from '../src/index/find-target';
import { findNearMiss } from '../src/index/near-miss';
import { servicePortMismatch } from '../src/resources/service-ports';

export default createRule({
  id: 'valid-ingress-backend',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Ingress backends name an existing Service and a port that Service exposes.',
    rationale:
      'An Ingress backend whose Service does not exist, or whose port (by number or by name) the Service does ' +
      'not expose, answers 503 (ingress-nginx) or 502 for every request on that path, and the API server ' +
      'accepts it without a word.',
    fix: 'point the backend at an existing Service and one of its ports (spec.ports[].port or .name)',
    messages: {
      missingService: 'Service "{{name}}" not found in namespace {{namespace}}{{hint}}',
      missingPort: 'Service "{{name}}" has no port {{port}} (ports: {{ports}})',
    },
    defaultOptions: {},
    kinds: ['Ingress'],
  },
  check({ resource, index, report }) {
    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      if (ref.kind !== 'Service' || ref.via !== 'ingress backend') continue;
      const service = findTarget(index, resource, 'Service', ref.namespace, ref.name);
      if (!service) {
        if (index.isImplicit('Service', ref.namespace, ref.name)) continue;
        const near = findNearMiss(index, 'Service', ref.namespace, ref.name);
        report({
          messageId: 'missingService',
          data: { name: ref.name, namespace: ref.namespace ?? '', hint: near.hint },
          path: ref.path,
          related: near.related,
        });
        continue;
      }
      if (!ref.port) continue;
      const wanted = ref.port.value;
      const mismatch = servicePortMismatch(service, wanted);
      if (!mismatch) continue;
      report({
        messageId: 'missingPort',
        data: { name: ref.name, port: typeof wanted === 'number' ? wanted : `named "${wanted}"`, ports: mismatch.ports },
        path: ref.port.path,
        related: mismatch.related,
      });
    }
  },
});
