import { isNearName, suggestName } from '../core/suggest';
import { type Resource, formatRef } from '../resources/resource';
import type { ClusterIndex, PodTemplateEntry } from './cluster-index';
import type { Path } from '../core/types';
import { type Selector, formatLabels, formatSelector } from './label-selector';

/** Why a referenced object might be missing: a near name in the same namespace, or the same name elsewhere. */
export interface NearMiss {
  /** Text to append to a "not found" message, starting with a space (or ''). */
  readonly hint: string;
  /** The object the hint is about, for a related location. */
  readonly resource?: Resource;
  /** A near name in the same namespace ("did you mean"). */
  readonly suggestion?: string;
  /** The object as a finding's related location (its name), or none. */
  readonly related: readonly { resource: Resource; path: Path; message: string }[];
}

interface KindNames {
  /** Objects of the kind by namespace, then by name (first definition wins). */
  readonly byNamespace: Map<string, Map<string, Resource>>;
  /** The first object of the kind with a given name, in any namespace. */
  readonly byName: Map<string, Resource>;
}

const names = new WeakMap<ClusterIndex, Map<string, KindNames>>();
const results = new WeakMap<ClusterIndex, Map<string, NearMiss>>();

/**
 * Looks for the object a broken by-name reference probably meant. Called only once a reference is
 * known to be broken; the names of a kind are gathered once per index and answers are cached, so
 * many references to the same missing object cost one lookup.
 */
export function findNearMiss(index: ClusterIndex, kind: string, namespace: string | null, name: string): NearMiss {
  let cache = results.get(index);
  if (!cache) results.set(index, (cache = new Map()));
  const key = `${kind}\u0000${namespace ?? ''}\u0000${name}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const { byNamespace, byName } = namesOf(index, kind);
  const sameNamespace = byNamespace.get(namespace ?? '') ?? new Map<string, Resource>();
  // object names are chosen, not typed from a schema: a typo of one is an edit or two away, while
  // three edits turn names of a naming scheme into each other (service1 → adservice)
  const suggestion = suggestName(name, sameNamespace.keys(), 2);
  let result: NearMiss = { hint: '', related: [] };
  if (suggestion !== undefined) {
    const resource = sameNamespace.get(suggestion)!;
    result = { hint: ` (did you mean "${suggestion}"?)`, resource, suggestion, related: relatedName(resource) };
  } else {
    const elsewhere = byName.get(name);
    if (elsewhere && elsewhere.namespace !== namespace) {
      result = { hint: ` (one exists in namespace ${elsewhere.namespace ?? '(cluster)'})`, resource: elsewhere, related: relatedName(elsewhere) };
    }
  }
  cache.set(key, result);
  return result;
}

function relatedName(resource: Resource): NearMiss['related'] {
  return [{ resource, path: ['metadata', 'name'], message: formatRef(resource.ref) }];
}

function namesOf(index: ClusterIndex, kind: string): KindNames {
  let perKind = names.get(index);
  if (!perKind) names.set(index, (perKind = new Map()));
  let entry = perKind.get(kind);
  if (entry) return entry;
  entry = { byNamespace: new Map(), byName: new Map() };
  for (const r of index.byKind(kind)) {
    if (r.name === '') continue;
    let inNamespace = entry.byNamespace.get(r.namespace ?? '');
    if (!inNamespace) entry.byNamespace.set(r.namespace ?? '', (inNamespace = new Map()));
    if (!inNamespace.has(r.name)) inNamespace.set(r.name, r);
    if (!entry.byName.has(r.name)) entry.byName.set(r.name, r);
  }
  perKind.set(kind, entry);
  return entry;
}

/**
 * The pod template a selector that matches nothing probably meant: the one sharing the most
 * selector labels (a matching value counts 2, the same key with a value an edit or two away 1).
 * Undefined when no template shares anything. Ties go to the first template in input order.
 */
function findClosestTemplate(templates: readonly PodTemplateEntry[], selector: Selector): PodTemplateEntry | undefined {
  // the index returns one array per namespace, and copies of an object share their selector
  let perSelector = closest.get(templates);
  if (!perSelector) closest.set(templates, (perSelector = new Map()));
  const key = JSON.stringify(selector);
  if (perSelector.has(key)) return perSelector.get(key);
  const found = scoreTemplates(templates, selector);
  perSelector.set(key, found);
  return found;
}

const closest = new WeakMap<readonly PodTemplateEntry[], Map<string, PodTemplateEntry | undefined>>();

function scoreTemplates(templates: readonly PodTemplateEntry[], selector: Selector): PodTemplateEntry | undefined {
  let best: PodTemplateEntry | undefined;
  let bestScore = 0;
  // indexed loops: this runs over every template of the namespace for each unmatched selector
  const keys = Object.keys(selector.matchLabels);
  const values = keys.map((k) => selector.matchLabels[k]);
  const expressions = selector.expressions;
  for (let t = 0; t < templates.length; t++) {
    const entry = templates[t]!;
    const labels = entry.labels;
    let score = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const value = labels[k];
      if (value === values[i]) score += 2;
      else if (value !== undefined && isNearName(value, values[i]!, 2)) score += 1;
    }
    for (let i = 0; i < expressions.length; i++) {
      const e = expressions[i]!;
      const value = labels[e.key];
      if (e.operator !== 'In' || value === undefined) continue;
      if (e.values.includes(value)) score += 2;
      else if (isNearValue(value, e.values)) score += 1;
    }
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

/** A label value one or two edits from a wanted one (`cart` for `carts`): a typo, not another app. */
function isNearValue(value: string, wanted: readonly string[]): boolean {
  return suggestName(value, wanted, 2) !== undefined;
}

/** What a rule reports about a selector that matches no pod template (message data `selector`, `namespace`, `hint`). */
export interface UnmatchedSelector {
  data: { selector: string; namespace: string; hint: string };
  related: { resource: Resource; path: Path; message: string }[];
}

/**
 * Null when the selector matches a pod template of the namespace; otherwise the words for a
 * finding, naming the closest template (the labels it has) as a hint and a related location.
 */
export function describeUnmatchedSelector(index: ClusterIndex, namespace: string, selector: Selector): UnmatchedSelector | null {
  if (index.podTemplatesMatching(namespace, selector).length > 0) return null;
  const closest = findClosestTemplate(index.podTemplates(namespace), selector);
  return {
    data: {
      selector: formatSelector(selector),
      namespace,
      hint: closest ? ` (closest: ${closest.resource.kind} ${closest.resource.name} with ${formatLabels(closest.labels)})` : '',
    },
    related: closest
      ? [{ resource: closest.resource, path: [...closest.template.path, 'metadata', 'labels'], message: `${closest.resource.kind} ${closest.resource.name}: pod template labels` }]
      : [],
  };
}
