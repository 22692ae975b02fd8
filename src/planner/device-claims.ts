/**
 * Dynamic resource allocation (DRA) as far as the plan follows it. A pod lists its claims under
 * spec.resourceClaims, each naming a ResourceClaim or a ResourceClaimTemplate (from which the
 * ResourceClaim controller creates the pod's own claim). The scheduler's DynamicResources plugin
 * looks every claim up before it looks at a node (PreFilter): a pod with a claim that does not
 * exist stays Pending. Allocating devices to claims is not simulated: the plan assumes it succeeds.
 */
import { resourceClaimEntries } from '../resources/pod-spec';
import type { KubeObject } from '../resources/resource';

/** The plan's note on an object whose pods claim devices. */
export const MESSAGE_DEVICES_ASSUMED = 'its pods claim devices (DRA resourceClaims): kubeplan does not simulate device allocation, the plan assumes every claim is allocated';

export interface DeviceClaimRef {
  readonly kind: 'ResourceClaim' | 'ResourceClaimTemplate';
  readonly name: string;
}

/** The claims and templates a pod spec names, in order. */
export function deviceClaimsOf(spec: KubeObject): readonly DeviceClaimRef[] {
  const entries = resourceClaimEntries(spec, []);
  if (entries.length === 0) return [];
  const out: DeviceClaimRef[] = [];
  for (const { source } of entries) {
    if (typeof source.resourceClaimName === 'string') out.push({ kind: 'ResourceClaim', name: source.resourceClaimName });
    else if (typeof source.resourceClaimTemplateName === 'string') out.push({ kind: 'ResourceClaimTemplate', name: source.resourceClaimTemplateName });
  }
  return out;
}

/**
 * The DynamicResources PreFilter's message for the first claim of the pod that cannot be found,
 * or null when all exist: a named claim is not found; a template that does not exist gives the pod
 * no claim, which the scheduler waits for.
 */
export function missingDeviceClaim(
  spec: KubeObject,
  namespace: string,
  podName: string,
  existing: { hasDeviceClaim(kind: DeviceClaimRef['kind'], namespace: string, name: string): boolean },
): string | null {
  for (const claim of deviceClaimsOf(spec)) {
    if (existing.hasDeviceClaim(claim.kind, namespace, claim.name)) continue;
    return claim.kind === 'ResourceClaim'
      ? `resourceclaim.resource.k8s.io "${claim.name}" not found`
      : `pod "${namespace}/${podName}": ResourceClaim not created yet (ResourceClaimTemplate "${claim.name}" not found)`;
  }
  return null;
}
