import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { type ContainerPortView, type ContainerView, containersOf, portsOf } from '../src/resources/pod-spec';

interface Entry {
  readonly c: ContainerView;
  readonly p: ContainerPortView;
  readonly index: number;
}

export default createRule({
  id: 'no-duplicate-container-port',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A pod must not declare the same container port or port name twice.',
    rationale:
      'The API server rejects two ports with the same name in one container. Across the containers of a pod it ' +
      'accepts them, but the containers share one network namespace: only one process can listen on a port, and ' +
      'a Service targetPort that names a port resolves to the first container that declares it. Those cases ' +
      'are reported as warnings.',
    fix: 'give each port its own number and name, or remove the duplicate entry',
    messages: {
      nameInContainer: 'container "{{container}}" declares the port name "{{name}}" twice (ports[{{first}}] and ports[{{second}}])',
      nameInPod: 'port name "{{name}}" is declared by containers "{{other}}" and "{{container}}": a Service targetPort "{{name}}" resolves to the first',
      portInContainer: 'container "{{container}}" declares port {{port}}/{{protocol}} twice (ports[{{first}}] and ports[{{second}}])',
      portInPod: 'port {{port}}/{{protocol}} is declared by containers "{{other}}" and "{{container}}": they share the pod network, so only one can listen on it',
    },
    refusals: ['nameInContainer'],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template);
    // most containers have a port or two, many none: the maps are made for a container with ports
    let pod: { names: Map<string, Entry>; ports: Map<string, Entry[]> } | undefined;
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      const ports = portsOf(c);
      if (ports.length === 0) continue;
      const running = c.group === 'containers' || c.sidecar;
      const names = new Map<string, number>();
      const { names: podNames, ports: podPorts } = (pod ??= { names: new Map<string, Entry>(), ports: new Map<string, Entry[]>() });
      ports.forEach((p, index) => {
        if (p.name !== undefined && p.name !== '') {
          const first = names.get(p.name);
          if (first !== undefined) {
            report({ messageId: 'nameInContainer', data: { container: c.name, name: p.name, first, second: index }, path: [...p.path, 'name'] });
          } else {
            names.set(p.name, index);
            const other = running ? podNames.get(p.name) : undefined;
            if (other) {
              report({
                messageId: 'nameInPod',
                data: { name: p.name, other: other.c.name, container: c.name },
                path: [...p.path, 'name'],
                severity: 'warning',
              });
            } else if (running) podNames.set(p.name, { c, p, index });
          }
        }
        if (!running || p.containerPort === undefined) return;
        const key = `${p.containerPort}/${p.protocol}`;
        const previous = podPorts.get(key) ?? [];
        const clash = previous.find((e) => e.c !== c || (sameBinding(e.p, p) && !distinctNames(e.p, p)));
        if (clash) {
          const data = { container: c.name, port: p.containerPort, protocol: p.protocol };
          const path = [...p.path, 'containerPort'];
          if (clash.c === c) {
            report({ messageId: 'portInContainer', data: { ...data, first: clash.index, second: index }, path, severity: 'warning' });
          } else {
            report({ messageId: 'portInPod', data: { ...data, other: clash.c.name }, path, severity: 'warning' });
          }
        }
        previous.push({ c, p, index });
        podPorts.set(key, previous);
      });
    }
  },
});

/**
 * Two entries of one container for the same port collide unless they map it to different host
 * ports (k8s pod warnings: identical, or one without hostPort, is a duplicate).
 */
function sameBinding(a: ContainerPortView, b: ContainerPortView): boolean {
  const ha = a.hostPort ?? 0;
  const hb = b.hostPort ?? 0;
  return ha === 0 || hb === 0 || (ha === hb && (a.port.hostIP ?? '') === (b.port.hostIP ?? ''));
}

/** Two names for one port of a container are an alias (ingress-nginx maps http and https to 80). */
function distinctNames(a: ContainerPortView, b: ContainerPortView): boolean {
  return a.name !== undefined && a.name !== '' && b.name !== undefined && b.name !== '' && a.name !== b.name;
}
