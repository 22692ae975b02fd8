/**
 * The one decision of which values of an object output must never show. Every producer of output
 * asks it: schema messages (kind-validator), rule findings (run-rules), code frames (run-lint) and
 * the plan's diff (state-diff). Sensitive are:
 * - every value of a Secret's data and stringData (the field itself when it is no map);
 * - the literal value of an env var whose name says secret or that looks like a credential
 *   (isSecretEnvValue), in the pod spec of a built-in workload or anywhere in a custom resource
 *   (Argo Rollouts, Knative Services… carry pod templates of their own);
 * - a ConfigMap value no-secrets-in-configmap would report (isSecretConfigValue);
 * - a container argument or command entry that passes a secret (isSecretArgument), where env
 *   values are looked for;
 * - a credential-shaped annotation value, and the last-applied configuration (a copy of the
 *   object) of a Secret or of an object that has any other value to hide.
 */
import type { Path } from '../core/types';
import { asArray, isBuiltinGroup, isObject, podSpecPathOf } from './kinds';
import type { KubeObject, Resource } from './resource';
import { isSecretAnnotation, isSecretArgument, isSecretConfigValue, isSecretEnvValue } from './secret-values';

/** A value of an object the decision looks at. */
export interface LiteralValue {
  /** Where it sits in the object. */
  readonly path: Path;
  /**
   * What it is the value of, the same in any version of the object (`env <container> <NAME>`,
   * `data <key>`): the plan's diff pairs an old value with its new one by it.
   */
  readonly key: string;
  readonly value: unknown;
  readonly sensitive: boolean;
}

const CONTAINER_GROUPS = ['containers', 'initContainers', 'ephemeralContainers'];
const MAX_DEPTH = 64;

/**
 * The values of an object that may be secrets, each with the decision: Secret data, ConfigMap
 * data, literal env values, arguments, annotations. Pure; cheap for objects that have none.
 */
export function literalValuesOf(kind: string, group: string, object: KubeObject): LiteralValue[] {
  return valuesOf(kind, group, object, true);
}

/** The values of an object that output must never show. */
export function sensitiveValuesOf(kind: string, group: string, object: KubeObject): LiteralValue[] {
  return valuesOf(kind, group, object, false);
}

/**
 * The values judged, every one (`all`: for a diff to pair an old value with its new one) or only
 * the sensitive ones (for masking, asked of every linted object: the others are not built).
 */
function valuesOf(kind: string, group: string, object: KubeObject, all: boolean): LiteralValue[] {
  const out: LiteralValue[] = [];
  objectValues(kind, group, object, out, all);
  const annotations = isObject(object.metadata) ? object.metadata.annotations : undefined;
  if (isObject(annotations)) {
    let lastApplied = false;
    for (const key in annotations) {
      if (key === LAST_APPLIED) {
        lastApplied = true;
        continue;
      }
      const sensitive = isSecretAnnotation(annotations[key]);
      if (sensitive || all) out.push({ path: ['metadata', 'annotations', key], key: `annotation ${key}`, value: annotations[key], sensitive });
    }
    if (lastApplied) {
      const value = annotations[LAST_APPLIED];
      const sensitive = kind === 'Secret' || isSecretAnnotation(value) || out.some((v) => v.sensitive);
      if (sensitive || all) out.push({ path: ['metadata', 'annotations', LAST_APPLIED], key: `annotation ${LAST_APPLIED}`, value, sensitive });
    }
  }
  return out;
}

/** kubectl's copy of the object as last applied, in an annotation. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The values of the object's own fields (valuesOf without the annotations). */
function objectValues(kind: string, group: string, object: KubeObject, out: LiteralValue[], all: boolean): void {
  if (kind === 'Secret') {
    for (const field of ['data', 'stringData']) {
      const values = object[field];
      if (isObject(values)) for (const key of Object.keys(values)) out.push({ path: [field, key], key: `${field} ${key}`, value: values[key], sensitive: true });
      else if (values !== undefined && values !== null) out.push({ path: [field], key: field, value: values, sensitive: true });
    }
  }
  if (!isBuiltinGroup(group)) {
    findEnvLists(object, [], 0, out, all);
    return;
  }
  if (kind === 'ConfigMap' && group === '' && isObject(object.data)) {
    const data = object.data;
    for (const key of Object.keys(data)) {
      const sensitive = isSecretConfigValue(key, data[key]);
      if (sensitive || all) out.push({ path: ['data', key], key: `data ${key}`, value: data[key], sensitive });
    }
  }
  const specPath = podSpecPathOf(kind);
  if (specPath) {
    let spec: unknown = object;
    for (const segment of specPath) spec = isObject(spec) ? spec[segment as string] : undefined;
    if (!isObject(spec)) return;
    for (const group of CONTAINER_GROUPS) {
      const containers = asArray(spec[group]);
      for (let i = 0; i < containers.length; i++) {
        const container = containers[i];
        if (!isObject(container)) continue;
        const owner = `${group} ${typeof container.name === 'string' ? container.name : String(i)}`;
        for (const field of CONTAINER_FIELDS) {
          const list = container[field];
          if (!Array.isArray(list)) continue;
          const path = [...specPath, group, i, field];
          if (field === 'env') envValues(list, path, owner, out, all);
          else argumentValues(list, path, owner, out, all);
        }
      }
    }
  }
}

const CONTAINER_FIELDS = ['env', 'command', 'args'] as const;

/** The entries of a command or args list; `owner` names the container. */
function argumentValues(list: readonly unknown[], path: Path, owner: string, out: LiteralValue[], all: boolean): void {
  const field = path[path.length - 1];
  for (let j = 0; j < list.length; j++) {
    const sensitive = isSecretArgument(list[j], list[j - 1]);
    if (sensitive || all) out.push({ path: [...path, j], key: `${field} ${owner} ${j}`, value: list[j], sensitive });
  }
}

/** The literal values of one env list; `owner` names the container (several entries of one name are told apart by count). */
function envValues(list: readonly unknown[], path: Path, owner: string, out: LiteralValue[], all: boolean): void {
  const seen = new Map<string, number>();
  for (let j = 0; j < list.length; j++) {
    const entry = list[j];
    if (!isObject(entry) || !('value' in entry)) continue;
    const name = typeof entry.name === 'string' ? entry.name : '';
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    const sensitive = isSecretEnvValue(entry.name, entry.value);
    if (sensitive || all) out.push({ path: [...path, j, 'value'], key: `env ${owner} ${name} ${count}`, value: entry.value, sensitive });
  }
}

/** Every `env` list of name/value entries and every `args`/`command` list in a custom resource, down to an explicit depth. */
function findEnvLists(value: unknown, path: (string | number)[], depth: number, out: LiteralValue[], all: boolean): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findEnvLists(value[i], path, depth + 1, out, all);
      path.pop();
    }
  } else if (isObject(value)) {
    for (const key in value) {
      const list = value[key];
      path.push(key);
      if (key === 'env' && Array.isArray(list)) envValues(list, [...path], path.join(' '), out, all);
      else if ((key === 'args' || key === 'command') && Array.isArray(list)) argumentValues(list, [...path], path.slice(0, -1).join(' '), out, all);
      else findEnvLists(list, path, depth + 1, out, all);
      path.pop();
    }
  }
}

const byObject = new WeakMap<KubeObject, readonly LiteralValue[]>();

/** The sensitive values of a linted object, found once (objects are not modified after parsing). */
export function sensitiveValuesOfResource(resource: Resource): readonly LiteralValue[] {
  let values = byObject.get(resource.object);
  if (values === undefined) byObject.set(resource.object, (values = sensitiveValuesOf(resource.kind, resource.group, resource.object)));
  return values;
}

/**
 * Whether a path (relative to the object) may point at or into a value of literalValuesOf: the
 * test a report makes before asking which (most reports are elsewhere).
 */
export function mayHoldLiteralValue(path: Path): boolean {
  if (path.length === 0) return false;
  if (path[0] === 'data' || path[0] === 'stringData') return true;
  for (let i = 1; i < path.length; i++) {
    const segment = path[i];
    if (segment === 'env' || segment === 'args' || segment === 'command' || segment === 'annotations') return true;
  }
  return false;
}

/** The sensitive value `path` (relative to the object) points at or into; undefined when none. */
export function sensitiveValueAt(values: readonly LiteralValue[], path: Path): LiteralValue | undefined {
  for (const v of values) {
    if (v.path.length > path.length) continue;
    let i = 0;
    while (i < v.path.length && v.path[i] === path[i]) i++;
    if (i === v.path.length) return v;
  }
  return undefined;
}
