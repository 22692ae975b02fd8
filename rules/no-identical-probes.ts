import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, isObject, podTemplateOf } from '../src/resources/kinds';
import { type ContainerView, containersOf, portsOf } from '../src/resources/pod-spec';
import { PROBE_HANDLERS, type ProbeHandler } from '../src/resources/probes';

export default createRule({
  id: 'no-identical-probes',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'A container must not use the same check for its liveness and its readiness probe.',
    rationale:
      'Readiness takes a pod out of its Services while it cannot serve; liveness restarts the container. When both ' +
      'ask the same endpoint, whatever makes a pod unready (a database down, a burst of load) also restarts it, on ' +
      'every replica at once: an outage turns into a crash loop.',
    fix: 'make the liveness probe check only that the process itself works (a cheap /livez or a TCP connect), and keep dependencies in the readiness probe',
    messages: {
      identical:
        'container "{{container}}" checks {{check}} for both liveness and readiness: whatever makes it unready also restarts it',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template);
    for (let i = 0; i < containers.length; i++) {
      const c = containers[i]!;
      const liveness = c.container.livenessProbe;
      const readiness = c.container.readinessProbe;
      if (!isObject(liveness) || !isObject(readiness)) continue;
      const check = probeCheck(c, liveness);
      if (check === null || check.key !== probeCheck(c, readiness)?.key) continue;
      report({ messageId: 'identical', data: { container: c.name, check: check.text }, path: [...c.path, 'livenessProbe'], target: 'key' });
    }
  },
});

interface ProbeCheck {
  /** Equal for two probes that ask the same thing, with the API defaults and port names resolved. */
  readonly key: string;
  /** How the message names it: "GET :8080/healthz", "TCP :5432", "exec pg_isready", "gRPC :9090". */
  readonly text: string;
}

/** What a probe checks, or null for a probe without exactly one handler (another rule's finding). */
function probeCheck(c: ContainerView, probe: Record<string, unknown>): ProbeCheck | null {
  let handler: ProbeHandler | null = null;
  for (let i = 0; i < PROBE_HANDLERS.length; i++) {
    if (!isObject(probe[PROBE_HANDLERS[i]!])) continue;
    if (handler !== null) return null;
    handler = PROBE_HANDLERS[i]!;
  }
  if (handler === null) return null;
  const action = probe[handler] as Record<string, unknown>;
  if (handler === 'exec') {
    const command = Array.isArray(action.command) ? action.command.map(String) : [];
    return { key: `exec\u0000${command.join('\u0000')}`, text: `exec ${command.join(' ')}` };
  }
  const port = resolvePort(c, action.port);
  const host = typeof action.host === 'string' ? action.host : '';
  if (handler === 'tcpSocket') return { key: `tcp\u0000${host}\u0000${port}`, text: `TCP ${host}:${port}` };
  if (handler === 'grpc') {
    const service = typeof action.service === 'string' ? action.service : '';
    return { key: `grpc\u0000${port}\u0000${service}`, text: `gRPC :${port}${service === '' ? '' : ` (${service})`}` };
  }
  // httpGet: path "/" and scheme HTTP are the API defaults
  const path = typeof action.path === 'string' && action.path !== '' ? action.path : '/';
  const scheme = typeof action.scheme === 'string' ? action.scheme.toUpperCase() : 'HTTP';
  const headers = Array.isArray(action.httpHeaders) && action.httpHeaders.length > 0 ? JSON.stringify(action.httpHeaders) : '';
  return {
    key: `http\u0000${scheme}\u0000${host}\u0000${port}\u0000${path}\u0000${headers}`,
    text: `${scheme === 'HTTPS' ? 'HTTPS ' : ''}GET ${host}:${port}${path.startsWith('/') ? '' : '/'}${path}`,
  };
}

/** A probe's port as a number where it can be: a numeric string, or the name of one of the container's ports. */
function resolvePort(c: ContainerView, port: unknown): string {
  if (typeof port === 'number') return String(port);
  if (typeof port !== 'string') return '';
  if (/^[0-9]+$/.test(port)) return String(Number(port));
  const named = portsOf(c).find((p) => p.name === port && p.containerPort !== undefined);
  return named ? String(named.containerPort) : port;
}
