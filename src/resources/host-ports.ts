import type { Path } from '../core/types';
import { type PodTemplateView, isObject } from './kinds';
import { containersOf, portsOf } from './pod-spec';

/** A port a pod takes on its node. */
export interface HostPortView {
  readonly hostPort: number;
  /** Defaulted to TCP. */
  readonly protocol: string;
  /** '' when unset: every address (0.0.0.0). */
  readonly hostIP: string;
  /** Path of the port entry (`…containers[0].ports[1]`). */
  readonly path: Path;
  /** The field that holds the host port: `hostPort`, or `containerPort` under hostNetwork. */
  readonly field: 'hostPort' | 'containerPort';
  readonly container: string;
}

/**
 * The host ports a pod occupies, as the scheduler's NodePorts plugin counts them: ports of app
 * containers and sidecars (init containers with restartPolicy Always), and under
 * `hostNetwork: true` every containerPort (defaulting sets hostPort = containerPort).
 */
export function hostPortsOf(template: PodTemplateView): HostPortView[] {
  const hostNetwork = template.spec.hostNetwork === true;
  const out: HostPortView[] = [];
  // most pods take none: a look at the raw lists spares them their container and port views
  if (!hostNetwork && !setsHostPort(template.spec.containers) && !setsHostPort(template.spec.initContainers)) return out;
  const containers = containersOf(template);
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i]!;
    if (c.group === 'initContainers' && !c.sidecar) continue;
    const ports = portsOf(c);
    for (let j = 0; j < ports.length; j++) {
      const p = ports[j]!;
      const explicit = p.hostPort !== undefined && p.hostPort > 0 ? p.hostPort : undefined;
      const hostPort = explicit ?? (hostNetwork ? p.containerPort : undefined);
      if (hostPort === undefined || hostPort <= 0) continue;
      out.push({
        hostPort,
        protocol: p.protocol,
        hostIP: typeof p.port.hostIP === 'string' && p.port.hostIP !== '0.0.0.0' ? p.port.hostIP : '',
        path: p.path,
        field: explicit !== undefined ? 'hostPort' : 'containerPort',
        container: c.name,
      });
    }
  }
  return out;
}

/** Whether a container of the list has a port with a hostPort above 0. */
function setsHostPort(containers: unknown): boolean {
  if (!Array.isArray(containers)) return false;
  for (let i = 0; i < containers.length; i++) {
    const container: unknown = containers[i];
    const ports = isObject(container) ? container.ports : undefined;
    if (!Array.isArray(ports)) continue;
    for (let j = 0; j < ports.length; j++) {
      const port = ports[j];
      if (isObject(port) && typeof port.hostPort === 'number' && port.hostPort > 0) return true;
    }
  }
  return false;
}

/** Whether two host ports cannot both be bound on one node: same port and protocol, overlapping address. */
export function hostPortsConflict(a: HostPortView, b: HostPortView): boolean {
  return a.hostPort === b.hostPort && a.protocol === b.protocol && (a.hostIP === '' || b.hostIP === '' || a.hostIP === b.hostIP);
}
