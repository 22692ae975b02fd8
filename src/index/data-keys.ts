import { isObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';

/** Keys the token controller adds to a Secret of type kubernetes.io/service-account-token. */
const SERVICE_ACCOUNT_TOKEN_KEYS = ['ca.crt', 'namespace', 'token'];

/**
 * The keys of a ConfigMap (data, binaryData) or Secret (data, stringData), sorted, names only.
 * Includes keys Kubernetes fills in itself (service-account-token Secrets). Never returns values.
 */
export function dataKeysOf(resource: Resource): string[] {
  const fields = resource.kind === 'Secret' ? ['data', 'stringData'] : ['data', 'binaryData'];
  const keys = new Set<string>();
  for (const field of fields) {
    const data = resource.object[field];
    if (isObject(data)) for (const key of Object.keys(data)) keys.add(key);
  }
  if (resource.kind === 'Secret' && resource.object.type === 'kubernetes.io/service-account-token') {
    for (const key of SERVICE_ACCOUNT_TOKEN_KEYS) keys.add(key);
  }
  return [...keys].sort();
}

/** Keys of the objects every cluster creates by itself (see ClusterIndex.isImplicit). */
export function implicitDataKeys(kind: string, name: string): string[] | undefined {
  return kind === 'ConfigMap' && name === 'kube-root-ca.crt' ? ['ca.crt'] : undefined;
}

/**
 * The keys an environment variable can read (configMapKeyRef, envFrom): the kubelet reads a
 * ConfigMap's `data` only, never `binaryData`. Secrets: every key (stringData is merged into data).
 */
export function envDataKeysOf(resource: Resource): string[] {
  if (resource.kind !== 'ConfigMap') return dataKeysOf(resource);
  const data = resource.object.data;
  return isObject(data) ? Object.keys(data).sort() : [];
}
