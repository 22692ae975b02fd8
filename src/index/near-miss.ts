import { suggestName } from '../core/suggest';
import type { Resource } from '../resources/resource';
import type { ClusterIndex, PodTemplateEntry } from './cluster-index';
import type { Selector } from './label-selector';

/** Why a referenced object might be missing: a near name in the same namespace, or the same name elsewhere. */
export interface NearMiss {
  /** Text to append to a "not found" message, starting with a space (or ''). */
  readonly hint: string;
  /** The object the hint is about, for a related location. */
  readonly resource?: Resource;
}

/**
 * Looks for the object a broken by-name reference probably meant. Only called once a reference
 * is known to be broken, so scanning the kind's objects here is fine.
 */
export function findNearMiss(index: ClusterIndex, kind: string, namespace: string | null, name: string): NearMiss {
  const sameNamespace = new Map<string, Resource>();
  let elsewhere: Resource | undefined;
  for (const r of index.byKind(kind)) {
    if (r.namespace === namespace) {
      if (r.name !== '' && !sameNamespace.has(r.name)) sameNamespace.set(r.name, r);
    } else if (r.name === name && elsewhere === undefined) {
      elsewhere = r;
    }
  }
  const suggestion = suggestName(name, sameNamespace.keys());
  if (suggestion !== undefined) return { hint: ` (did you mean "${suggestion}"?)`, resource: sameNamespace.get(suggestion)! };
  if (elsewhere) return { hint: ` (one exists in namespace ${elsewhere.namespace ?? '(cluster)'})`, resource: elsewhere };
  return { hint: '' };
}

/**
 * The pod template a selector that matches nothing probably meant: the one sharing the most
 * selector labels (a matching value counts 2, the same key with another value 1). Undefined when
 * no template shares anything. Ties go to the first template in input order.
 */
export function findClosestTemplate(templates: readonly PodTemplateEntry[], selector: Selector): PodTemplateEntry | undefined {
  let best: PodTemplateEntry | undefined;
  let bestScore = 0;
  for (const entry of templates) {
    let score = 0;
    for (const [k, v] of Object.entries(selector.matchLabels)) {
      if (entry.labels[k] === v) score += 2;
      else if (Object.prototype.hasOwnProperty.call(entry.labels, k)) score += 1;
    }
    for (const e of selector.expressions) {
      const has = Object.prototype.hasOwnProperty.call(entry.labels, e.key);
      if (e.operator === 'In' && has && e.values.includes(entry.labels[e.key]!)) score += 2;
      else if (has) score += 1;
    }
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}
