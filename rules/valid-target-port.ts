import { suggestName } from '../src/core/suggest';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import type { PodTemplateEntry } from '../src/index/cluster-index';
import { checkPortName, parseMapSelector } from '../src/index/label-selector';
import { asArray, isObject } from '../src/resources/kinds';
import { type ContainerPortView, containersOf, portsOf } from '../src/resources/pod-spec';

interface DeclaredPort {
  readonly entry: PodTemplateEntry;
  readonly container: string;
  readonly port: ContainerPortView;
}

export default createRule({
  id: 'valid-target-port',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A Service's targetPort names a port that the selected containers declare.",
    rationale:
      'A named targetPort is resolved in each selected pod by looking for a container port with that name and ' +
      "the Service port's protocol (Kubernetes' FindPort, over app containers and sidecar init containers). " +
      'When no container declares it, the pod is left out of the endpoints and the Service has nothing to send ' +
      'traffic to. A named targetPort must also be a valid port name (IANA_SVC_NAME), or the API server rejects ' +
      'the Service. A numeric targetPort that no container declares still works (declaring container ports is ' +
      'informational), so it is reported as info only.',
    fix: 'use the name (or number) of a port that the selected containers declare, with the same protocol',
    messages: {
      missingName: 'targetPort "{{name}}" is not the name of a {{protocol}} port of any selected container{{hint}}',
      protocolMismatch: 'targetPort "{{name}}" names a {{found}} port of container "{{container}}", but the Service port is {{protocol}}',
      missingNumber: 'no selected container declares port {{port}}/{{protocol}}{{hint}}',
      invalidName: 'targetPort "{{name}}" is not a valid port name: {{problems}}',
    },
    defaultOptions: {},
    kinds: ['Service'],
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : undefined;
    if (!spec || spec.type === 'ExternalName') return;
    const selector = parseMapSelector(spec.selector);
    const templates = selector && resource.namespace !== null ? index.podTemplatesMatching(resource.namespace, selector) : [];
    let declared: DeclaredPorts | undefined;

    asArray(spec.ports).forEach((port, i) => {
      if (!isObject(port)) return;
      const explicit = port.targetPort !== undefined && port.targetPort !== null && port.targetPort !== 0 && port.targetPort !== '';
      const target = explicit ? port.targetPort : port.port;
      // An unset targetPort defaults to port, a number: a quoted port is the schema's finding, not a port name.
      if (!explicit && typeof target !== 'number') return;
      const path: Path = ['spec', 'ports', i, explicit ? 'targetPort' : 'port'];
      const protocol = typeof port.protocol === 'string' ? port.protocol : 'TCP';

      if (typeof target === 'string') {
        const problems = checkPortName(target);
        if (problems.length > 0) {
          report({ messageId: 'invalidName', data: { name: target, problems: problems.join('; ') }, path });
          return;
        }
      }
      if (templates.length === 0) return;
      declared ??= declaredPorts(templates);
      const related = () => [{ resource: templates[0]!.resource, path: [...templates[0]!.template.specPath, 'containers'], message: describeTemplate(templates[0]!) }];

      if (typeof target === 'string') {
        const named = declared.byName.get(target) ?? [];
        if (named.some((d) => d.port.protocol === protocol)) return;
        if (named.length > 0) {
          report({
            messageId: 'protocolMismatch',
            data: { name: target, found: named[0]!.port.protocol, container: named[0]!.container, protocol },
            path,
            related: [{ resource: named[0]!.entry.resource, path: named[0]!.port.path, message: `container "${named[0]!.container}" port "${target}"` }],
          });
          return;
        }
        const names = [...new Set(declared.all.filter((d) => d.port.name !== undefined && d.port.protocol === protocol).map((d) => d.port.name!))].sort();
        const suggestion = suggestName(target, names);
        const hint =
          names.length === 0
            ? ' (they declare no named ports)'
            : ` (named ports: ${names.join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''})`;
        report({ messageId: 'missingName', data: { name: target, protocol, hint }, path, related: related() });
        return;
      }
      if (typeof target !== 'number') return;
      if (declared.numbers.has(`${target}/${protocol}`)) return;
      const numbers = [...new Set(declared.all.filter((d) => d.port.protocol === protocol && d.port.containerPort !== undefined).map((d) => d.port.containerPort!))].sort((a, b) => a - b);
      report({
        messageId: 'missingNumber',
        data: { port: target, protocol, hint: numbers.length > 0 ? ` (declared: ${numbers.join(', ')})` : '' },
        path,
        severity: 'info',
        related: related(),
      });
    });
  },
});

/** The index returns one array per selector: Services that select the same pods share their ports. */
const declaredCache = new WeakMap<readonly PodTemplateEntry[], DeclaredPorts>();

/** The ports of the selected containers, and how to look them up by name and by number/protocol. */
interface DeclaredPorts {
  readonly all: readonly DeclaredPort[];
  readonly byName: ReadonlyMap<string, readonly DeclaredPort[]>;
  /** `8080/TCP` */
  readonly numbers: ReadonlySet<string>;
}

/** Ports of the containers that serve traffic: app containers and sidecar (restartPolicy: Always) init containers. */
function declaredPorts(templates: readonly PodTemplateEntry[]): DeclaredPorts {
  const cached = declaredCache.get(templates);
  if (cached) return cached;
  const all: DeclaredPort[] = [];
  const byName = new Map<string, DeclaredPort[]>();
  const numbers = new Set<string>();
  for (const entry of templates) {
    for (const container of containersOf(entry.template)) {
      if (container.group !== 'containers' && !container.sidecar) continue;
      const ports = portsOf(container);
      for (let pi = 0; pi < ports.length; pi++) {
        const port = ports[pi]!;
        const declared = { entry, container: container.name, port };
        all.push(declared);
        if (port.name !== undefined) (byName.get(port.name) ?? byName.set(port.name, []).get(port.name)!).push(declared);
        if (port.containerPort !== undefined) numbers.add(`${port.containerPort}/${port.protocol}`);
      }
    }
  }
  const found = { all, byName, numbers };
  declaredCache.set(templates, found);
  return found;
}

function describeTemplate(entry: PodTemplateEntry): string {
  return `${entry.resource.kind} ${entry.resource.name}: selected containers`;
}
