/**
 * The minor version of a Kubernetes version (`1.34` → 34, `v1.30` → 30); Infinity when it does not
 * read, so that the newest behaviour applies.
 */
export function kubernetesMinor(version: string): number {
  const minor = /^v?\d+\.(\d+)/.exec(version)?.[1];
  return minor === undefined ? Infinity : Number(minor);
}

/**
 * A StatefulSet's `rollingUpdate.maxUnavailable` (MaxUnavailableStatefulSet): beta and on from this
 * minor version, where it defaults to 1; alpha and off before, where the API server drops the field.
 */
export const STATEFULSET_MAX_UNAVAILABLE_SINCE = 35;
