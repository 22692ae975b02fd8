import type { Finding, Location, Path } from '../core/types';
import { formatPath } from '../core/path';
import type { SourceDocument, SourceFile } from '../source/source-file';
import { buildScopeResolver, canonicalGroup, isObject } from './kinds';
import { type KubeObject, type Resource, objectKey, splitApiVersion } from './resource';

export interface BuildResourcesResult {
  resources: Resource[];
  /** `yaml` findings for undecodable documents, `input` findings for documents that are not objects. */
  findings: Finding[];
}

/**
 * Turns parsed files into resources: expands `List`/`*List`, checks that every document is a
 * Kubernetes object (mapping with string apiVersion and kind), and resolves identities.
 */
export function buildResources(files: readonly SourceFile[]): BuildResourcesResult {
  const findings: Finding[] = [];
  const candidates: { document: SourceDocument; path: Path; object: KubeObject }[] = [];

  for (let f = 0; f < files.length; f++) {
    const file = files[f]!;
    for (const problem of file.problems) {
      findings.push(sourceFinding(file.file, 'yaml', problem.message, problem.location));
    }
    for (let d = 0; d < file.documents.length; d++) {
      const document = file.documents[d]!;
      const value = document.value;
      if (!isObject(value)) {
        findings.push(notAnObject(document, [], value));
        continue;
      }
      const items = value.items;
      if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(items)) {
        items.forEach((item, i) => {
          if (isObject(item)) candidates.push({ document, path: ['items', i], object: item });
          else findings.push(notAnObject(document, ['items', i], item));
        });
        continue;
      }
      // v1 List is no API resource, only a container: without an items list kubectl sends it as an
      // object of kind List, which the API server refuses.
      if (value.apiVersion === 'v1' && value.kind === 'List') {
        const found = items === undefined ? 'none' : describeValue(items);
        const at = items === undefined ? ['kind'] : ['items'];
        const message = `a List needs items: a list of objects (found ${found})`;
        findings.push(sourceFinding(document.file, 'input', message, document.locate(at, 'value'), formatPath(at)));
        continue;
      }
      candidates.push({ document, path: [], object: value });
    }
  }

  const crdScopes = new Map<string, 'Namespaced' | 'Cluster'>();
  for (let i = 0; i < candidates.length; i++) {
    const object = candidates[i]!.object;
    if (object.kind !== 'CustomResourceDefinition' || !isObject(object.spec)) continue;
    const spec = object.spec;
    const names = isObject(spec.names) ? spec.names : {};
    if ((spec.scope === 'Cluster' || spec.scope === 'Namespaced') && typeof spec.group === 'string' && typeof names.kind === 'string') {
      crdScopes.set(`${spec.group}/${names.kind}`, spec.scope);
    }
  }
  const scopeOf = buildScopeResolver(crdScopes);

  const resources: Resource[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const { document, path, object } = candidates[i]!;
    const usable = (f: 'apiVersion' | 'kind') => typeof object[f] === 'string' && object[f] !== '';
    if (!usable('apiVersion') || !usable('kind')) {
      const missing = (['apiVersion', 'kind'] as const).filter((f) => !usable(f));
      const present = missing.filter((f) => object[f] !== undefined && object[f] !== null);
      const message =
        present.length > 0
          ? `${present.join(' and ')} must be a non-empty string`
          : `not a Kubernetes object: missing ${missing.join(' and ')}`;
      const at = present.length > 0 ? [...path, present[0]!] : path;
      findings.push(sourceFinding(document.file, 'input', message, document.locate(at, 'value'), at.length > 0 ? formatPath(at) : null));
      continue;
    }
    const apiVersion = object.apiVersion as string;
    const kind = object.kind as string;
    const { group, version } = splitApiVersion(apiVersion);
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    const written = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : null;
    const namespace = scopeOf(group, kind) === 'Cluster' ? null : (written ?? 'default');
    resources.push({
      file: document.file,
      document,
      path,
      object,
      apiVersion,
      group,
      version,
      kind,
      name,
      namespace,
      namespaceExplicit: written !== null,
      ref: { apiVersion, kind, namespace, name },
      key: objectKey(canonicalGroup(group, kind), kind, namespace, name),
    });
  }
  return { resources, findings };
}

function describeValue(value: unknown): string {
  return Array.isArray(value) ? 'a sequence' : value === null ? 'null' : isObject(value) ? 'a mapping' : `a ${typeof value}`;
}

function notAnObject(document: SourceDocument, path: Path, value: unknown): Finding {
  const found = describeValue(value);
  return sourceFinding(
    document.file,
    'input',
    `not a Kubernetes object: expected a mapping with apiVersion and kind, found ${found}`,
    document.locate(path, 'value'),
    path.length > 0 ? formatPath(path) : null,
  );
}

/** A finding about input that could not be identified as an object. */
export function sourceFinding(
  file: string,
  rule: 'yaml' | 'input',
  message: string,
  location: Location,
  path: string | null = null,
): Finding {
  return { rule, severity: 'error', message, file, ...location, resource: null, path };
}
