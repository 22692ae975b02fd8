import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { findTarget } from '../src/index/find-target';
import { parseLabelSelector, selectorMatches, stringMap } from '../src/index/label-selector';
import { findNearMiss } from '../src/index/near-miss';
import { asArray, asObject, isObject } from '../src/resources/kinds';
import { type Resource, formatRef } from '../src/resources/resource';
import { servicePortMismatch } from '../src/resources/service-ports';

const GROUP = 'gateway.networking.k8s.io';

/** The listener protocols a route kind attaches to when a listener does not list allowedRoutes.kinds. */
const PROTOCOLS: Readonly<Record<string, readonly string[]>> = {
  HTTPRoute: ['HTTP', 'HTTPS'],
  GRPCRoute: ['HTTP', 'HTTPS'],
  TLSRoute: ['TLS'],
  TCPRoute: ['TCP'],
  UDPRoute: ['UDP'],
};

export default createRule({
  id: 'valid-route-refs',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Gateway API routes attach to a Gateway listener that accepts them, and send traffic to Services and ports that exist.',
    rationale:
      'A route whose parent Gateway has no listener that accepts it (another namespace under the default ' +
      'allowedRoutes "Same", a sectionName or port no listener has, a listener of another protocol) is not attached ' +
      'and serves nothing; a backendRef to a Service or port that does not exist, or in another namespace without a ' +
      'ReferenceGrant, is not resolved and answers 500. The API server accepts all of these; only a Service backendRef ' +
      'without a port is refused.',
    fix: 'point parentRefs at a Gateway listener that allows the route, and backendRefs at an existing Service port (with a ReferenceGrant across namespaces)',
    messages: {
      missingService: 'Service "{{name}}" not found in namespace {{namespace}}{{hint}}',
      missingPort: 'Service "{{name}}" has no port {{port}} (ports: {{ports}})',
      noPort: 'backendRef to Service "{{name}}" has no port: the API server requires one for Service backends',
      notPermitted:
        'Service "{{name}}" is in namespace {{namespace}}, where no ReferenceGrant lets {{kind}}s of namespace {{from}} refer to it: the backend is not resolved (RefNotPermitted)',
      missingGateway: 'Gateway "{{name}}" not found in namespace {{namespace}}{{hint}}',
      missingListener: 'Gateway {{gateway}} has no listener {{listener}} (listeners: {{listeners}}): the route is not attached',
      notAllowed: 'no listener of Gateway {{gateway}} accepts this {{kind}} ({{reasons}}): the route is not attached and serves nothing',
    },
    refusals: ['noPort'],
    defaultOptions: {},
    kinds: Object.keys(PROTOCOLS),
  },
  check({ resource, object, index, report }) {
    if (resource.group !== GROUP) return;
    const spec = isObject(object.spec) ? object.spec : {};
    const namespace = resource.namespace ?? 'default';
    asArray(spec.parentRefs).forEach((raw, i) => {
      const ref = asObject(raw);
      if ((ref.group ?? GROUP) !== GROUP || (ref.kind ?? 'Gateway') !== 'Gateway' || typeof ref.name !== 'string') return;
      const at: Path = ['spec', 'parentRefs', i];
      const gatewayNamespace = typeof ref.namespace === 'string' && ref.namespace !== '' ? ref.namespace : namespace;
      // by group too: an Istio Gateway (networking.istio.io) of the same name is another object
      const gateway = index.byKind('Gateway').find((g) => g.group === GROUP && g.namespace === gatewayNamespace && g.name === ref.name);
      if (!gateway) {
        const near = findNearMiss(index, 'Gateway', gatewayNamespace, ref.name);
        report({ messageId: 'missingGateway', severity: 'warning', data: { name: ref.name, namespace: gatewayNamespace, hint: near.hint }, path: [...at, 'name'], related: near.related });
        return;
      }
      const listeners = asArray(asObject(gateway.object.spec).listeners).filter(isObject);
      const related = [{ resource: gateway, path: ['spec', 'listeners'], message: `${formatRef(gateway.ref)} listeners` }];
      const gatewayName = `${gatewayNamespace}/${gateway.name}`;
      const selected = listeners.filter((l) => (ref.sectionName === undefined || l.name === ref.sectionName) && (ref.port === undefined || l.port === ref.port));
      if (selected.length === 0) {
        const listener = [ref.sectionName === undefined ? '' : `"${String(ref.sectionName)}"`, ref.port === undefined ? '' : `on port ${String(ref.port)}`].filter(Boolean).join(' ');
        const names = listeners.map((l) => `${String(l.name)} (${String(l.protocol)} ${String(l.port)})`).join(', ') || '<none>';
        report({ messageId: 'missingListener', data: { gateway: gatewayName, listener, listeners: names }, path: [...at, ref.sectionName === undefined ? 'port' : 'sectionName'], related });
        return;
      }
      const reasons = selected.map((l) => refusal(l, gatewayNamespace, resource, index));
      if (reasons.some((r) => r === null)) return;
      report({ messageId: 'notAllowed', data: { gateway: gatewayName, kind: resource.kind, reasons: reasons.join('; ') }, path: [...at, 'name'], related });
    });

    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      if (ref.kind !== 'Service' || ref.via !== 'route backend') continue;
      const target = ref.namespace ?? namespace;
      if (!ref.port) {
        report({ messageId: 'noPort', data: { name: ref.name }, path: ref.path });
        continue;
      }
      const service = findTarget(index, resource, 'Service', target, ref.name);
      if (!service) {
        // a namespace the input shows nothing of is somebody else's: its Services cannot be checked
        if (target !== namespace && !index.byKind('Service').some((s) => s.namespace === target)) continue;
        const near = findNearMiss(index, 'Service', target, ref.name);
        report({ messageId: 'missingService', data: { name: ref.name, namespace: target, hint: near.hint }, path: ref.path, related: near.related });
        continue;
      }
      const mismatch = servicePortMismatch(service, ref.port.value);
      if (mismatch) {
        report({ messageId: 'missingPort', data: { name: ref.name, port: ref.port.value, ports: mismatch.ports }, path: ref.port.path, related: mismatch.related });
        continue;
      }
      if (target !== namespace && !granted(index, resource.kind, namespace, target, ref.name)) {
        report({ messageId: 'notPermitted', severity: 'warning', data: { name: ref.name, namespace: target, kind: resource.kind, from: namespace }, path: ref.path });
      }
    }
  },
});

/** Why a listener does not accept the route (allowedRoutes kinds and namespaces), or null when it does. */
function refusal(listener: Record<string, unknown>, gatewayNamespace: string, route: Resource, index: ClusterIndex): string | null {
  const name = `listener "${String(listener.name)}"`;
  const allowed = asObject(listener.allowedRoutes);
  const kinds = asArray(allowed.kinds).filter(isObject);
  if (kinds.length > 0) {
    if (!kinds.some((k) => k.kind === route.kind && (k.group ?? GROUP) === GROUP)) return `${name} allows only ${kinds.map((k) => String(k.kind)).join(', ')}`;
  } else if (!(PROTOCOLS[route.kind] ?? []).includes(String(listener.protocol))) {
    return `${name} is ${String(listener.protocol)}`;
  }
  const routeNamespace = route.namespace ?? 'default';
  const namespaces = asObject(allowed.namespaces);
  const from = namespaces.from ?? 'Same';
  if (from === 'All') return null;
  if (from === 'Selector') {
    const selector = parseLabelSelector(namespaces.selector);
    const ns = index.get('Namespace', null, routeNamespace);
    // a namespace the input does not define has labels we cannot know
    if (!selector || !ns) return null;
    const labels = { ...stringMap(asObject(ns.object.metadata).labels), 'kubernetes.io/metadata.name': routeNamespace };
    return selectorMatches(selector, labels) ? null : `${name} selects namespaces by labels that namespace ${routeNamespace} does not have`;
  }
  return routeNamespace === gatewayNamespace ? null : `${name} accepts routes from namespace ${gatewayNamespace} only`;
}

/** Whether a ReferenceGrant in the Service's namespace lets routes of `kind` from `from` refer to it. */
function granted(index: ClusterIndex, kind: string, from: string, namespace: string, service: string): boolean {
  return index.byKind('ReferenceGrant').some((grant) => {
    if (grant.group !== GROUP || grant.namespace !== namespace) return false;
    const spec = asObject(grant.object.spec);
    const fromOk = asArray(spec.from).some((f) => isObject(f) && f.group === GROUP && f.kind === kind && f.namespace === from);
    const toOk = asArray(spec.to).some((t) => isObject(t) && (t.group ?? '') === '' && t.kind === 'Service' && (t.name === undefined || t.name === '' || t.name === service));
    return fromOk && toOk;
  });
}
