/**
 * Facts about objects the object plan and the simulation both need: who controls an object, and
 * whether it was read back from a cluster.
 */
import { asArray, asObject } from '../resources/kinds';
import type { KubeObject } from '../resources/resource';

/** The controller reference of an object (ownerReferences with controller: true, else the first). */
export function controllerOf(object: KubeObject): { kind: string; name: string } | null {
  const refs = asArray(asObject(object.metadata).ownerReferences).map(asObject);
  const ref = refs.find((r) => r.controller === true) ?? refs[0];
  if (!ref || typeof ref.kind !== 'string' || typeof ref.name !== 'string') return null;
  return { kind: ref.kind, name: ref.name };
}

/** An object read back from a cluster (kubectl get -o yaml), as opposed to a manifest. */
export function isLive(object: KubeObject): boolean {
  const metadata = asObject(object.metadata);
  return typeof metadata.uid === 'string' || typeof metadata.resourceVersion === 'string' || typeof metadata.creationTimestamp === 'string';
}
