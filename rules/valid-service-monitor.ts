import { type RelatedObject, type RuleContext, createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { type Selector, formatSelector, parseLabelSelector, parseMapSelector, selectorMatches, stringMap } from '../src/index/label-selector';
import { describeUnmatchedSelector } from '../src/index/near-miss';
import { asArray, isObject } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';
import type { KubeObject, Resource } from '../src/resources/resource';

const GROUP = 'monitoring.coreos.com';

type MessageId = 'noService' | 'noPod' | 'unknownPort';
type Report = RuleContext<object, MessageId>['report'];

export default createRule<object, MessageId>({
  id: 'valid-service-monitor',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: 'A Prometheus Operator ServiceMonitor or PodMonitor selects something in the input, on a port it names.',
    rationale:
      'The Prometheus Operator scrapes the Services a ServiceMonitor selects (by the Services\' own labels, in the ' +
      'namespaces of its namespaceSelector, else its own) on the Service ports its endpoints name, and the pods a ' +
      'PodMonitor selects on their named container ports. A selector that matches nothing, or a port name that does ' +
      'not exist, is not an error anywhere: the metrics are silently never collected.',
    fix: "make spec.selector match the labels of the Services (or pod templates) to scrape, list their namespaces in spec.namespaceSelector, and use their port names",
    messages: {
      noService: 'ServiceMonitor selector {{selector}} matches no Service in {{namespaces}}{{hint}}',
      noPod: 'PodMonitor selector {{selector}} matches no pod template in {{namespaces}}{{hint}}',
      unknownPort: '{{endpoint}} port "{{port}}" is not the name of a port of the {{targets}} it selects ({{names}})',
    },
    defaultOptions: {},
    kinds: ['ServiceMonitor', 'PodMonitor'],
  },
  check({ resource, object, index, report }) {
    if (resource.group !== GROUP) return;
    const spec = isObject(object.spec) ? object.spec : undefined;
    const selector = spec ? parseLabelSelector(spec.selector) : null;
    if (!spec || !selector) return;
    const namespaces = selectedNamespaces(spec.namespaceSelector, resource.namespace ?? 'default');
    const where = namespaces === null ? 'any namespace' : namespaces.length === 1 ? `namespace ${namespaces[0]}` : `namespaces ${namespaces.join(', ')}`;
    const inScope = (r: Resource) => namespaces === null || namespaces.includes(r.namespace ?? 'default');

    if (resource.kind === 'ServiceMonitor') {
      const services = index.byKind('Service').filter((s) => s.group === '' && inScope(s) && selectorMatches(selector, labelsOf(s.object)));
      if (services.length === 0) {
        const near = serviceNearMiss(index, selector);
        report({ messageId: 'noService', data: { selector: formatSelector(selector), namespaces: where, hint: near?.hint ?? '' }, path: ['spec', 'selector'], related: near ? [near.related] : [] });
        return;
      }
      const names = portNames(services.flatMap((s) => asArray(isObject(s.object.spec) ? s.object.spec.ports : undefined)));
      checkPorts(spec.endpoints, 'endpoints', 'endpoint', names, services.length === 1 ? `Service ${services[0]!.name}` : 'Services', report);
      return;
    }
    const templates = (namespaces ?? allNamespaces(index)).flatMap((ns) => index.podTemplatesMatching(ns, selector));
    if (templates.length === 0) {
      const near = namespaces?.length === 1 ? describeUnmatchedSelector(index, namespaces[0]!, selector) : null;
      report({ messageId: 'noPod', data: { selector: formatSelector(selector), namespaces: where, hint: near?.data.hint ?? '' }, path: ['spec', 'selector'], related: near?.related ?? [] });
      return;
    }
    const names = portNames(templates.flatMap((t) => containersOf(t.template).flatMap((c) => asArray(c.container.ports))));
    const targets = templates.length === 1 ? `pods of ${templates[0]!.resource.kind} ${templates[0]!.resource.name}` : 'pods';
    checkPorts(spec.podMetricsEndpoints, 'podMetricsEndpoints', 'podMetricsEndpoint', names, targets, report);
  },
});

/** Endpoints that name a port must name one of `names` (a numeric targetPort or portNumber is not checked). */
function checkPorts(endpoints: unknown, field: string, endpoint: string, names: ReadonlySet<string>, targets: string, report: Report): void {
  const list = asArray(endpoints);
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (!isObject(e) || typeof e.port !== 'string' || e.port === '' || names.has(e.port)) continue;
    const known = names.size === 0 ? 'none is named' : [...names].sort().join(', ');
    report({ messageId: 'unknownPort', data: { endpoint, port: e.port, targets, names: known }, path: ['spec', field, i, 'port'] });
  }
}

/** The namespaces a namespaceSelector picks: null for `any: true`, `matchNames`, else the monitor's own. */
function selectedNamespaces(value: unknown, own: string): readonly string[] | null {
  if (!isObject(value)) return [own];
  if (value.any === true) return null;
  const names = asArray(value.matchNames).filter((n): n is string => typeof n === 'string' && n !== '');
  return names.length > 0 ? names : [own];
}

/** Every namespace of the input and context (`any: true`). */
function allNamespaces(index: ClusterIndex): string[] {
  return [...new Set(index.all.map((r) => r.namespace).filter((n): n is string => n !== null))].sort();
}

function labelsOf(object: KubeObject): Record<string, string> {
  return stringMap(isObject(object.metadata) ? object.metadata.labels : undefined);
}

/** The names of Service or container ports (unnamed ones have none). */
function portNames(ports: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  for (const p of ports) if (isObject(p) && typeof p.name === 'string' && p.name !== '') names.add(p.name);
  return names;
}

/**
 * The usual mistake, named: a Service whose pod selector the monitor's selector matches, but whose
 * own labels it does not (a ServiceMonitor selects Services by their labels); else a Service with
 * matching labels in a namespace the monitor does not look in.
 */
function serviceNearMiss(index: ClusterIndex, selector: Selector): { hint: string; related: RelatedObject } | null {
  const services = index.byKind('Service').filter((s) => s.group === '');
  for (const s of services) {
    const podSelector = isObject(s.object.spec) ? parseMapSelector(s.object.spec.selector) : null;
    if (!podSelector || !selectorMatches(selector, podSelector.matchLabels) || selectorMatches(selector, labelsOf(s.object))) continue;
    return {
      hint: ` (Service ${s.name} in namespace ${s.namespace} selects pods with these labels but does not carry them itself: a ServiceMonitor selects Services by their metadata.labels)`,
      related: { resource: s, path: ['metadata', 'name'], message: `Service ${s.name}` },
    };
  }
  for (const s of services) {
    if (!selectorMatches(selector, labelsOf(s.object))) continue;
    return {
      hint: ` (Service ${s.name} matches, in namespace ${s.namespace}: add it to spec.namespaceSelector.matchNames)`,
      related: { resource: s, path: ['metadata', 'labels'], message: `Service ${s.name}: labels` },
    };
  }
  return null;
}
