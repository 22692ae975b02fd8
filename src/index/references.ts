import type { Path } from '../core/types';
import { asArray, asObject, isObject, podTemplateOf } from '../resources/kinds';
import { ALL_CONTAINER_GROUPS, containersOf, resourceClaimEntries, volumesOf } from '../resources/pod-spec';
import type { KubeObject, Resource } from '../resources/resource';

export type ReferenceKind =
  | 'ConfigMap'
  | 'Secret'
  | 'ServiceAccount'
  | 'PersistentVolumeClaim'
  | 'Service'
  | 'PriorityClass'
  | 'RuntimeClass'
  | 'StorageClass'
  | 'IngressClass'
  | 'GatewayClass'
  | 'Role'
  | 'ClusterRole'
  | 'ResourceClaim'
  | 'ResourceClaimTemplate'
  | 'DeviceClass'
  | 'ScaleTarget';

/** How an object refers to another by name. Selector-based relations live in the index instead. */
export interface Reference {
  readonly kind: ReferenceKind;
  /** For ScaleTarget: the target's kind (Deployment, StatefulSet, …); otherwise equal to `kind`. */
  readonly targetKind: string;
  readonly name: string;
  /** Namespace of the target; null for cluster-scoped targets. */
  readonly namespace: string | null;
  /** Path of the name in the referring object. */
  readonly path: Path;
  /** Keys that must exist in the target's data (configMapKeyRef.key, volume items[].key). */
  readonly keys: readonly { key: string; path: Path }[];
  readonly optional: boolean;
  /** Where the reference comes from, for messages: "env", "envFrom", "volume", "imagePullSecrets", … */
  readonly via: string;
  /** For Service references from an Ingress: the backend port (name or number) and its path. */
  readonly port?: { value: string | number; path: Path };
}

/** Every by-name reference an object makes. Pure; computed once per object by the index. */
export function extractReferences(resource: Resource): Reference[] {
  const refs: Reference[] = [];
  const ns = resource.namespace;
  const add = (
    kind: ReferenceKind,
    name: unknown,
    path: Path,
    via: string,
    extra: Partial<Pick<Reference, 'keys' | 'optional' | 'port' | 'namespace' | 'targetKind'>> = {},
  ) => {
    if (typeof name !== 'string' || name === '') return;
    refs.push({ kind, targetKind: kind, name, namespace: ns, path, keys: [], optional: false, via, ...extra });
  };

  const template = podTemplateOf(resource);
  if (template) {
    const spec = template.spec;
    const sp = template.specPath;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    for (let n = 0; n < containers.length; n++) {
      const c = containers[n]!;
      asArray(c.container.env).forEach((env, i) => {
        if (!isObject(env) || !isObject(env.valueFrom)) return;
        for (const [field, kind] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']] as const) {
          const ref = env.valueFrom[field];
          if (!isObject(ref)) continue;
          const at = [...c.path, 'env', i, 'valueFrom', field];
          add(kind, ref.name, [...at, 'name'], 'env', {
            keys: typeof ref.key === 'string' ? [{ key: ref.key, path: [...at, 'key'] }] : [],
            optional: ref.optional === true,
          });
        }
      });
      asArray(c.container.envFrom).forEach((source, i) => {
        if (!isObject(source)) return;
        for (const [field, kind] of [['configMapRef', 'ConfigMap'], ['secretRef', 'Secret']] as const) {
          const ref = source[field];
          if (isObject(ref)) add(kind, ref.name, [...c.path, 'envFrom', i, field, 'name'], 'envFrom', { optional: ref.optional === true });
        }
      });
    }
    const claimTemplates = new Set<string>();
    if (resource.kind === 'StatefulSet' && isObject(resource.object.spec)) {
      asArray(resource.object.spec.volumeClaimTemplates).forEach((t, i) => {
        if (!isObject(t)) return;
        if (isObject(t.metadata) && typeof t.metadata.name === 'string') claimTemplates.add(t.metadata.name);
        if (isObject(t.spec)) {
          const at = ['spec', 'volumeClaimTemplates', i, 'spec', 'storageClassName'];
          add('StorageClass', t.spec.storageClassName, at, 'volumeClaimTemplates', { namespace: null });
        }
      });
    }
    const volumes = volumesOf(template);
    for (let n = 0; n < volumes.length; n++) {
      const v = volumes[n]!;
      const volume = v.volume;
      if (isObject(volume.configMap)) {
        add('ConfigMap', volume.configMap.name, [...v.path, 'configMap', 'name'], 'volume', {
          keys: itemKeys(volume.configMap, [...v.path, 'configMap']),
          optional: volume.configMap.optional === true,
        });
      }
      if (isObject(volume.secret)) {
        add('Secret', volume.secret.secretName, [...v.path, 'secret', 'secretName'], 'volume', {
          keys: itemKeys(volume.secret, [...v.path, 'secret']),
          optional: volume.secret.optional === true,
        });
      }
      if (isObject(volume.projected)) {
        asArray(volume.projected.sources).forEach((source, i) => {
          if (!isObject(source)) return;
          for (const [field, kind] of [['configMap', 'ConfigMap'], ['secret', 'Secret']] as const) {
            const ref = source[field];
            if (!isObject(ref)) continue;
            const at = [...v.path, 'projected', 'sources', i, field];
            add(kind, ref.name, [...at, 'name'], 'projected volume', { keys: itemKeys(ref, at), optional: ref.optional === true });
          }
        });
      }
      const ephemeral = isObject(volume.ephemeral) && isObject(volume.ephemeral.volumeClaimTemplate) ? volume.ephemeral.volumeClaimTemplate : null;
      if (ephemeral && isObject(ephemeral.spec)) {
        const at = [...v.path, 'ephemeral', 'volumeClaimTemplate', 'spec', 'storageClassName'];
        add('StorageClass', ephemeral.spec.storageClassName, at, 'ephemeral volume', { namespace: null });
      }
      // The StatefulSet controller replaces a volume named like a volumeClaimTemplate with the claim it creates.
      if (isObject(volume.persistentVolumeClaim) && !claimTemplates.has(v.name)) {
        add('PersistentVolumeClaim', volume.persistentVolumeClaim.claimName, [...v.path, 'persistentVolumeClaim', 'claimName'], 'volume');
      }
      for (let f = 0; f < SECRET_VOLUME_FIELDS.length; f++) {
        const field = SECRET_VOLUME_FIELDS[f]![0];
        const key = SECRET_VOLUME_FIELDS[f]![1];
        const ref = volume[field];
        if (isObject(ref) && isObject(ref[key])) add('Secret', (ref[key] as KubeObject).name, [...v.path, field, key, 'name'], 'volume');
      }
    }
    asArray(spec.imagePullSecrets).forEach((s, i) => {
      if (isObject(s)) add('Secret', s.name, [...sp, 'imagePullSecrets', i, 'name'], 'imagePullSecrets');
    });
    const saField = typeof spec.serviceAccountName === 'string' ? 'serviceAccountName' : 'serviceAccount';
    add('ServiceAccount', spec[saField], [...sp, saField], 'serviceAccountName');
    add('PriorityClass', spec.priorityClassName, [...sp, 'priorityClassName'], 'priorityClassName', { namespace: null });
    add('RuntimeClass', spec.runtimeClassName, [...sp, 'runtimeClassName'], 'runtimeClassName', { namespace: null });
    for (const { source, sourcePath } of resourceClaimEntries(spec, sp)) {
      add('ResourceClaim', source.resourceClaimName, [...sourcePath, 'resourceClaimName'], 'resourceClaims');
      add('ResourceClaimTemplate', source.resourceClaimTemplateName, [...sourcePath, 'resourceClaimTemplateName'], 'resourceClaims');
    }
  }

  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  switch (resource.kind) {
    case 'Ingress': {
      const backend = (b: unknown, at: Path) => {
        if (!isObject(b)) return;
        if (isObject(b.service)) {
          const port = isObject(b.service.port) ? b.service.port : {};
          const value = typeof port.name === 'string' ? port.name : typeof port.number === 'number' ? port.number : undefined;
          const portField = typeof port.name === 'string' ? 'name' : 'number';
          add('Service', b.service.name, [...at, 'service', 'name'], 'ingress backend', {
            ...(value !== undefined ? { port: { value, path: [...at, 'service', 'port', portField] } } : {}),
          });
        } else if (typeof b.serviceName === 'string') {
          const value = b.servicePort;
          add('Service', b.serviceName, [...at, 'serviceName'], 'ingress backend', {
            ...(typeof value === 'string' || typeof value === 'number' ? { port: { value, path: [...at, 'servicePort'] } } : {}),
          });
        }
      };
      backend(spec.defaultBackend, ['spec', 'defaultBackend']);
      backend(spec.backend, ['spec', 'backend']);
      asArray(spec.rules).forEach((rule, r) => {
        if (!isObject(rule) || !isObject(rule.http)) return;
        asArray(rule.http.paths).forEach((p, i) => {
          if (isObject(p)) backend(p.backend, ['spec', 'rules', r, 'http', 'paths', i, 'backend']);
        });
      });
      asArray(spec.tls).forEach((tls, i) => {
        if (isObject(tls)) add('Secret', tls.secretName, ['spec', 'tls', i, 'secretName'], 'ingress TLS');
      });
      add('IngressClass', spec.ingressClassName, ['spec', 'ingressClassName'], 'ingressClassName', { namespace: null });
      break;
    }
    case 'PersistentVolumeClaim':
      add('StorageClass', spec.storageClassName, ['spec', 'storageClassName'], 'storageClassName', { namespace: null });
      break;
    case 'Gateway':
      if (resource.group === 'gateway.networking.k8s.io') {
        add('GatewayClass', spec.gatewayClassName, ['spec', 'gatewayClassName'], 'gatewayClassName', { namespace: null });
      }
      break;
    case 'HTTPRoute':
    case 'GRPCRoute':
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
      // Gateway API backendRefs to Services (group "" and kind Service are the defaults)
      if (resource.group !== 'gateway.networking.k8s.io') break;
      asArray(spec.rules).forEach((rule, r) => {
        asArray(asObject(rule).backendRefs).forEach((raw, b) => {
          const ref = asObject(raw);
          if ((ref.group ?? '') !== '' || (ref.kind ?? 'Service') !== 'Service') return;
          const at: Path = ['spec', 'rules', r, 'backendRefs', b];
          const namespace = typeof ref.namespace === 'string' && ref.namespace !== '' ? ref.namespace : ns;
          add('Service', ref.name, [...at, 'name'], 'route backend', {
            namespace,
            ...(typeof ref.port === 'number' ? { port: { value: ref.port, path: [...at, 'port'] } } : {}),
          });
        });
      });
      break;
    case 'HorizontalPodAutoscaler': {
      const target = isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
      if (typeof target.kind === 'string') {
        add('ScaleTarget', target.name, ['spec', 'scaleTargetRef', 'name'], 'scaleTargetRef', { targetKind: target.kind });
      }
      break;
    }
    case 'StatefulSet':
      add('Service', spec.serviceName, ['spec', 'serviceName'], 'serviceName');
      break;
    case 'ResourceClaim':
    case 'ResourceClaimTemplate':
      if (resource.group === 'resource.k8s.io') {
        const template = resource.kind === 'ResourceClaimTemplate';
        deviceClassReferences(template ? asObject(spec.spec) : spec, template ? ['spec', 'spec'] : ['spec'], add);
      }
      break;
    case 'ServiceAccount':
      asArray(resource.object.secrets).forEach((s, i) => {
        if (isObject(s)) add('Secret', s.name, ['secrets', i, 'name'], 'ServiceAccount secrets');
      });
      asArray(resource.object.imagePullSecrets).forEach((s, i) => {
        if (isObject(s)) add('Secret', s.name, ['imagePullSecrets', i, 'name'], 'imagePullSecrets');
      });
      break;
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const roleRef = isObject(resource.object.roleRef) ? resource.object.roleRef : {};
      if (roleRef.kind === 'Role' || roleRef.kind === 'ClusterRole') {
        add(roleRef.kind, roleRef.name, ['roleRef', 'name'], 'roleRef', roleRef.kind === 'ClusterRole' ? { namespace: null } : {});
      }
      asArray(resource.object.subjects).forEach((s, i) => {
        if (!isObject(s) || s.kind !== 'ServiceAccount') return;
        const namespace = typeof s.namespace === 'string' ? s.namespace : ns;
        if (namespace !== null) add('ServiceAccount', s.name, ['subjects', i, 'name'], 'subjects', { namespace });
      });
      break;
    }
  }
  return refs;
}

/**
 * The DeviceClasses a claim's device requests name: under `exactly` (resource.k8s.io/v1), on the
 * request itself (v1beta1), and in each alternative of `firstAvailable`.
 */
function deviceClassReferences(claimSpec: KubeObject, at: Path, add: (kind: ReferenceKind, name: unknown, path: Path, via: string, extra: { namespace: null }) => void): void {
  asArray(asObject(claimSpec.devices).requests).forEach((request, i) => {
    if (!isObject(request)) return;
    const base = [...at, 'devices', 'requests', i];
    const exactly = isObject(request.exactly);
    const name = exactly ? (request.exactly as KubeObject).deviceClassName : request.deviceClassName;
    add('DeviceClass', name, exactly ? [...base, 'exactly', 'deviceClassName'] : [...base, 'deviceClassName'], 'device request', { namespace: null });
    asArray(request.firstAvailable).forEach((alternative, j) => {
      if (isObject(alternative)) add('DeviceClass', alternative.deviceClassName, [...base, 'firstAvailable', j, 'deviceClassName'], 'device request', { namespace: null });
    });
  });
}

/** Volume sources that name a Secret through a nested `{name}` reference. */
const SECRET_VOLUME_FIELDS: readonly [string, string][] = [
  ['csi', 'nodePublishSecretRef'],
  ['cephfs', 'secretRef'],
  ['rbd', 'secretRef'],
  ['iscsi', 'secretRef'],
  ['flexVolume', 'secretRef'],
  ['scaleIO', 'secretRef'],
  ['storageos', 'secretRef'],
];

function itemKeys(source: KubeObject, at: Path): { key: string; path: Path }[] {
  const keys: { key: string; path: Path }[] = [];
  asArray(source.items).forEach((item, i) => {
    if (isObject(item) && typeof item.key === 'string') keys.push({ key: item.key, path: [...at, 'items', i, 'key'] });
  });
  return keys;
}
