import type { ErrorObject } from 'ajv';
import { own } from '../core/own';
import { getAtPath } from '../core/path';
import type { Path, Target } from '../core/types';
import { suggestName } from '../core/suggest';
import { resolvePlainScalar } from '../source/plain-scalar';
import { INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN } from './schema-formats';

/** One schema problem, before the validator adds rule and severity. */
export interface SchemaProblem {
  path: Path;
  target: Target;
  message: string;
  fix?: string;
}

export interface ProblemContext {
  /** The value that was validated (the object with null-valued fields removed). */
  readonly data: unknown;
  /** The object as written (null-valued fields kept). */
  readonly raw: unknown;
  /** Source text of a scalar, to explain YAML 1.1 surprises. */
  sourceText(path: Path): string | undefined;
  /** Values that must never be echoed (Secret data). */
  isSensitive(path: Path): boolean;
  /** Follows a `$ref` to the schema it names (the node itself when it is not a reference). */
  resolveSchema(node: unknown): unknown;
}

/** Extra facts about a problem, used to merge problems that have one cause. */
interface Built {
  problem: SchemaProblem;
  /** `required`: the missing field. */
  missing?: string;
  /** `additionalProperties`: the field of the same object the user probably meant. */
  suggestion?: string;
  /** `additionalProperties`: the child object (of this object) that has the field. */
  movedInto?: { child: string; field: string };
}

/**
 * Turns ajv's errors into one problem per actual mistake, worded like the API server but for people:
 * alternatives (anyOf/oneOf) collapse into one message, a type error hides the enum/format errors
 * of the same value, and a misspelled required field is one "unknown field … did you mean" problem
 * rather than that plus "missing required field".
 */
export function buildSchemaProblems(errors: readonly ErrorObject[], context: ProblemContext): SchemaProblem[] {
  const flat = collapseAlternatives(errors);
  const typed = new Set(flat.filter((e) => e.keyword === 'type' || e.keyword === 'x-types').map((e) => e.instancePath));
  const kept = flat.filter(
    (e) => e.keyword === 'type' || e.keyword === 'x-types' || e.keyword === 'required' ||
      e.keyword === 'additionalProperties' || !typed.has(e.instancePath),
  );

  const problems: (Built & { parent: string })[] = [];
  for (const error of kept) {
    const path = pointerToPath(error.instancePath, context.data);
    const built = problemFor(error, path, context);
    if (built) problems.push({ ...built, parent: error.instancePath });
  }

  // A missing required field that an unknown field explains is the same mistake: keep one problem.
  const explained = new Set<string>();
  for (const p of problems) {
    if (p.suggestion) explained.add(`${p.parent}\0${p.suggestion}`);
    if (p.movedInto) {
      explained.add(`${p.parent}\0${p.movedInto.child}`);
      explained.add(`${p.parent}/${escapePointer(p.movedInto.child)}\0${p.movedInto.field}`);
    }
  }
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const { problem, missing, parent } of problems) {
    if (missing !== undefined && explained.has(`${parent}\0${missing}`)) continue;
    const key = `${JSON.stringify(problem.path)}\0${problem.target}\0${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

/**
 * Fields that newer API versions replaced by a structure, in objects that have the field `beside`:
 * the usual leftovers of a migration (Ingress extensions/v1beta1 → networking.k8s.io/v1, HPA
 * autoscaling/v1 → v2).
 */
const RENAMED_FIELDS: Record<string, { beside: string; now: string }> = {
  serviceName: { beside: 'service', now: '"service.name"' },
  servicePort: { beside: 'service', now: '"service.port.number" or "service.port.name"' },
  targetCPUUtilizationPercentage: { beside: 'metrics', now: 'a "metrics" item of type Resource with "target.averageUtilization"' },
};

function problemFor(error: ErrorObject, path: Path, context: ProblemContext): Built | undefined {
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  const sensitive = context.isSensitive(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const properties = propertiesOf(error.parentSchema);
      const suggestion = suggestName(name, Object.keys(properties));
      if (suggestion) {
        return {
          suggestion,
          problem: {
            path: [...path, name],
            target: 'key',
            message: `unknown field "${name}" (did you mean "${suggestion}"?)`,
            fix: `rename "${name}" to "${suggestion}"`,
          },
        };
      }
      const renamed = own(RENAMED_FIELDS, name);
      if (renamed && Object.prototype.hasOwnProperty.call(properties, renamed.beside)) {
        return {
          problem: {
            path: [...path, name],
            target: 'key',
            message: `unknown field "${name}": this API version has ${renamed.now} instead`,
            fix: `replace "${name}" with ${renamed.now}`,
          },
        };
      }
      const written = getAtPath(context.raw, path);
      const required = (error.parentSchema as { required?: unknown } | undefined)?.required;
      // Only children the user wrote (even as null) or must write: not every field with that name.
      const plausible = (child: string) =>
        (typeof written === 'object' && written !== null && child in written) ||
        (Array.isArray(required) && required.includes(child));
      const moved = findInChildren(name, properties, context, plausible);
      if (moved) {
        const where = moved.list ? `items of "${moved.child}"` : `"${moved.child}"`;
        const present = typeof written === 'object' && written !== null && moved.child in written;
        const as = moved.field === name ? '' : ` as "${moved.field}"`;
        return {
          movedInto: { child: moved.child, field: moved.field },
          problem: {
            path: [...path, name],
            target: 'key',
            message: present
              ? `unknown field "${name}" ("${moved.field}" is a field of ${where}: check the indentation)`
              : `unknown field "${name}" ("${moved.field}" is a field of ${where}, which is missing)`,
            fix: !present
              ? `move "${name}" under a new "${moved.child}"${as}`
              : moved.list
                ? `move "${name}" into an item of "${moved.child}"${as}`
                : `indent "${name}" under "${moved.child}"${as}`,
          },
        };
      }
      return { problem: { path: [...path, name], target: 'key', message: `unknown field "${name}"` } };
    }
    case 'required': {
      const name = String(params.missingProperty);
      return { missing: name, problem: { path, target: 'key', message: `missing required field "${name}"` } };
    }
    case 'type':
    case 'x-types':
      return { problem: typeProblem(error, path, context, sensitive) };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((v) => v !== '' && v !== null);
      const list = allowed.map((v) => JSON.stringify(v)).join(', ');
      const suggestion = typeof value === 'string' && !sensitive
        ? suggestName(value, allowed.filter((v): v is string => typeof v === 'string'))
        : undefined;
      return {
        problem: {
          path,
          target: 'value',
          message: `unsupported value ${show(value, sensitive)}: supported values are ${list}`,
          ...(suggestion ? { fix: `use "${suggestion}"` } : {}),
        },
      };
    }
    case 'format':
      return { problem: formatProblem(String(params.format), value, path, sensitive, context) };
    case 'const':
      return { problem: { path, target: 'value', message: `must be ${JSON.stringify(params.allowedValue)}, got ${show(value, sensitive)}` } };
    case 'pattern':
      return { problem: { path, target: 'value', message: `${show(value, sensitive)} does not match the pattern ${String(params.pattern)}` } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        problem: { path, target: 'value', message: `must be ${String(params.comparison)} ${String(params.limit)}, got ${show(value, sensitive)}` },
      };
    case 'minLength':
    case 'maxLength':
      return {
        problem: {
          path,
          target: 'value',
          message: `must be at ${error.keyword === 'minLength' ? 'least' : 'most'} ${String(params.limit)} characters long`,
        },
      };
    case 'minItems':
    case 'maxItems':
      return {
        problem: {
          path,
          target: 'value',
          message: `must have at ${error.keyword === 'minItems' ? 'least' : 'most'} ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
        },
      };
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      const earlier = Math.min(Number(params.i), Number(params.j));
      return { problem: { path: [...path, later], target: 'value', message: `duplicate item: same as item ${earlier}` } };
    }
    case 'x-kubernetes-list-map-keys':
      return { problem: { path: [...path, Number(params.index)], target: 'value', message: String(error.message) } };
    case 'x-alternatives':
      return { problem: { path, target: 'value', message: String(error.message) } };
    case 'if':
      return undefined; // the failing then/else branch reports the actual problem
    default:
      return { problem: { path, target: 'value', message: error.message ?? `fails "${error.keyword}"` } };
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function expectedTypes(error: ErrorObject): string[] {
  const raw = error.keyword === 'x-types' ? (error.params as { types: string[] }).types : (error.params as { type: unknown }).type;
  const list = Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
  return list.filter((t) => t !== 'null');
}

function typeProblem(error: ErrorObject, path: Path, context: ProblemContext, sensitive: boolean): SchemaProblem {
  const value = error.data;
  const types = expectedTypes(error);
  const format = (error.parentSchema as { format?: unknown } | undefined)?.format;
  const expected =
    format === 'quantity'
      ? 'a quantity (a number, or a string such as 500m or 1.5Gi)'
      : [...new Set(types)].map((t) => TYPE_NAMES[t] ?? t).join(' or ');
  let message = `expected ${expected}, got ${describe(value, sensitive)}`;
  let fix: string | undefined;

  const text = context.sourceText(path);
  const plain = text !== undefined && !/^["'!&*]/.test(text);
  const stringField = types.includes('string') && !types.includes('integer') && !types.includes('number');
  const tag = text === undefined ? undefined : TAG.exec(text)?.[0];
  if (tag !== undefined && value !== null && typeof value !== 'object') {
    // an explicit tag (`!!float 1`, `!!str 3`) decides the type: quoting the value would not change it
    message += `: the ${tag} tag makes YAML read it as ${typeof value === 'boolean' ? 'a boolean' : `a ${typeof value}`}`;
    fix = stringField ? 'remove the tag and quote the value' : 'remove the tag';
  } else if (stringField && (typeof value === 'boolean' || typeof value === 'number') && plain) {
    const shown = sensitive ? 'this value' : text;
    if (typeof value === 'boolean') {
      message += /^(true|false)$/i.test(text)
        ? `; quote it${sensitive ? '' : ` ("${text}")`}`
        : `: YAML 1.1 reads ${shown} as a boolean; quote it${sensitive ? '' : ` ("${text}")`}`;
    } else if (text !== String(value)) {
      message += `: YAML 1.1 reads ${shown} as ${numberKind(text)}${sensitive ? '' : ` ${value}`}; quote it${sensitive ? '' : ` ("${text}")`}`;
    } else {
      message += `; quote it${sensitive ? '' : ` ("${text}")`}`;
    }
    fix = sensitive ? 'quote the value' : `quote the value: "${text}"`;
  } else if (typeof value === 'string' && text !== undefined && /^["']/.test(text)) {
    const unquoted = resolvePlainScalar(value);
    const unquotedType = typeof unquoted === 'number' ? (Number.isInteger(unquoted) ? 'integer' : 'number') : typeof unquoted;
    if (types.includes(unquotedType) || (unquotedType === 'integer' && types.includes('number'))) {
      fix = sensitive ? 'remove the quotes' : `remove the quotes: ${value}`;
    }
  }
  return { path, target: 'value', message, ...(fix ? { fix } : {}) };
}

/** The tag a scalar's source starts with (`!!int` in `!!int "30"`). */
const TAG = /^![^\s]*/;

function numberKind(text: string): string {
  const body = text.replace(/^[-+]/, '');
  if (/^0[xX]/.test(body)) return 'the hexadecimal number';
  if (/^0[oO]/.test(body) || /^0[0-7]+$/.test(body)) return 'the octal number';
  if (/^0[bB]/.test(body)) return 'the binary number';
  return 'the number';
}

function formatProblem(format: string, value: unknown, path: Path, sensitive: boolean, context: ProblemContext): SchemaProblem {
  switch (format) {
    case 'int32':
    case 'int-or-string':
      return { path, target: 'value', message: `expected a 32-bit integer (${INT32_MIN} to ${INT32_MAX}), got ${showInteger(value, path, sensitive, context)}` };
    case 'int64':
      return { path, target: 'value', message: `expected a 64-bit integer (${INT64_MIN} to ${INT64_MAX}), got ${showInteger(value, path, sensitive, context)}` };
    case 'quantity': {
      const fix = typeof value === 'string' && !sensitive ? quantityFix(value) : undefined;
      return {
        path,
        target: 'value',
        message: `invalid quantity ${show(value, sensitive)}: expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3`,
        ...(fix ? { fix: `write "${fix}"` } : {}),
      };
    }
    case 'date-time':
      return {
        path,
        target: 'value',
        message: `invalid timestamp ${show(value, sensitive)}: expected an RFC 3339 date-time such as 2024-01-31T12:00:00Z`,
      };
    case 'byte':
      return sensitive
        ? { path, target: 'value', message: 'Secret data must be base64-encoded', fix: 'encode the value with base64, or move it to stringData' }
        : { path, target: 'value', message: `invalid base64 value ${show(value, false)}` };
    default:
      return { path, target: 'value', message: `${show(value, sensitive)} is not a valid ${format}` };
  }
}

const BINARY_SUFFIX = /^([+-]?[0-9.]+)\s*([kKMGTPE])(i?)[bB]?$/;

/** `1GiB` → `1Gi`, `1 Gi` → `1Gi`, `1K` → `1k`, `512MB` → `512M`, `1gi` → `1Gi`. */
function quantityFix(text: string): string | undefined {
  const m = BINARY_SUFFIX.exec(text.trim()) ?? /^([+-]?[0-9.]+)\s*([kmgtpe])(i)$/i.exec(text.trim());
  if (!m) return undefined;
  const [, number, letter, binary] = m;
  const suffix = binary ? `${letter!.toUpperCase()}i` : letter === 'K' || letter === 'k' ? 'k' : letter!.toUpperCase();
  const fixed = `${number}${suffix}`;
  return fixed === text ? undefined : fixed;
}

function describe(value: unknown, sensitive: boolean): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (sensitive) return `a ${typeof value}`;
  if (typeof value === 'string') return `string ${show(value, false)}`;
  return `${typeof value} ${String(value)}`;
}

function show(value: unknown, sensitive: boolean): string {
  if (sensitive) return 'the value';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** An integer as written (a double has lost the digits of 18446744073709551615), else as read. */
function showInteger(value: unknown, path: Path, sensitive: boolean, context: ProblemContext): string {
  const text = sensitive || typeof value !== 'number' ? undefined : context.sourceText(path);
  return text !== undefined && !/^["'!&*]/.test(text) ? text : show(value, sensitive);
}

/**
 * The child object of this object (one level down, through lists) that has a field named like the
 * unknown one: `expression` written beside `cel` instead of under it. Only children that are
 * `plausible` (written, or required) are considered.
 */
function findInChildren(
  name: string,
  properties: Record<string, unknown>,
  context: ProblemContext,
  plausible: (child: string) => boolean,
): { child: string; field: string; list: boolean } | undefined {
  const lower = name.toLowerCase();
  for (const child of Object.keys(properties).sort()) {
    if (!plausible(child)) continue;
    let schema = context.resolveSchema(properties[child]) as { type?: unknown; items?: unknown } | undefined;
    let list = false;
    if (schema && schema.type === 'array' && schema.items) {
      schema = context.resolveSchema(schema.items) as typeof schema;
      list = true;
    }
    const fields = Object.keys(propertiesOf(schema));
    const field = fields.find((f) => f === name) ?? fields.find((f) => f.toLowerCase() === lower);
    if (field) return { child, field, list };
  }
  return undefined;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  const properties = (schema as { properties?: unknown } | undefined)?.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
}

/** `/spec/containers/0/name` → ['spec', 'containers', 0, 'name'], numbers only where the data is a list. */
export function pointerToPath(pointer: string, data: unknown): Path {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/**
 * Replaces each failed anyOf/oneOf, and the errors of its branches, by what the user needs to hear:
 * one type error listing every accepted type, the errors of the branch that came closest, or one
 * "does not match" message.
 */
export function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const composite = errors
    .map((error, index) => ({ error, index }))
    .filter(({ error }) => error.keyword === 'anyOf' || error.keyword === 'oneOf')
    .sort((a, b) => a.error.schemaPath.length - b.error.schemaPath.length || a.index - b.index);
  if (composite.length === 0) return [...errors];

  const { error: outer, index: outerIndex } = composite[0]!;
  const prefix = `${outer.schemaPath}/`;
  const branches = new Map<string, ErrorObject[]>();
  const rest: ErrorObject[] = [];
  errors.forEach((error, index) => {
    if (index === outerIndex) return;
    if (error.schemaPath.startsWith(prefix) && error.instancePath.startsWith(outer.instancePath)) {
      const branch = error.schemaPath.slice(prefix.length).split('/')[0]!;
      if (!branches.has(branch)) branches.set(branch, []);
      branches.get(branch)!.push(error);
    } else {
      rest.push(error);
    }
  });

  const replacement: ErrorObject[] = [];
  const members = [...branches.values()].flat();
  const passing = (outer.params as { passingSchemas?: unknown }).passingSchemas;
  if (outer.keyword === 'oneOf' && Array.isArray(passing)) {
    replacement.push(synthetic(outer, 'x-alternatives', 'matches more than one of the allowed forms; it must match exactly one'));
  } else if (members.length > 0 && members.every((e) => e.keyword === 'type' && e.instancePath === outer.instancePath)) {
    const types = [...new Set(members.flatMap((e) => expectedTypesOf(e)))];
    replacement.push({ ...synthetic(outer, 'x-types', ''), params: { types } });
  } else {
    // The branch whose errors sit deepest in the data got furthest: report its errors.
    const candidates = [...branches.values()].filter((list) =>
      list.every((e) => !(e.instancePath === outer.instancePath && e.keyword === 'type')),
    );
    const best = candidates.sort((a, b) => a.length - b.length)[0];
    if (best) replacement.push(...best);
    else replacement.push(synthetic(outer, 'x-alternatives', 'does not match any of the allowed forms'));
  }
  return collapseAlternatives(insertAt(errors, outerIndex, rest, replacement));
}

/** Keeps the original order: the replacement takes the place of the composite error. */
function insertAt(
  errors: readonly ErrorObject[],
  outerIndex: number,
  rest: readonly ErrorObject[],
  replacement: readonly ErrorObject[],
): ErrorObject[] {
  const restSet = new Set(rest);
  const out: ErrorObject[] = [];
  errors.forEach((error, index) => {
    if (index === outerIndex) out.push(...replacement);
    else if (restSet.has(error)) out.push(error);
  });
  return out;
}

function expectedTypesOf(error: ErrorObject): string[] {
  const raw = (error.params as { type: unknown }).type;
  return Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
}

function synthetic(from: ErrorObject, keyword: string, message: string): ErrorObject {
  return {
    keyword,
    instancePath: from.instancePath,
    schemaPath: `${from.schemaPath}#collapsed`,
    params: {},
    message,
    data: from.data,
    parentSchema: from.parentSchema,
  } as ErrorObject;
}
