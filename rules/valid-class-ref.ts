import type { Severity } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { findNearMiss } from '../src/index/near-miss';
import type { ReferenceKind } from '../src/index/references';
import { POD_SPEC_KINDS } from '../src/resources/kinds';

/** The classes an object names, and what happens when the one it names does not exist. */
const CLASSES: Partial<Record<ReferenceKind, { severity: Severity; consequence: string }>> = {
  PriorityClass: { severity: 'error', consequence: 'the API server rejects the pod (no PriorityClass with that name)' },
  RuntimeClass: { severity: 'error', consequence: 'the API server rejects the pod (RuntimeClass not found)' },
  StorageClass: { severity: 'error', consequence: 'the claim stays Pending, and so do the pods that mount it' },
  IngressClass: { severity: 'warning', consequence: 'no ingress controller serves the Ingress' },
  GatewayClass: { severity: 'warning', consequence: 'no controller accepts the Gateway' },
  DeviceClass: { severity: 'error', consequence: 'the claim cannot be allocated, and the pods that use it stay Pending' },
};

/**
 * Names that differ only in their numbers are siblings, not typos: the cluster's gp2 beside the
 * input's gp3, tier-1 beside tier-2.
 */
function isSibling(name: string, other: string): boolean {
  return name.replace(/\d+/g, '0') === other.replace(/\d+/g, '0');
}

export default createRule({
  id: 'valid-class-ref',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A PriorityClass, RuntimeClass, StorageClass, IngressClass, GatewayClass or DeviceClass an object names is not a typo of one the input defines.',
    rationale:
      'Classes are cluster objects, most of them provided by the cluster rather than written in the repository ' +
      '(the StorageClasses of the cloud, the IngressClass of the controller, the DeviceClasses of a DRA driver): a name the input does not define ' +
      'proves nothing. A name one or two edits from a class the input does define is a typo, and costs: a ' +
      'pod whose priorityClassName or runtimeClassName does not exist is rejected by the API server, a claim of ' +
      'a StorageClass that does not exist stays Pending, and so do the pods of a ResourceClaim whose DeviceClass does not exist, an Ingress or Gateway of a class nobody serves is ignored. ' +
      'Names that differ only in their numbers (gp2 and gp3) are different classes, not typos.',
    fix: 'use the name of the class the input defines',
    messages: {
      typo: '{{kind}} "{{name}}" does not exist (did you mean "{{suggestion}}"?): {{consequence}}',
    },
    defaultOptions: {},
    kinds: [...POD_SPEC_KINDS, 'PersistentVolumeClaim', 'Ingress', 'Gateway', 'ResourceClaim', 'ResourceClaimTemplate'],
  },
  check({ resource, index, report }) {
    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      const kind = ref.kind;
      const effect = CLASSES[kind];
      if (!effect || index.get(kind, null, ref.name) || index.isImplicit(kind, null, ref.name)) continue;
      const near = findNearMiss(index, kind, null, ref.name);
      if (near.suggestion === undefined || isSibling(ref.name, near.suggestion)) continue;
      report({
        messageId: 'typo',
        severity: effect.severity,
        data: { kind, name: ref.name, suggestion: near.suggestion, consequence: effect.consequence },
        path: ref.path,
        fix: `use "${near.suggestion}", or create ${kind} "${ref.name}"`,
        related: near.related,
      });
    }
  },
});
