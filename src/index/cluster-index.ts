import { type PodTemplateView, podTemplateOf } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import { type Labels, type Selector, selectorMatches, stringMap } from './label-selector';
import { isControllerLabelKey, podLabelsFor } from './controller-labels';
import { type Reference, extractReferences } from './references';

export interface PodTemplateEntry {
  readonly resource: Resource;
  readonly template: PodTemplateView;
  /** The template's labels (a Pod's own labels). */
  readonly labels: Labels;
}

export interface IncomingReference {
  readonly from: Resource;
  readonly reference: Reference;
}

/**
 * A read-only view of every object in the run, built once: objects by kind/namespace/name, pod
 * templates by label, by-name references in both directions. Rules ask it instead of rescanning.
 */
export interface ClusterIndex {
  /** The objects being linted. */
  readonly resources: readonly Resource[];
  /** Linted objects plus context objects (other files of the repository, the current cluster state). */
  readonly all: readonly Resource[];
  byKind(kind: string): readonly Resource[];
  /** The object of that kind (any API group), or undefined. Context objects count. */
  get(kind: string, namespace: string | null, name: string): Resource | undefined;
  /** Objects every cluster has without a manifest (default ServiceAccount, kube-root-ca.crt, …). */
  isImplicit(kind: string, namespace: string | null, name: string): boolean;
  /** Pod templates (of Pods and of every workload kind) in a namespace. */
  podTemplates(namespace: string): readonly PodTemplateEntry[];
  /**
   * Pod templates in `namespace` whose pods the selector matches: the template labels, plus the
   * labels controllers add with values the input determines (see controller-labels.ts).
   */
  podTemplatesMatching(namespace: string, selector: Selector): readonly PodTemplateEntry[];
  referencesFrom(resource: Resource): readonly Reference[];
  referencesTo(kind: string, namespace: string | null, name: string): readonly IncomingReference[];
  /**
   * Every object with the resource's group, kind, namespace and name, itself included, in input
   * order: the linted objects, then the context.
   */
  withIdentity(resource: Resource): readonly Resource[];
  /** Whether the namespace is defined in the input/context or always exists. */
  namespaceExists(name: string): boolean;
}

const SYSTEM_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);
const SYSTEM_PRIORITY_CLASSES = new Set(['system-cluster-critical', 'system-node-critical']);

export function buildClusterIndex(resources: readonly Resource[], context: readonly Resource[] = []): ClusterIndex {
  const all = context.length === 0 ? resources : [...resources, ...context];
  const byKind = new Map<string, Resource[]>();
  const byName = new Map<string, Resource>();
  const byKey = new Map<string, Resource[]>();
  const templatesByNamespace = new Map<string, PodTemplateEntry[]>();
  const templatesByLabel = new Map<string, Map<string, PodTemplateEntry[]>>();
  const outgoing = new Map<Resource, Reference[]>();
  const incoming = new Map<string, IncomingReference[]>();
  const namespaces = new Set(SYSTEM_NAMESPACES);

  for (let i = 0; i < all.length; i++) {
    const resource = all[i]!;
    push(byKind, resource.kind, resource);
    const nameKey = `${resource.kind}/${resource.namespace ?? ''}/${resource.name}`;
    if (!byName.has(nameKey)) byName.set(nameKey, resource);
    push(byKey, resource.key, resource);
    if (resource.kind === 'Namespace' && resource.name !== '') namespaces.add(resource.name);

    const template = podTemplateOf(resource);
    if (template && resource.namespace !== null) {
      const entry: PodTemplateEntry = { resource, template, labels: stringMap(template.metadata.labels) };
      push(templatesByNamespace, resource.namespace, entry);
      let postings = templatesByLabel.get(resource.namespace);
      if (!postings) templatesByLabel.set(resource.namespace, (postings = new Map()));
      for (const k in entry.labels) push(postings, `${k}=${entry.labels[k]}`, entry);
    }

    const refs = extractReferences(resource);
    outgoing.set(resource, refs);
    for (let r = 0; r < refs.length; r++) {
      const reference = refs[r]!;
      push(incoming, `${reference.targetKind}/${reference.namespace ?? ''}/${reference.name}`, { from: resource, reference });
    }
  }

  const matchCache = new Map<string, readonly PodTemplateEntry[]>();
  const EMPTY: readonly never[] = [];

  return {
    resources,
    all,
    byKind: (kind) => byKind.get(kind) ?? EMPTY,
    get: (kind, namespace, name) => byName.get(`${kind}/${namespace ?? ''}/${name}`),
    isImplicit: (kind, namespace, name) =>
      (kind === 'ServiceAccount' && name === 'default') ||
      (kind === 'ConfigMap' && name === 'kube-root-ca.crt') ||
      (kind === 'Namespace' && SYSTEM_NAMESPACES.has(name)) ||
      (kind === 'PriorityClass' && SYSTEM_PRIORITY_CLASSES.has(name)) ||
      (kind === 'Service' && namespace === 'default' && name === 'kubernetes'),
    podTemplates: (namespace) => templatesByNamespace.get(namespace) ?? EMPTY,
    podTemplatesMatching(namespace, selector) {
      const cacheKey = `${namespace}\u0000${JSON.stringify(selector)}`;
      const cached = matchCache.get(cacheKey);
      if (cached) return cached;
      let candidates: readonly PodTemplateEntry[] = templatesByNamespace.get(namespace) ?? EMPTY;
      const postings = templatesByLabel.get(namespace);
      let controllerKeys = false;
      for (const [k, v] of Object.entries(selector.matchLabels)) {
        // Controller labels (a StatefulSet's pod name) are not in the templates: they cannot narrow the search.
        if (isControllerLabelKey(k)) {
          controllerKeys = true;
          continue;
        }
        const list = postings?.get(`${k}=${v}`) ?? EMPTY;
        if (list.length < candidates.length) candidates = list;
      }
      controllerKeys ||= selector.expressions.some((e) => isControllerLabelKey(e.key));
      const result = candidates.filter((entry) =>
        selectorMatches(selector, controllerKeys ? podLabelsFor(entry.resource, entry.labels, selector) : entry.labels),
      );
      matchCache.set(cacheKey, result);
      return result;
    },
    referencesFrom: (resource) => outgoing.get(resource) ?? extractReferences(resource),
    referencesTo: (kind, namespace, name) => incoming.get(`${kind}/${namespace ?? ''}/${name}`) ?? EMPTY,
    withIdentity: (resource) => byKey.get(resource.key) ?? [resource],
    namespaceExists: (name) => namespaces.has(name),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
