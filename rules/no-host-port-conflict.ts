import { createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { type HostPortView, hostPortsConflict, hostPortsOf } from '../src/resources/host-ports';
import { POD_SPEC_KINDS, type PodTemplateView, isObject, podTemplateOf } from '../src/resources/kinds';
import { type Resource, formatRef } from '../src/resources/resource';

/** Kinds whose pods actually run (a PodTemplate object creates none). */
const RUNNING_KINDS = POD_SPEC_KINDS.filter((k) => k !== 'PodTemplate');

interface Holder {
  readonly resource: Resource;
  readonly port: HostPortView;
  /** A DaemonSet without node selection: it has a pod on every node it tolerates. */
  readonly everyNode: boolean;
  /** `spec.nodeName` of the pod template, when pinned. */
  readonly nodeName: string | undefined;
}

const cache = new WeakMap<ClusterIndex, Map<number, Holder[]>>();

export default createRule({
  id: 'no-host-port-conflict',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Pods that must share a node must not ask for the same hostPort.',
    rationale:
      'A hostPort binds a port on the node: two pods asking for the same port, protocol and overlapping host IP ' +
      'cannot run on the same node. Within one pod the API server rejects it. Across objects it is certain when ' +
      'one of them is a DaemonSet without node selection (it has a pod on every node) or both are pinned to the ' +
      'same nodeName: one of the two stays Pending ("didn\'t have free ports for the requested pod ports"). ' +
      'hostNetwork pods take their containerPorts as host ports. Replicas of one workload competing for ports ' +
      'are for `kubeplan plan`, which knows the nodes.',
    fix: 'use a different hostPort, drop the hostPort (expose the pod through a Service), or keep the two apart with node selection',
    messages: {
      inPod: '{{field}} {{port}}/{{protocol}} is taken twice in this pod (containers "{{other}}" and "{{container}}")',
      withEveryNode: '{{field}} {{port}}/{{protocol}} is also taken by {{other}}, which runs on every node: the two can never share a node',
      fromEveryNode: '{{field}} {{port}}/{{protocol}} is also taken by {{other}}, and this DaemonSet runs on every node: the two can never share a node',
      sameNode: '{{field}} {{port}}/{{protocol}} is also taken by {{other}}, pinned to the same node "{{node}}"',
    },
    defaultOptions: {},
    kinds: RUNNING_KINDS,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const own = hostPortsOf(template);
    if (own.length === 0) return;
    const self = holderTraits(resource, template);
    const holders = holdersOf(index);
    const reported: HostPortView[] = [];
    own.forEach((port, i) => {
      const fieldName = port.field === 'hostPort' ? 'hostPort' : 'hostNetwork port';
      const data = { field: fieldName, port: port.hostPort, protocol: port.protocol, container: port.container };
      const path = [...port.path, port.field];
      const twin = own.slice(0, i).find((other) => hostPortsConflict(other, port));
      if (twin) {
        report({ messageId: 'inPod', data: { ...data, other: twin.container }, path });
        return;
      }
      if (reported.some((r) => hostPortsConflict(r, port))) return;
      const others = new Map<Resource, Holder>();
      for (const h of holders.get(port.hostPort) ?? []) {
        if (h.resource === resource || others.has(h.resource) || !hostPortsConflict(h.port, port)) continue;
        if (self.everyNode || h.everyNode || (self.nodeName !== undefined && self.nodeName === h.nodeName)) others.set(h.resource, h);
      }
      if (others.size === 0) return;
      reported.push(port);
      const sorted = [...others.values()].sort((a, b) => (a.resource.key < b.resource.key ? -1 : a.resource.key > b.resource.key ? 1 : 0));
      const first = sorted[0]!;
      const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more)` : '';
      const other = `${formatRef(first.resource.ref)}${more}`;
      const related = sorted.slice(0, 5).map((h) => ({
        resource: h.resource,
        path: [...h.port.path, h.port.field],
        message: `${formatRef(h.resource.ref)} takes ${h.port.hostPort}/${h.port.protocol}`,
      }));
      const messageId = first.everyNode ? 'withEveryNode' : self.everyNode ? 'fromEveryNode' : 'sameNode';
      report({ messageId, data: { ...data, other, node: self.nodeName ?? '' }, path, related });
    });
  },
});

function holderTraits(resource: Resource, template: PodTemplateView): Pick<Holder, 'everyNode' | 'nodeName'> {
  const spec = template.spec;
  const selector = isObject(spec.nodeSelector) && Object.keys(spec.nodeSelector).length > 0;
  const affinity = isObject(spec.affinity) && isObject(spec.affinity.nodeAffinity) && spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution != null;
  const nodeName = typeof spec.nodeName === 'string' && spec.nodeName !== '' ? spec.nodeName : undefined;
  return { everyNode: resource.kind === 'DaemonSet' && !selector && !affinity && nodeName === undefined, nodeName };
}

/** Host ports of every running pod template in the input and context, by port; built once per index. */
function holdersOf(index: ClusterIndex): Map<number, Holder[]> {
  let byPort = cache.get(index);
  if (byPort) return byPort;
  byPort = new Map();
  for (const kind of RUNNING_KINDS) {
    for (const resource of index.byKind(kind)) {
      const template = podTemplateOf(resource);
      if (!template) continue;
      const ports = hostPortsOf(template);
      if (ports.length === 0) continue;
      const traits = holderTraits(resource, template);
      for (const port of ports) {
        const list = byPort.get(port.hostPort);
        const holder = { resource, port, ...traits };
        if (list) list.push(holder);
        else byPort.set(port.hostPort, [holder]);
      }
    }
  }
  cache.set(index, byPort);
  return byPort;
}
