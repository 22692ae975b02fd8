/**
 * The minor version of a Kubernetes version (`1.34` → 34, `v1.30` → 30); Infinity when it does not
 * read, so that the newest behaviour applies.
 */
export function kubernetesMinor(version: string): number {
  const minor = /^v?\d+\.(\d+)/.exec(version)?.[1];
  return minor === undefined ? Infinity : Number(minor);
}
