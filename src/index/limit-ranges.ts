import type { Path } from '../core/types';
import { asArray, isObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import type { ClusterIndex } from './cluster-index';

/** A default a LimitRange gives to containers that leave a resource unset. */
export interface LimitRangeDefault {
  readonly value: string | number;
  readonly limitRange: Resource;
  /** Path of the value in the LimitRange (`spec.limits[0].default.memory`). */
  readonly path: Path;
}

export interface ContainerDefaults {
  /** The request a container gets for `resource` when it sets neither request nor limit. */
  request(resource: string): LimitRangeDefault | undefined;
  /** The limit a container gets for `resource` when it sets none. */
  limit(resource: string): LimitRangeDefault | undefined;
}

const cache = new WeakMap<ClusterIndex, Map<string, ContainerDefaults>>();

/**
 * The container defaults the LimitRanger admission plugin applies in a namespace, from the
 * LimitRanges of the input and context (k8s SetDefaults_LimitRangeItem): a default limit falls
 * back to `max`; a default request to `defaultRequest`, then `default`, then `max`, then `min`.
 * With several LimitRanges the first by name that sets a resource wins. Computed once per index.
 */
export function containerDefaultsIn(index: ClusterIndex, namespace: string): ContainerDefaults {
  let byNamespace = cache.get(index);
  if (!byNamespace) {
    byNamespace = buildDefaults(index);
    cache.set(index, byNamespace);
  }
  return byNamespace.get(namespace) ?? NONE;
}

const NONE: ContainerDefaults = { request: () => undefined, limit: () => undefined };

function buildDefaults(index: ClusterIndex): Map<string, ContainerDefaults> {
  const ranges = new Map<string, Resource[]>();
  for (const r of index.byKind('LimitRange')) {
    if (r.namespace === null) continue;
    const list = ranges.get(r.namespace);
    if (list) list.push(r);
    else ranges.set(r.namespace, [r]);
  }
  const out = new Map<string, ContainerDefaults>();
  for (const [namespace, list] of ranges) {
    const requests = new Map<string, LimitRangeDefault>();
    const limits = new Map<string, LimitRangeDefault>();
    for (const limitRange of [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const spec = isObject(limitRange.object.spec) ? limitRange.object.spec : {};
      asArray(spec.limits).forEach((item, i) => {
        if (!isObject(item) || item.type !== 'Container') return;
        const at = (field: string): Path => ['spec', 'limits', i, field];
        const fields = (field: string) => (isObject(item[field]) ? (item[field] as Record<string, unknown>) : {});
        const limitOrder = ['default', 'max'];
        const requestOrder = ['defaultRequest', 'default', 'max', 'min'];
        for (const [target, order] of [[limits, limitOrder], [requests, requestOrder]] as const) {
          const names = new Set(order.flatMap((f) => Object.keys(fields(f))));
          for (const name of names) {
            if (target.has(name)) continue;
            for (const field of order) {
              const value = fields(field)[name];
              if (typeof value === 'string' || typeof value === 'number') {
                target.set(name, { value, limitRange, path: [...at(field), name] });
                break;
              }
            }
          }
        }
      });
    }
    out.set(namespace, { request: (name) => requests.get(name), limit: (name) => limits.get(name) });
  }
  return out;
}
