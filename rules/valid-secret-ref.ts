import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { dataKeysOf } from '../src/index/data-keys';
import { findTarget } from '../src/index/find-target';
import { findNearMiss } from '../src/index/near-miss';
import { findSecretProducer } from '../src/index/secret-producers';
import { POD_SPEC_KINDS, isObject } from '../src/resources/kinds';
import { type Resource, formatRef } from '../src/resources/resource';

/** Annotations that make cert-manager create an Ingress's TLS Secrets (ingress-shim). */
const CERT_MANAGER_ANNOTATIONS = ['cert-manager.io/cluster-issuer', 'cert-manager.io/issuer'];
const TLS_KEYS = ['tls.crt', 'tls.key'];

export default createRule({
  id: 'valid-secret-ref',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Every Secret an object refers to exists, with every key it asks for.',
    rationale:
      'A pod that refers to a missing Secret, or to a key the Secret lacks, never starts: the kubelet reports ' +
      'CreateContainerConfigError (env) or the volume never mounts (ContainerCreating). An Ingress whose TLS ' +
      'Secret is missing serves the controller\'s default certificate. References marked optional: true are ' +
      'allowed to be missing. Secrets that cert-manager, Sealed Secrets or External Secrets create from an ' +
      'object in the input count as present.',
    fix: 'create the Secret (or add the key), fix the name, or mark the reference optional: true',
    messages: {
      missing: 'Secret "{{name}}" not found in namespace {{namespace}}{{hint}}',
      missingKey: 'Secret "{{name}}" has no key "{{key}}" (keys: {{keys}})',
      missingTlsKeys: 'Secret "{{name}}" used for TLS has no {{missing}} (keys: {{keys}})',
    },
    defaultOptions: {},
    kinds: [...POD_SPEC_KINDS, 'Ingress', 'ServiceAccount'],
  },
  check({ resource, index, report }) {
    const certManaged = resource.kind === 'Ingress' && isCertManaged(resource);
    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      if (ref.kind !== 'Secret') continue;
      const tls = ref.via === 'ingress TLS';
      const severity = ref.optional ? ('info' as const) : undefined;
      const namespace = ref.namespace ?? '';
      const target = findTarget(index, resource, 'Secret', ref.namespace, ref.name);
      let keys: readonly string[] | undefined;
      let holder: Resource;
      if (target) {
        keys = dataKeysOf(target);
        holder = target;
      } else {
        const producer = findSecretProducer(index, ref.namespace, ref.name);
        if (!producer) {
          if (tls && certManaged) continue;
          const near = findNearMiss(index, 'Secret', ref.namespace, ref.name);
          report({
            messageId: 'missing',
            data: { name: ref.name, namespace, hint: near.hint },
            path: ref.path,
            severity,
            fix: near.suggestion
            ? `use "${near.suggestion}", or create Secret "${ref.name}" in namespace ${namespace}`
            : `create Secret "${ref.name}" in namespace ${namespace}, fix the name, or mark the reference optional: true`,
            related: near.related,
          });
          continue;
        }
        keys = producer.keys;
        holder = producer.resource;
      }
      if (keys === undefined) continue;
      const listed = keys.join(', ') || '<none>';
      const where = [related(holder, `${formatRef(holder.ref)} (keys: ${listed})`)];
      for (const { key, path } of ref.keys) {
        if (keys.includes(key)) continue;
        report({
          messageId: 'missingKey',
          data: { name: ref.name, key, keys: listed },
          path,
          severity,
          fix: `use one of the existing keys, or add "${key}" to the Secret`,
          related: where,
        });
      }
      if (tls) {
        const missing = TLS_KEYS.filter((k) => !keys.includes(k));
        // a linted Secret of type kubernetes.io/tls without them is rejected itself: valid-config-data's finding
        if (missing.length > 0 && !(target && isLintedTlsSecret(index, target))) {
          report({
            messageId: 'missingTlsKeys',
            data: { name: ref.name, missing: missing.map((k) => `"${k}"`).join(' or '), keys: listed },
            path: ref.path,
            fix: 'a TLS Secret needs the keys tls.crt and tls.key (type kubernetes.io/tls)',
            related: where,
          });
        }
      }
    }
  },
});

function related(resource: Resource, message: string): { resource: Resource; path: Path; message: string } {
  return { resource, path: ['metadata', 'name'], message };
}

function isLintedTlsSecret(index: ClusterIndex, secret: Resource): boolean {
  return secret.apiVersion === 'v1' && secret.object.type === 'kubernetes.io/tls' && index.resources.includes(secret);
}

function isCertManaged(ingress: Resource): boolean {
  const metadata = isObject(ingress.object.metadata) ? ingress.object.metadata : {};
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  return CERT_MANAGER_ANNOTATIONS.some((a) => typeof annotations[a] === 'string') || annotations['kubernetes.io/tls-acme'] === 'true';
}
