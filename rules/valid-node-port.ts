import { parsePortRangeFlag } from '../src/core/cluster-section';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { asArray, isObject } from '../src/resources/kinds';
import { type Resource, formatRef } from '../src/resources/resource';

interface NodePortUse {
  readonly resource: Resource;
  readonly path: Path;
  readonly protocol: string;
}

const ALLOCATING_TYPES = new Set(['NodePort', 'LoadBalancer']);

export default createRule({
  id: 'valid-node-port',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A Service nodePort lies in the NodePort range, is used once, and only on NodePort or LoadBalancer Services.',
    rationale:
      'The API server rejects a nodePort outside the cluster\'s --service-node-port-range (30000-32767 unless ' +
      'configured otherwise), a nodePort that another Service already holds ("provided port is already ' +
      'allocated", whatever the protocol), and a nodePort on a ClusterIP Service (the default type). Each of ' +
      'these fails the apply of the whole manifest set.',
    fix: 'pick a free nodePort inside the range, or leave nodePort out and let the cluster allocate one',
    messages: {
      outOfRange: 'nodePort {{port}} is outside the NodePort range {{range}}',
      duplicate: 'nodePort {{port}} is also used by {{other}}',
      notNodePortType: 'nodePort {{port}} is set on a Service of type {{type}}; only NodePort and LoadBalancer Services have node ports',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        range: {
          type: 'string',
          pattern: '^[0-9]+[-+][0-9]+$',
          description: 'The cluster\'s --service-node-port-range: "first-last" or "first+size"',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { range: '30000-32767' },
    kinds: ['Service'],
  },
  check({ object, resource, index, options, report }) {
    const spec = isObject(object.spec) ? object.spec : undefined;
    if (!spec) return;
    const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
    const [first, last] = parseRange(options.range);
    const uses = ALLOCATING_TYPES.has(type) ? nodePortUses(index) : undefined;

    asArray(spec.ports).forEach((port, i) => {
      if (!isObject(port) || typeof port.nodePort !== 'number' || port.nodePort === 0) return;
      const nodePort = port.nodePort;
      const path: Path = ['spec', 'ports', i, 'nodePort'];
      if (!uses) {
        report({ messageId: 'notNodePortType', data: { port: nodePort, type }, path, fix: 'remove nodePort, or set spec.type: NodePort' });
        return;
      }
      if (nodePort < first || nodePort > last) {
        report({ messageId: 'outOfRange', data: { port: nodePort, range: `${first}-${last}` }, path });
      }
      const protocol = typeof port.protocol === 'string' ? port.protocol : 'TCP';
      // Another Service (any protocol), or an earlier port of this Service with the same protocol (TCP+UDP on one
      // Service is allowed; the API server reports the repeat, spec.ports[i].nodePort: Duplicate value).
      const clashes = (uses.get(nodePort) ?? []).filter((u) =>
        u.resource === resource ? (u.path[2] as number) < i && u.protocol === protocol : u.resource.key !== resource.key,
      );
      if (clashes.length === 0) return;
      const other = clashes[0]!;
      report({
        messageId: 'duplicate',
        data: { port: nodePort, other: other.resource === resource ? `spec.ports[${other.path[2]}] of this Service` : formatRef(other.resource.ref) },
        path,
        related: clashes.map((c) => ({ resource: c.resource, path: c.path, message: `nodePort ${nodePort} in ${formatRef(c.resource.ref)}` })),
      });
    });
  },
});

/** The configured range as [first, last]: parsed once per run (the option is the same for every Service). */
function parseRange(range: string): readonly [number, number] {
  if (range !== lastRange.text) {
    const parsed = parsePortRangeFlag(range) ?? { min: 30000, max: 32767 };
    lastRange = { text: range, bounds: [parsed.min, parsed.max] };
  }
  return lastRange.bounds;
}

let lastRange: { text: string; bounds: readonly [number, number] } = { text: '', bounds: [30000, 32767] };

const cache = new WeakMap<ClusterIndex, Map<number, NodePortUse[]>>();

/** Every nodePort that NodePort/LoadBalancer Services in the input and context hold, built once per index (not per Service). */
function nodePortUses(index: ClusterIndex): Map<number, NodePortUse[]> {
  const cached = cache.get(index);
  if (cached) return cached;
  const uses = new Map<number, NodePortUse[]>();
  const services = index.byKind('Service');
  // A context object (cluster state) that the input redefines is replaced by it: its old ports do not count.
  const linted = index.all === index.resources ? undefined : new Set(index.resources);
  const inputKeys = linted && new Set(services.filter((s) => linted.has(s)).map((s) => s.key));
  for (const service of services) {
    if (linted && !linted.has(service) && inputKeys!.has(service.key)) continue;
    const spec = isObject(service.object.spec) ? service.object.spec : {};
    if (!ALLOCATING_TYPES.has(spec.type as string)) continue;
    asArray(spec.ports).forEach((port, i) => {
      if (!isObject(port) || typeof port.nodePort !== 'number' || port.nodePort === 0) return;
      const use = { resource: service, path: ['spec', 'ports', i, 'nodePort'], protocol: typeof port.protocol === 'string' ? port.protocol : 'TCP' };
      const list = uses.get(port.nodePort);
      if (list) list.push(use);
      else uses.set(port.nodePort, [use]);
    });
  }
  cache.set(index, uses);
  return uses;
}
