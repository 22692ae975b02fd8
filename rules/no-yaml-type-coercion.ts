import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { asArray, isBuiltinGroup, isObject, podTemplateOf } from '../src/resources/kinds';
import type { Resource } from '../src/resources/resource';

/** A plain integer written with a leading zero (YAML 1.1 octal, or a decimal that loses its zeros). */
const LEADING_ZERO = /^[-+]?0[0-9_]+$/;
/** A plain decimal ending in 0 after the point (`1.10`, `2.0`, `3.`): the number drops the zeros. */
const TRAILING_ZERO = /^[-+]?[0-9_]*\.([0-9_]*0)?$/;
const NUMBER_START = /^[-+.0-9]/;
const MAX_DEPTH = 64;

type Report = (messageId: 'booleanKey' | 'numberKey' | 'numberValue', written: string, read: string, path: Path, target: 'key' | 'value') => void;

export default createRule({
  id: 'no-yaml-type-coercion',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: 'No key or free-form value that YAML 1.1 silently turns into a boolean or a different number.',
    rationale:
      'Kubernetes reads YAML as YAML 1.1: an unquoted key on, off, yes, no, y or n becomes "true" or ' +
      '"false", 1.10 becomes 1.1, 0644 becomes 420. Where the schema types a field, it catches the surprise; ' +
      'it cannot where keys and values are free-form: the keys of labels, annotations, selectors and ' +
      'ConfigMap or Secret data, and anything inside a custom resource (whose CRD may preserve unknown ' +
      'fields). A ConfigMap key "on" silently becomes a file named "true".',
    fix: 'quote the key or value ("on", "1.10") so that it stays the text you wrote',
    messages: {
      booleanKey: 'key {{written}} is read as "{{read}}" (YAML 1.1 boolean); quote it: "{{written}}"',
      numberKey: 'key {{written}} is read as "{{read}}" (a YAML number); quote it: "{{written}}"',
      numberValue: '{{written}} is read as the number {{read}}; quote it if you meant the text "{{written}}"',
    },
    defaultOptions: {},
  },
  check({ resource, object, index, report }) {
    const base = resource.path;
    const sourceText = (path: Path, target: 'key' | 'value') =>
      resource.document.sourceText(base.length === 0 ? path : [...base, ...path], target);
    // a copy: the walk goes on changing the path it reports
    const emit: Report = (messageId, written, read, path, target) => report({ messageId, data: { written, read }, path: [...path], target });

    if (!isBuiltinGroup(resource.group)) {
      const schema = customResourceSchema(index, resource);
      walk(object, [], 0, { sourceText, emit, typed: (path) => isTyped(schema, path) });
      return;
    }
    // a key can only have been read as something else if the parser read one so
    if (!resource.document.coercedKeys) return;
    for (const at of freeFormMaps(resource)) {
      const map = valueAt(object, at);
      if (isObject(map)) for (const key in map) if (maybeCoerced(key)) checkKey(key, [...at, key], sourceText, emit);
    }
  },
});

/** Paths of the string maps whose keys are free-form in a built-in object. */
function freeFormMaps(resource: Resource): Path[] {
  const paths: Path[] = [['metadata', 'labels'], ['metadata', 'annotations']];
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  if (resource.kind === 'ConfigMap') paths.push(['data'], ['binaryData']);
  if (resource.kind === 'Secret') paths.push(['data'], ['stringData']);
  if (resource.kind === 'Service') paths.push(['spec', 'selector']);
  if (isObject(spec.selector)) paths.push(['spec', 'selector', 'matchLabels']);
  const template = podTemplateOf(resource);
  if (template) {
    if (template.path.length > 0) paths.push([...template.path, 'metadata', 'labels'], [...template.path, 'metadata', 'annotations']);
    paths.push([...template.specPath, 'nodeSelector']);
  }
  return paths;
}

/** Whether a key may have been written as something YAML 1.1 reads differently: it reads as a boolean or a number. */
function maybeCoerced(key: string): boolean {
  return key === 'true' || key === 'false' || NUMBER_START.test(key);
}

function checkKey(key: string, path: Path, sourceText: (path: Path, target: 'key' | 'value') => string | undefined, emit: Report): void {
  if (!maybeCoerced(key)) return;
  const written = sourceText(path, 'key');
  // quoted, or given a type by an explicit tag (`!!bool yes`): written as meant
  if (written === undefined || written === key || isQuoted(written) || written.startsWith('!')) return;
  emit(key === 'true' || key === 'false' ? 'booleanKey' : 'numberKey', written, key, path, 'key');
}

interface Walker {
  sourceText(path: Path, target: 'key' | 'value'): string | undefined;
  emit: Report;
  /** Whether the CRD's schema gives the field a type (then a number there is meant, or the schema reports it). */
  typed(path: Path): boolean;
}

/**
 * Visits every key and number under `value`, down to an explicit depth bound; `path` is one list,
 * extended and restored on the way.
 */
function walk(value: unknown, path: (string | number)[], depth: number, walker: Walker): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, depth + 1, walker);
      path.pop();
    }
    return;
  }
  if (isObject(value)) {
    for (const key in value) {
      if (depth === 0 && (key === 'apiVersion' || key === 'kind')) continue;
      path.push(key);
      checkKey(key, path, walker.sourceText, walker.emit);
      walk(value[key], path, depth + 1, walker);
      path.pop();
    }
    return;
  }
  if (typeof value !== 'number') return;
  const written = walker.sourceText(path, 'value');
  if (written === undefined || !(LEADING_ZERO.test(written) || TRAILING_ZERO.test(written))) return;
  if (written !== String(value) && !walker.typed(path)) walker.emit('numberValue', written, String(value), path, 'value');
}

type Schema = Record<string, unknown>;
const crdSchemas = new WeakMap<ClusterIndex, Map<string, Schema>>();

/** The openAPIV3Schema of the resource's CRD version, when the CRD is in the input or context. */
function customResourceSchema(index: ClusterIndex, resource: Resource): Schema | undefined {
  let schemas = crdSchemas.get(index);
  if (!schemas) {
    schemas = new Map();
    for (const crd of index.byKind('CustomResourceDefinition')) {
      const spec = isObject(crd.object.spec) ? crd.object.spec : {};
      const names = isObject(spec.names) ? spec.names : {};
      for (const v of asArray(spec.versions)) {
        if (!isObject(v) || !isObject(v.schema) || !isObject(v.schema.openAPIV3Schema)) continue;
        const key = `${String(spec.group)}/${String(v.name)}/${String(names.kind)}`;
        if (!schemas.has(key)) schemas.set(key, v.schema.openAPIV3Schema);
      }
    }
    crdSchemas.set(index, schemas);
  }
  return schemas.get(`${resource.group}/${resource.version}/${resource.kind}`);
}

/** Follows `path` through properties, items and additionalProperties; true when it ends on a typed field. */
function isTyped(schema: Schema | undefined, path: Path): boolean {
  let node: unknown = schema;
  for (const segment of path) {
    if (!isObject(node)) return false;
    if (typeof segment === 'number') node = node.items;
    else {
      const properties = isObject(node.properties) ? node.properties : {};
      node = Object.prototype.hasOwnProperty.call(properties, segment) ? properties[segment] : node.additionalProperties;
    }
  }
  return isObject(node) && typeof node.type === 'string';
}

function valueAt(object: unknown, path: Path): unknown {
  let current = object;
  for (const segment of path) current = isObject(current) ? current[segment as string] : undefined;
  return current;
}

function isQuoted(text: string): boolean {
  return text.startsWith('"') || text.startsWith("'");
}
