/**
 * The one decision of which values of an object output must never show. Every producer of output
 * asks it: schema messages (kind-validator), rule findings (run-rules), code frames (run-lint) and
 * the plan's diff (state-diff). Sensitive are:
 * - every value of a Secret's data and stringData (the field itself when it is no map);
 * - the literal value of an env var whose name says secret or that looks like a credential
 *   (isSecretEnvValue), in the pod spec of a built-in workload or anywhere in a custom resource
 *   (Argo Rollouts, Knative Services… carry pod templates of their own);
 * - a ConfigMap value no-secrets-in-configmap would report (isSecretConfigValue).
 */
import type { Path } from '../core/types';
import { asArray, isBuiltinGroup, isObject, podSpecPathOf } from './kinds';
import type { KubeObject, Resource } from './resource';
import { isSecretConfigValue, isSecretEnvValue } from './secret-values';

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
 * data, literal env values. Pure; cheap for objects that have none (one kind test).
 */
export function literalValuesOf(kind: string, group: string, object: KubeObject): LiteralValue[] {
  const out: LiteralValue[] = [];
  if (kind === 'Secret') {
    for (const field of ['data', 'stringData']) {
      const values = object[field];
      if (isObject(values)) for (const key of Object.keys(values)) out.push({ path: [field, key], key: `${field} ${key}`, value: values[key], sensitive: true });
      else if (values !== undefined && values !== null) out.push({ path: [field], key: field, value: values, sensitive: true });
    }
  }
  if (!isBuiltinGroup(group)) {
    findEnvLists(object, [], 0, out);
    return out;
  }
  if (kind === 'ConfigMap' && group === '' && isObject(object.data)) {
    const data = object.data;
    for (const key of Object.keys(data)) out.push({ path: ['data', key], key: `data ${key}`, value: data[key], sensitive: isSecretConfigValue(key, data[key]) });
  }
  const specPath = podSpecPathOf(kind);
  if (specPath) {
    let spec: unknown = object;
    for (const segment of specPath) spec = isObject(spec) ? spec[segment as string] : undefined;
    if (!isObject(spec)) return out;
    for (const group of CONTAINER_GROUPS) {
      const containers = asArray(spec[group]);
      for (let i = 0; i < containers.length; i++) {
        const container = containers[i];
        if (!isObject(container)) continue;
        const name = typeof container.name === 'string' ? container.name : String(i);
        envValues(container.env, [...specPath, group, i, 'env'], `${group} ${name}`, out);
      }
    }
  }
  return out;
}

/** The literal values of one env list; `owner` names the container (several entries of one name are told apart by count). */
function envValues(list: unknown, path: Path, owner: string, out: LiteralValue[]): void {
  const items = asArray(list);
  const seen = new Map<string, number>();
  for (let j = 0; j < items.length; j++) {
    const entry = items[j];
    if (!isObject(entry) || !('value' in entry)) continue;
    const name = typeof entry.name === 'string' ? entry.name : '';
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    out.push({
      path: [...path, j, 'value'],
      key: `env ${owner} ${name} ${count}`,
      value: entry.value,
      sensitive: isSecretEnvValue(entry.name, entry.value),
    });
  }
}

/** Every `env` list of name/value entries in a custom resource, down to an explicit depth. */
function findEnvLists(value: unknown, path: (string | number)[], depth: number, out: LiteralValue[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findEnvLists(value[i], path, depth + 1, out);
      path.pop();
    }
  } else if (isObject(value)) {
    for (const key in value) {
      path.push(key);
      if (key === 'env' && Array.isArray(value[key])) envValues(value[key], [...path], path.join(' '), out);
      else findEnvLists(value[key], path, depth + 1, out);
      path.pop();
    }
  }
}

/** The values of an object that output must never show. */
export function sensitiveValuesOf(kind: string, group: string, object: KubeObject): LiteralValue[] {
  return literalValuesOf(kind, group, object).filter((v) => v.sensitive);
}

const byObject = new WeakMap<KubeObject, readonly LiteralValue[]>();

/** The sensitive values of a linted object, found once (objects are not modified after parsing). */
export function sensitiveValuesOfResource(resource: Resource): readonly LiteralValue[] {
  let values = byObject.get(resource.object);
  if (values === undefined) byObject.set(resource.object, (values = sensitiveValuesOf(resource.kind, resource.group, resource.object)));
  return values;
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
