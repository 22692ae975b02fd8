import type { Path } from '../core/types';
import { asArray, isObject } from './kinds';
import { type Resource, formatRef } from './resource';

/**
 * Null when the Service exposes `port` (a number: a `spec.ports[].port`; a string: a port's name),
 * or is an ExternalName Service without ports (any port goes to the external name); otherwise its
 * ports for a message (`http/80, 9090`) and their location.
 */
export function servicePortMismatch(
  service: Resource,
  port: string | number,
): { ports: string; related: { resource: Resource; path: Path; message: string }[] } | null {
  const spec = isObject(service.object.spec) ? service.object.spec : {};
  const ports = asArray(spec.ports).filter(isObject);
  if (spec.type === 'ExternalName' && ports.length === 0) return null;
  if (ports.some((p) => (typeof port === 'number' ? p.port === port : p.name === port))) return null;
  const listed = ports.map((p) => (typeof p.name === 'string' && p.name !== '' ? `${p.name}/${String(p.port)}` : String(p.port))).join(', ');
  return { ports: listed || '<none>', related: [{ resource: service, path: ['spec', 'ports'], message: `${formatRef(service.ref)} ports` }] };
}
