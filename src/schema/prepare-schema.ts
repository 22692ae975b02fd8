import type { JsonSchema } from './schema-catalog';

/**
 * Turns a stored schema (bundled, a CRD's OpenAPI v3 schema, or a kubeconform-layout JSON schema)
 * into the draft-07 schema that ajv compiles:
 *
 * - strict mode: `additionalProperties: false` on every object schema with `properties` (unless it
 *   says otherwise or preserves unknown fields), which is how unknown fields become errors;
 * - OpenAPI v3 → JSON Schema: `nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`;
 * - Kubernetes extensions: `x-kubernetes-int-or-string`, `x-kubernetes-preserve-unknown-fields`,
 *   `x-kubernetes-embedded-resource`, `x-kubernetes-list-type: set|map` (+ `x-kubernetes-list-map-keys`);
 * - only the formats we check survive (others are annotations, as the API server mostly treats them);
 * - annotations (`description`, `default`, `example`, …) are dropped: they cost compile time only.
 */
export interface PrepareOptions {
  readonly strict: boolean;
}

/** Formats with a validator (see schema-formats.ts); any other format is dropped. */
export const CHECKED_FORMATS = new Set(['int32', 'int64', 'int-or-string', 'quantity', 'date-time', 'byte']);

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_VALUES = new Set([
  'additionalProperties', 'additionalItems', 'not', 'contains', 'propertyNames', 'if', 'then', 'else',
]);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const KEPT = new Set([
  'type', 'enum', 'const', 'required', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems',
  'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'multipleOf', '$ref',
]);

export function prepareSchema(node: unknown, options: PrepareOptions): JsonSchema {
  if (typeof node === 'boolean') return node;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return {};
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(source)) {
    if (SCHEMA_MAPS.has(key) && isRecord(value)) {
      const map: Record<string, JsonSchema> = {};
      for (const [name, child] of Object.entries(value)) map[name] = prepareSchema(child, options);
      out[key] = map;
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = prepareSchema(value, options);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((child) => prepareSchema(child, options));
    } else if (key === 'items') {
      out.items = Array.isArray(value) ? value.map((child) => prepareSchema(child, options)) : prepareSchema(value, options);
    } else if (key === 'dependencies' && isRecord(value)) {
      const deps: Record<string, unknown> = {};
      for (const [name, dep] of Object.entries(value)) deps[name] = Array.isArray(dep) ? dep : prepareSchema(dep, options);
      out.dependencies = deps;
    } else if (key === 'format') {
      if (typeof value === 'string' && CHECKED_FORMATS.has(value)) out.format = value;
    } else if (key === 'pattern') {
      // CRD patterns are Go RE2: one JavaScript cannot read is dropped (leaning towards accepting).
      if (typeof value === 'string' && isJavaScriptRegExp(value)) out.pattern = value;
    } else if (KEPT.has(key)) {
      out[key] = value;
    }
  }

  // OpenAPI v3.0 / draft-04 exclusive bounds are booleans next to minimum/maximum.
  for (const [exclusive, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    const flag = source[exclusive];
    if (typeof flag === 'number') out[exclusive] = flag;
    else if (flag === true && typeof source[bound] === 'number') {
      out[exclusive] = source[bound];
      delete out[bound];
    }
  }

  if (source['x-kubernetes-int-or-string'] === true) {
    // CRDs spell it `anyOf: [{type: integer}, {type: string}]`; one type list gives one clear error.
    for (const list of ['anyOf', 'oneOf'] as const) {
      const branches = out[list];
      if (Array.isArray(branches) && branches.every(isIntOrStringBranch)) delete out[list];
    }
    out.type = ['integer', 'string'];
    out.format ??= 'int-or-string';
  }

  if (source['x-kubernetes-embedded-resource'] === true) {
    const properties = (isRecord(out.properties) ? out.properties : {}) as Record<string, JsonSchema>;
    properties.apiVersion ??= { type: 'string' };
    properties.kind ??= { type: 'string' };
    properties.metadata ??= { type: 'object' };
    out.properties = properties;
    const required = Array.isArray(out.required) ? (out.required as string[]) : [];
    out.required = [...new Set([...required, 'apiVersion', 'kind'])];
    out.type ??= 'object';
  }

  const listType = source['x-kubernetes-list-type'];
  if (listType === 'set') out.uniqueItems = true;
  if (listType === 'map' && Array.isArray(source['x-kubernetes-list-map-keys'])) {
    out['x-kubernetes-list-map-keys'] = source['x-kubernetes-list-map-keys'].filter((k) => typeof k === 'string');
  }

  if (source.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }

  const preserveUnknown = source['x-kubernetes-preserve-unknown-fields'] === true;
  if (options.strict && !preserveUnknown && out.additionalProperties === undefined && isRecord(out.properties)) {
    out.additionalProperties = false;
  }
  return out;
}

function isJavaScriptRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

function isIntOrStringBranch(branch: unknown): boolean {
  if (!isRecord(branch)) return false;
  const keys = Object.keys(branch);
  return keys.length === 1 && (branch.type === 'integer' || branch.type === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
