import type { ErrorObject } from 'ajv';
import type { JsonSchema } from './schema-catalog';
import { SCHEMA_FORMATS, type SchemaFormat } from './schema-formats';
import { withoutNulls } from './without-nulls';

/**
 * Validates data against prepared schemas (see prepare-schema.ts) that use only the keywords of the
 * bundled Kubernetes schemas — `type`, `enum`, `format`, `required`, `properties`,
 * `additionalProperties`, `items` and a lone `$ref` — without generating code: ajv needs ~150 ms to
 * compile the first kind, this needs well under a millisecond.
 *
 * The errors are exactly those ajv gives with `allErrors` and `verbose` (same keywords, instance
 * paths, params, data, parent schemas and messages, in the same order), because schema-problems.ts
 * turns them into findings; test/schema/interpreter-parity.test.ts checks this against ajv. It follows
 * ajv's evaluation order: a type check first unless the single type has keywords of its own, then
 * the keywords for any type (`enum`), then those for numbers, strings, arrays and objects, each
 * group only when the value has that type (a value of the wrong type gets the type error there).
 * `schemaPath` points into the bundled file (`#/$defs/V1PodSpec/properties/containers/type`).
 *
 * Each schema node is looked at when a value first reaches it (a Deployment does not pay for every
 * field of PodSpec up front). A node using anything else throws UnsupportedSchemaError: the caller
 * compiles that schema with ajv instead.
 */

/** A child schema, planned when a value first reaches it. */
interface Slot {
  readonly schema: JsonSchema;
  readonly location: string;
  plan: Plan | undefined;
}

/** The checks of one schema node, computed once, when a value first reaches it. */
interface Plan {
  readonly schema: Record<string, unknown>;
  readonly location: string;
  /** A node that is only a `$ref`: validate against the target instead. */
  ref: Slot | undefined;
  types: readonly string[];
  /** The type check comes first (ajv: unless the one type has keywords of its own). */
  checkTypes: boolean;
  /** The one type whose group reports the type error (when checkTypes is false). */
  groupType: string | undefined;
  enumValues: readonly unknown[] | undefined;
  /** Whether the number and string keyword groups apply (ajv evaluates `format` in both). */
  hasFormat: boolean;
  format: SchemaFormat | undefined;
  items: Slot | undefined;
  hasArrayGroup: boolean;
  required: readonly string[] | undefined;
  /** Every name under `properties` (for additionalProperties), and those with a non-empty schema. */
  propertyNames: ReadonlySet<string>;
  properties: readonly (readonly [string, Slot])[];
  /** Position of each name in `properties`. */
  propertyIndex: ReadonlyMap<string, number>;
  /**
   * Whether the properties to visit can be found from the object's own keys (a name that
   * Object.prototype also has, such as `constructor`, is looked up the way ajv does instead).
   */
  byOwnKeys: boolean;
  additional: false | Slot | undefined;
  hasObjectGroup: boolean;
  /**
   * For a node that is only a type check of a string, boolean or number (most leaves of a
   * manifest: names, images, flags), the `typeof` it checks: accepting a value is then one test.
   */
  leafTypeof: 'string' | 'boolean' | 'number' | undefined;
}

const SUPPORTED = new Set(['type', 'enum', 'format', 'required', 'properties', 'additionalProperties', 'items', '$ref']);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** Thrown when validation reaches a schema node the interpreter does not implement. */
export class UnsupportedSchemaError extends Error {}

export interface SchemaInterpreter {
  /**
   * ajv-shaped errors, or null when the data is valid. Throws UnsupportedSchemaError when the data
   * reaches a part of the schema that uses a keyword the interpreter does not implement.
   */
  validate(schema: JsonSchema, location: string, data: unknown): ErrorObject[] | null;
  /**
   * Whether `validate` finds no errors in the data with its null-valued fields removed (what
   * withoutNulls does, and the API server), answered on the data as it is: no copy.
   */
  accepts(schema: JsonSchema, location: string, data: unknown): boolean;
  /** Why the interpreter cannot validate against this schema (or what it refers to), if it cannot. */
  unsupported(schema: JsonSchema, location: string): string | undefined;
}

/**
 * `resolveRef` returns the prepared schema a `$ref` names and its location (a JSON pointer for
 * `schemaPath`), or undefined when the reference is not to a known definition.
 */
export function buildSchemaInterpreter(
  resolveRef: (ref: string) => { schema: JsonSchema; location: string } | undefined,
): SchemaInterpreter {
  const plans = new Map<object, Plan>();
  const roots = new Map<object, Slot>();
  const ALWAYS_VALID = {} as Record<string, unknown>;

  const slot = (schema: JsonSchema, location: string): Slot => ({ schema, location, plan: undefined });
  const planned = (s: Slot): Plan => (s.plan ??= planOf(s.schema, s.location));

  /** The checks of one node; its children are planned when reached. */
  function planOf(schema: JsonSchema, location: string): Plan {
    if (schema === true) schema = ALWAYS_VALID;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) throw unsupported(location, 'not a schema object');
    const cached = plans.get(schema);
    if (cached) return cached;
    for (const key of Object.keys(schema)) if (!SUPPORTED.has(key)) throw unsupported(location, `keyword "${key}"`);

    const node: Plan = {
      schema,
      location,
      ref: undefined,
      types: [],
      checkTypes: false,
      groupType: undefined,
      enumValues: undefined,
      hasFormat: false,
      format: undefined,
      items: undefined,
      hasArrayGroup: false,
      required: undefined,
      propertyNames: new Set(),
      properties: [],
      propertyIndex: new Map(),
      byOwnKeys: true,
      additional: undefined,
      hasObjectGroup: false,
      leafTypeof: undefined,
    };

    if (schema.$ref !== undefined) {
      // ajv evaluates a $ref beside other keywords as one more keyword; only a lone $ref is implemented.
      if (typeof schema.$ref !== 'string' || Object.keys(schema).length !== 1) throw unsupported(location, '$ref beside other keywords');
      const target = resolveRef(schema.$ref);
      if (!target) throw unsupported(location, `reference ${schema.$ref}`);
      node.ref = slot(target.schema, target.location);
      plans.set(schema, node);
      return node;
    }

    const type = schema.type;
    const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
    if (!types.every((t) => typeof t === 'string' && TYPES.has(t))) throw unsupported(location, 'type');
    node.types = types as string[];

    if (schema.enum !== undefined) {
      if (!Array.isArray(schema.enum)) throw unsupported(location, 'enum');
      node.enumValues = schema.enum;
    }
    if (schema.format !== undefined) {
      const format = typeof schema.format === 'string' ? SCHEMA_FORMATS[schema.format] : undefined;
      if (!format) throw unsupported(location, `format ${String(schema.format)}`);
      node.hasFormat = true;
      node.format = format;
    }
    if (schema.items !== undefined) {
      if (typeof schema.items !== 'object' || schema.items === null || Array.isArray(schema.items)) throw unsupported(location, 'items');
      node.hasArrayGroup = true;
      if (!isAlwaysValid(schema.items)) node.items = slot(schema.items as JsonSchema, `${location}/items`);
    }
    if (schema.required !== undefined) {
      if (!Array.isArray(schema.required) || !schema.required.every((r) => typeof r === 'string')) throw unsupported(location, 'required');
      node.hasObjectGroup = true;
      node.required = schema.required as string[];
    }
    if (schema.properties !== undefined) {
      const properties = schema.properties;
      if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) throw unsupported(location, 'properties');
      node.hasObjectGroup = true;
      const names = Object.keys(properties).filter((p) => p !== '__proto__');
      node.propertyNames = new Set(names);
      node.properties = names
        .filter((name) => !isAlwaysValid((properties as Record<string, unknown>)[name]))
        .map((name) => [name, slot((properties as Record<string, JsonSchema>)[name]!, `${location}/properties/${escapePointer(name)}`)] as const);
      node.propertyIndex = new Map(node.properties.map(([name], i) => [name, i]));
      node.byOwnKeys = node.properties.every(([name]) => !(name in Object.prototype));
    }
    if (schema.additionalProperties !== undefined) {
      const additional = schema.additionalProperties;
      node.hasObjectGroup = true;
      if (additional === false) node.additional = false;
      else if (!isAlwaysValid(additional)) node.additional = slot(additional as JsonSchema, `${location}/additionalProperties`);
    }

    // ajv checks the type first unless the one type has keywords of its own (then the keyword group
    // for that type reports it); `integer`, `boolean` and `null` have no keyword group.
    const single = types.length === 1 ? (types[0] as string) : undefined;
    const groupHasRules =
      (single === 'number' || single === 'string') ? node.hasFormat
        : single === 'array' ? node.hasArrayGroup
          : single === 'object' ? node.hasObjectGroup
            : false;
    node.checkTypes = types.length > 0 && !groupHasRules;
    node.groupType = node.checkTypes ? undefined : single;
    if (node.checkTypes && (single === 'string' || single === 'boolean' || single === 'number') && node.enumValues === undefined &&
      !node.hasFormat && !node.hasArrayGroup && !node.hasObjectGroup) {
      node.leafTypeof = single;
    }
    plans.set(schema, node);
    return node;
  }

  function unsupported(location: string, what: string): UnsupportedSchemaError {
    return new UnsupportedSchemaError(`${location}: ${what} is not supported by the schema interpreter`);
  }

  /** Plans everything reachable from a schema (for tests and checks; validation plans lazily). */
  function unsupportedIn(schema: JsonSchema, location: string): string | undefined {
    const seen = new Set<Plan>();
    const walk = (s: Slot): void => {
      const node = planned(s);
      if (seen.has(node)) return;
      seen.add(node);
      if (node.ref) walk(node.ref);
      if (node.items) walk(node.items);
      for (const [, child] of node.properties) walk(child);
      if (node.additional) walk(node.additional);
    };
    try {
      walk(slot(schema, location));
      return undefined;
    } catch (error) {
      if (error instanceof UnsupportedSchemaError) return error.message;
      throw error;
    }
  }

  function root(schema: JsonSchema, location: string): Slot {
    if (typeof schema !== 'object' || schema === null) return slot(schema, location);
    let found = roots.get(schema);
    if (!found) roots.set(schema, (found = slot(schema, location)));
    return found;
  }

  function accepts(schema: JsonSchema, location: string, data: unknown): boolean {
    return acceptsValue(root(schema, location), data);
  }

  /**
   * Whether `validate` would find no error in the value with its null fields removed: the same checks, a
   * null field counted as absent, stopping at the first failure, and properties taken in the object's
   * order (no error order to keep): no path and no sorted list of the properties present. Most
   * objects are valid: this is what they cost (the others are then validated for their errors).
   */
  function acceptsValue(start: Slot, value: unknown): boolean {
    let node = start.plan ?? planned(start);
    while (node.ref) node = node.ref.plan ?? planned(node.ref);
    if (node.leafTypeof !== undefined) return typeof value === node.leafTypeof;
    if (node.checkTypes && !matchesAny(node.types, value)) return false;
    if (node.enumValues !== undefined && !inEnum(node.enumValues, withoutNulls(value))) return false;
    if (node.hasFormat) {
      const format = node.format!;
      if (typeof value === 'number') {
        if (format.type === 'number' && !format.validate(value)) return false;
      } else if (node.groupType === 'number') return false;
      if (typeof value === 'string') {
        if (format.type === 'string' && !format.validate(value)) return false;
      } else if (node.groupType === 'string') return false;
    }
    if (node.hasArrayGroup) {
      if (Array.isArray(value)) {
        const items = node.items;
        if (items) for (let i = 0; i < value.length; i++) if (!acceptsValue(items, value[i])) return false;
      } else if (node.groupType === 'array') return false;
    }
    if (node.hasObjectGroup) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return node.groupType !== 'object';
      const object = value as Record<string, unknown>;
      const required = node.required;
      if (required) {
        for (let i = 0; i < required.length; i++) {
          const item = object[required[i]!];
          if (item === undefined || item === null) return false;
        }
      }
      const additional = node.additional;
      if (node.byOwnKeys) {
        const properties = node.properties;
        if (additional === undefined && properties.length === 0) return true;
        const index = node.propertyIndex;
        for (const key in object) {
          const item = object[key];
          if (item === null) continue;
          const at = index.get(key);
          if (at !== undefined) {
            if (item !== undefined && !acceptsValue(properties[at]![1], item)) return false;
          } else if (additional !== undefined && !node.propertyNames.has(key)) {
            if (additional === false || !acceptsValue(additional, item)) return false;
          }
        }
        return true;
      }
      if (additional !== undefined) {
        for (const key in object) {
          if (node.propertyNames.has(key) || object[key] === null) continue;
          if (additional === false || !acceptsValue(additional, object[key])) return false;
        }
      }
      for (const [name, child] of node.properties) {
        const item = object[name];
        if (item !== undefined && item !== null && !acceptsValue(child, item)) return false;
      }
    }
    return true;
  }

  function validate(schema: JsonSchema, location: string, data: unknown): ErrorObject[] | null {
    const errors: ErrorObject[] = [];
    const path: (string | number)[] = [];

    const visit = (start: Slot, value: unknown): void => {
      let node = start.plan ?? planned(start);
      while (node.ref) node = node.ref.plan ?? planned(node.ref);
      if (node.checkTypes && !matchesAny(node.types, value)) errors.push(error(node, 'type', value, { type: node.schema.type }));
      if (node.enumValues !== undefined && !inEnum(node.enumValues, value)) {
        errors.push(error(node, 'enum', value, { allowedValues: node.enumValues }));
      }
      if (node.hasFormat) {
        const format = node.format!;
        // number group, then string group; each runs only for a value of its type
        if (typeof value === 'number') {
          if (format.type === 'number' && !format.validate(value)) errors.push(error(node, 'format', value, { format: node.schema.format }));
        } else if (node.groupType === 'number') errors.push(error(node, 'type', value, { type: node.schema.type }));
        if (typeof value === 'string') {
          if (format.type === 'string' && !format.validate(value)) errors.push(error(node, 'format', value, { format: node.schema.format }));
        } else if (node.groupType === 'string') errors.push(error(node, 'type', value, { type: node.schema.type }));
      }
      if (node.hasArrayGroup) {
        if (Array.isArray(value)) {
          const items = node.items;
          if (items) {
            for (let i = 0; i < value.length; i++) {
              path.push(i);
              visit(items, value[i]);
              path.pop();
            }
          }
        } else if (node.groupType === 'array') errors.push(error(node, 'type', value, { type: node.schema.type }));
      }
      if (node.hasObjectGroup) {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          const object = value as Record<string, unknown>;
          if (node.required) {
            const required = node.required;
            for (let i = 0; i < required.length; i++) {
              const name = required[i]!;
              if (object[name] === undefined) errors.push(error(node, 'required', value, { missingProperty: name }));
            }
          }
          const additional = node.additional;
          if (node.byOwnKeys) {
            visitProperties(node, object, additional);
            return;
          }
          if (additional !== undefined) {
            const known = node.propertyNames;
            for (const key in object) {
              if (known.has(key)) continue;
              if (additional === false) errors.push(error(node, 'additionalProperties', value, { additionalProperty: key }));
              else {
                path.push(key);
                visit(additional, object[key]);
                path.pop();
              }
            }
          }
          for (const [name, child] of node.properties) {
            const item = object[name];
            if (item === undefined) continue;
            path.push(name);
            visit(child, item);
            path.pop();
          }
        } else if (node.groupType === 'object') errors.push(error(node, 'type', value, { type: node.schema.type }));
      }
    };

    /**
     * additionalProperties, then the properties in schema order (as ajv), finding the ones to visit
     * from the object's few keys rather than looking up every name the schema lists (PodSpec: 40).
     */
    const visitProperties = (node: Plan, object: Record<string, unknown>, additional: false | Slot | undefined): void => {
      const properties = node.properties;
      if (additional === undefined && properties.length === 0) return;
      const index = node.propertyIndex;
      const known = node.propertyNames;
      let present: number[] | undefined;
      let ordered = true;
      let last = -1;
      for (const key in object) {
        const at = index.get(key);
        if (at !== undefined) {
          if (present) present.push(at);
          else present = [at];
          if (at < last) ordered = false;
          last = at;
          continue;
        }
        if (additional === undefined || known.has(key)) continue;
        if (additional === false) errors.push(error(node, 'additionalProperties', object, { additionalProperty: key }));
        else {
          path.push(key);
          visit(additional, object[key]);
          path.pop();
        }
      }
      if (!present) return;
      if (!ordered) {
        // insertion sort: a few keys, and Array.prototype.sort allocates a work copy per call
        for (let i = 1; i < present.length; i++) {
          const at = present[i]!;
          let j = i - 1;
          for (; j >= 0 && present[j]! > at; j--) present[j + 1] = present[j]!;
          present[j + 1] = at;
        }
      }
      for (let i = 0; i < present.length; i++) {
        const property = properties[present[i]!]!;
        const name = property[0];
        const item = object[name];
        if (item === undefined) continue;
        path.push(name);
        visit(property[1], item);
        path.pop();
      }
    };

    const error = (node: Plan, keyword: string, value: unknown, params: Record<string, unknown>): ErrorObject =>
      ({
        instancePath: pointer(path),
        schemaPath: `${node.location}/${keyword}`,
        keyword,
        params,
        message: message(keyword, params),
        schema: keyword === 'additionalProperties' ? false : node.schema[keyword],
        parentSchema: node.schema,
        data: value,
      }) as ErrorObject;

    visit(root(schema, location), data);
    return errors.length > 0 ? errors : null;
  }

  return { validate, accepts, unsupported: unsupportedIn };
}

function isAlwaysValid(schema: unknown): boolean {
  return schema === true || (typeof schema === 'object' && schema !== null && Object.keys(schema).length === 0);
}

/**
 * ajv's type checks. With `strict: false` ajv does not turn on strictNumbers: NaN is a number, and
 * ±Infinity is an integer.
 */
function matchesAny(types: readonly string[], value: unknown): boolean {
  for (let i = 0; i < types.length; i++) {
    const type = types[i];
    switch (type) {
      case 'null':
        if (value === null) return true;
        break;
      case 'array':
        if (Array.isArray(value)) return true;
        break;
      case 'object':
        if (value && typeof value === 'object' && !Array.isArray(value)) return true;
        break;
      case 'integer':
        if (typeof value === 'number' && !(value % 1) && !isNaN(value)) return true;
        break;
      case 'number':
        if (typeof value === 'number') return true;
        break;
      default:
        if (typeof value === type) return true;
    }
  }
  return false;
}

/** ajv's enum: `===` for primitives, deep equality for objects and lists. */
function inEnum(values: readonly unknown[], value: unknown): boolean {
  for (let i = 0; i < values.length; i++) {
    const allowed = values[i];
    if (typeof allowed === 'object' && allowed !== null ? deepEqual(value, allowed) : value === allowed) return true;
  }
  return false;
}

/** fast-deep-equal (what ajv uses), for the JSON values a manifest holds. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      const other = b as unknown[];
      if (a.length !== other.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!deepEqual(a[i], other[i])) return false;
      return true;
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    for (const key of keys) if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    return true;
  }
  return a !== a && b !== b;
}

function pointer(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += `/${typeof segment === 'number' ? segment : escapePointer(segment)}`;
  return out;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function message(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case 'type':
      return `must be ${String(params.type)}`;
    case 'enum':
      return 'must be equal to one of the allowed values';
    case 'format':
      return `must match format "${String(params.format)}"`;
    case 'required':
      return `must have required property '${String(params.missingProperty)}'`;
    default:
      return 'must NOT have additional properties';
  }
}
