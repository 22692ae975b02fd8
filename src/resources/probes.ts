import type { Path } from '../core/types';
import { isObject } from './kinds';
import type { ContainerView } from './pod-spec';

export type ProbeField = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

export const PROBE_FIELDS: readonly ProbeField[] = ['livenessProbe', 'readinessProbe', 'startupProbe'];

/** A probe's handlers in the order the API server counts them (validateHandler): the second one found is the one it rejects. */
export const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
export type ProbeHandler = (typeof PROBE_HANDLERS)[number];

/** Kinds whose pods run for good: probes matter there (not Job/CronJob). */
export const LONG_RUNNING_KINDS: readonly string[] = ['Pod', 'Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet'];

export interface ProbePortView {
  readonly probe: ProbeField;
  readonly handler: 'httpGet' | 'tcpSocket' | 'grpc';
  /** A number, or a port name (a numeric string reads as its number, as the kubelet does). */
  readonly port: number | string;
  readonly path: Path;
}

/** The handlers that connect to a port. */
const PORT_HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

/** The ports the probes of a container connect to. */
export function probePortsOf(c: ContainerView): ProbePortView[] {
  const out: ProbePortView[] = [];
  for (let i = 0; i < PROBE_FIELDS.length; i++) {
    const probe = PROBE_FIELDS[i]!;
    const spec = c.container[probe];
    if (!isObject(spec)) continue;
    for (let j = 0; j < PORT_HANDLERS.length; j++) {
      const handler = PORT_HANDLERS[j]!;
      const action = spec[handler];
      if (!isObject(action)) continue;
      const raw = action.port;
      const port = typeof raw === 'string' && /^[0-9]+$/.test(raw) ? Number(raw) : raw;
      if (typeof port === 'number' || (typeof port === 'string' && port !== '')) {
        out.push({ probe, handler, port, path: [...c.path, probe, handler, 'port'] });
      }
    }
  }
  return out;
}

/** Pods that run to completion (restartPolicy Never/OnFailure) need no probes. */
export function runsToCompletion(podSpec: Record<string, unknown>): boolean {
  return podSpec.restartPolicy === 'Never' || podSpec.restartPolicy === 'OnFailure';
}
