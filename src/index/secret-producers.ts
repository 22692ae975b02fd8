import { asArray, isObject, podTemplateOf } from '../resources/kinds';
import { containersOf } from '../resources/pod-spec';
import type { Resource } from '../resources/resource';
import type { ClusterIndex } from './cluster-index';

/**
 * An object in the input whose controller creates a Secret (cert-manager, Sealed Secrets, External
 * Secrets), or a Job that names the Secret in its arguments or environment, the way certificate
 * generators such as kube-webhook-certgen (`--secret-name=…`) create one at install time.
 */
export interface SecretProducer {
  readonly resource: Resource;
  /** The keys the Secret will have, or undefined when they cannot be known offline. */
  readonly keys: readonly string[] | undefined;
}

const cache = new WeakMap<ClusterIndex, Map<string, SecretProducer>>();

/** The object that will create Secret `namespace/name`, if one is in the input or context. */
export function findSecretProducer(index: ClusterIndex, namespace: string | null, name: string): SecretProducer | undefined {
  let producers = cache.get(index);
  if (!producers) cache.set(index, (producers = buildSecretProducers(index)));
  return producers.get(`${namespace ?? ''}/${name}`);
}

function buildSecretProducers(index: ClusterIndex): Map<string, SecretProducer> {
  const out = new Map<string, SecretProducer>();
  const add = (resource: Resource, name: unknown, keys: readonly string[] | undefined) => {
    if (typeof name !== 'string' || name === '') return;
    const key = `${resource.namespace ?? ''}/${name}`;
    if (!out.has(key)) out.set(key, { resource, keys });
  };
  for (const r of index.byKind('Certificate')) {
    if (r.group !== 'cert-manager.io' || !isObject(r.object.spec)) continue;
    add(r, r.object.spec.secretName, undefined);
  }
  for (const r of index.byKind('SealedSecret')) {
    if (r.group !== 'bitnami.com') continue;
    const spec = isObject(r.object.spec) ? r.object.spec : {};
    const template = isObject(spec.template) ? spec.template : {};
    const keys = [
      ...Object.keys(isObject(spec.encryptedData) ? spec.encryptedData : {}),
      ...Object.keys(isObject(template.data) ? template.data : {}),
    ];
    add(r, r.name, [...new Set(keys)].sort());
  }
  for (const r of index.byKind('ExternalSecret')) {
    if (r.group !== 'external-secrets.io' || !isObject(r.object.spec)) continue;
    const spec = r.object.spec;
    const target = isObject(spec.target) ? spec.target : {};
    const keys = asArray(spec.data).flatMap((d) => (isObject(d) && typeof d.secretKey === 'string' ? [d.secretKey] : []));
    const templated = isObject(target.template);
    add(r, typeof target.name === 'string' ? target.name : r.name, spec.dataFrom !== undefined || templated ? undefined : [...new Set(keys)].sort());
  }
  for (const r of index.byKind('Job')) {
    const template = podTemplateOf(r);
    if (!template) continue;
    for (const c of containersOf(template)) {
      const words = [...asArray(c.container.command), ...asArray(c.container.args)];
      words.forEach((word, i) => {
        // --secret-name=x, --secret-name x, -secret x: a flag that mentions "secret", and its value.
        if (typeof word !== 'string' || !word.startsWith('-')) return;
        const eq = word.indexOf('=');
        const flag = eq === -1 ? word : word.slice(0, eq);
        if (!/secret/i.test(flag)) return;
        add(r, eq === -1 ? words[i + 1] : word.slice(eq + 1), undefined);
      });
      for (const env of asArray(c.container.env)) {
        if (isObject(env) && typeof env.value === 'string' && /SECRET/i.test(String(env.name))) add(r, env.value, undefined);
      }
    }
  }
  return out;
}
