import type { ErrorObject } from 'ajv';
import type { Path, Severity, Target } from '../core/types';
import { suggestName } from '../core/suggest';
import { isRemovedIn, lookupApiLifecycle } from '../resources/api-lifecycle';
import type { Resource } from '../resources/resource';
import { sensitiveValueAt, sensitiveValuesOfResource } from '../resources/sensitive-values';
import type { CompiledSchema, SchemaCompiler } from './ajv-compiler';
import { type CustomResourceSchema, buildCustomResourceSchemas } from './custom-resource-schemas';
import { prepareSchema } from './prepare-schema';
import { type JsonSchema, type SchemaCatalog, kindKey } from './schema-catalog';
import { UnsupportedSchemaError, buildSchemaInterpreter } from './schema-interpreter';
import { buildSchemaProblems } from './schema-problems';
import { withoutNulls } from './without-nulls';

export interface SchemaValidatorOptions {
  kubernetesVersion: string;
  strict: boolean;
  ignoreMissingSchemas: boolean;
}

export interface SchemaIssue {
  rule: 'schema' | 'schema-missing';
  severity: Severity;
  message: string;
  /** Relative to the resource's object. */
  path: Path;
  /** 'key' for an unknown field (points at the key), 'value' for a bad value. */
  target: Target;
  fix?: string;
}

export interface SchemaValidator {
  validate(resource: Resource): readonly SchemaIssue[];
  /** The kinds (`apps/v1/Deployment`) whose schemas were compiled so far, in compile order. */
  compiledKinds(): readonly string[];
  /** Whether validating these resources needs the schema compiler (a schema the interpreter cannot follow). */
  needsCompiler(resources: readonly Resource[]): boolean;
}

/** Builds ajv for the schemas the interpreter does not implement (see ajv-compiler.ts). */
export type SchemaCompilerFactory = (bundledId: string, defs: Record<string, JsonSchema>) => SchemaCompiler;

/**
 * A kind's validation. `accepts`, for an interpreted schema: whether an object as parsed is valid
 * with its null fields unset (most are; the others are validated again, null fields removed).
 */
type Compiled = { validate: CompiledSchema; accepts?: (data: unknown) => boolean } | { failure: string };
type Interpreted = { validate: CompiledSchema; accepts: (data: unknown) => boolean };

/**
 * True when validating these resources against this catalog needs a schema compiler (ajv): for an
 * external schema, or a CRD in the input whose schema uses keywords the interpreter does not
 * implement (`pattern`, `minimum`, `anyOf`, …), and only when some object is of that kind. The bundled
 * schemas never do: the interpreter implements every keyword they use
 * (test/schema/interpreter-parity.test.ts checks each version).
 */
export function needsSchemaCompiler(options: SchemaValidatorOptions, catalog: SchemaCatalog, resources: readonly Resource[]): boolean {
  if (catalog.external.size === 0 && !resources.some((r) => r.kind === 'CustomResourceDefinition')) return false;
  return buildKindValidator(options, catalog, resources, null).needsCompiler(resources);
}

/**
 * Validates resources against the schemas of one Kubernetes version, the CRDs found in `resources`
 * and the external schemas of the catalog. Pure and synchronous: everything it needs is in its
 * arguments. A kind's schema is prepared when a resource of that kind is first validated, then cached.
 *
 * The bundled schemas are interpreted (schema-interpreter.ts): nothing to compile, so the first
 * object costs no more than the others. Other schemas are compiled by `compiler` (ajv); without one,
 * a kind that needs it is reported as a schema that cannot be used (see needsSchemaCompiler).
 */
export function buildKindValidator(
  options: SchemaValidatorOptions,
  catalog: SchemaCatalog,
  resources: readonly Resource[],
  compiler: SchemaCompilerFactory | null,
): SchemaValidator {
  if (catalog.kubernetesVersion !== options.kubernetesVersion) {
    throw new Error(`schema catalog is for Kubernetes ${catalog.kubernetesVersion}, not ${options.kubernetesVersion}`);
  }
  const version = options.kubernetesVersion;
  const bundledId = `kubeplan:k8s-${version}`;
  const custom = buildCustomResourceSchemas(resources);
  const compiled = new Map<string, Compiled>();
  const order: string[] = [];
  const preparedDefs = new Map<string, JsonSchema>();
  let compile: SchemaCompiler | undefined;

  /** A bundled definition, prepared (strict mode, formats) on first use. */
  function preparedDef(name: string): JsonSchema | undefined {
    let prepared = preparedDefs.get(name);
    if (prepared === undefined) {
      if (!Object.prototype.hasOwnProperty.call(catalog.bundled.$defs, name)) return undefined;
      prepared = prepareSchema(catalog.bundled.$defs[name], options);
      preparedDefs.set(name, prepared);
    }
    return prepared;
  }

  // CRD schemas refer to the bundled definitions by id (see withObjectEnvelope)
  const interpreter = buildSchemaInterpreter((ref) => {
    const local = ref.startsWith(`${bundledId}#`) ? ref.slice(bundledId.length) : ref;
    const name = /^#\/\$defs\/(.+)$/.exec(local)?.[1];
    const schema = name === undefined ? undefined : preparedDef(name);
    return schema === undefined ? undefined : { schema, location: `#/$defs/${name}` };
  });

  /** The compiler, with every bundled definition registered (prepared) on first use. */
  function schemaCompiler(): SchemaCompiler {
    if (compile) return compile;
    if (!compiler) throw new Error('no schema compiler for this run');
    const $defs: Record<string, JsonSchema> = {};
    for (const name of Object.keys(catalog.bundled.$defs)) $defs[name] = preparedDef(name)!;
    compile = compiler(bundledId, $defs);
    return compile;
  }

  /** `custom`: a CRD's schema, whose only references are the envelope's, into the bundled definitions. */
  function schemaFor(key: string): { schema: JsonSchema; origin: string; error?: string; bundled?: string; custom?: boolean } | undefined {
    const crd = custom.get(key);
    if (crd) {
      const root = prepareSchema(crd.schema ?? { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }, options);
      return { schema: withObjectEnvelope(root, true), origin: crd.origin, custom: !JSON.stringify(root).includes('"$ref"') };
    }
    const external = catalog.external.get(key);
    if (external) {
      return external.error !== undefined
        ? { schema: true, origin: external.location, error: external.error }
        : { schema: withObjectEnvelope(prepareSchema(external.schema, options), false), origin: external.location };
    }
    const name = catalog.bundled.kinds[key];
    if (name) return { schema: { $ref: `${bundledId}#/$defs/${name}` }, origin: `Kubernetes ${version}`, bundled: name };
    return undefined;
  }

  /**
   * Every object has apiVersion, kind and metadata, whatever its schema says: add them where it does
   * not declare them, and always validate a custom resource's metadata as ObjectMeta (as the API
   * server does). Without this, strict mode would call them unknown fields.
   */
  function withObjectEnvelope(root: JsonSchema, objectMeta: boolean): JsonSchema {
    if (typeof root !== 'object') return root;
    if (!objectMeta && root.properties === undefined && root.additionalProperties === undefined) return root;
    const properties = { ...((root.properties ?? {}) as Record<string, JsonSchema>) };
    properties.apiVersion ??= { type: 'string' };
    properties.kind ??= { type: 'string' };
    if (objectMeta && catalog.bundled.$defs.V1ObjectMeta) properties.metadata = { $ref: `${bundledId}#/$defs/V1ObjectMeta` };
    else properties.metadata ??= { $ref: `${bundledId}#/$defs/V1ObjectMeta` };
    return { ...root, properties };
  }

  /** A bundled kind, interpreted; UnsupportedSchemaError when it reaches a keyword only ajv knows. */
  function interpreted(name: string): Interpreted | undefined {
    const schema = preparedDef(name);
    return schema === undefined ? undefined : interpretedAt(schema, `#/$defs/${name}`);
  }

  /** A CRD's schema, interpreted when every part of it that data can reach is supported. */
  function interpretedIfSupported(schema: JsonSchema): Interpreted | undefined {
    return interpreter.unsupported(schema, '#') === undefined ? interpretedAt(schema, '#') : undefined;
  }

  function interpretedAt(schema: JsonSchema, location: string): Interpreted {
    return { validate: (data) => interpreter.validate(schema, location, data), accepts: (data) => interpreter.accepts(schema, location, data) };
  }

  function compileWithCompiler(found: { schema: JsonSchema; origin: string }): Compiled {
    try {
      return { validate: schemaCompiler()(found.schema) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { failure: `cannot use the schema from ${found.origin}: ${reason}` };
    }
  }

  function compileKind(key: string): Compiled | undefined {
    const cached = compiled.get(key);
    if (cached) return cached;
    const found = schemaFor(key);
    if (!found) return undefined;
    let result: Compiled;
    if (found.error !== undefined) result = { failure: found.error };
    else {
      const direct = found.bundled !== undefined ? interpreted(found.bundled) : found.custom ? interpretedIfSupported(found.schema) : undefined;
      result = direct ?? compileWithCompiler(found);
    }
    compiled.set(key, result);
    order.push(key);
    return result;
  }

  /** Whether the interpreter accepts the object as parsed; false also when it cannot follow the schema (errorsOf then hands it on). */
  function acceptsAsParsed(accepts: (data: unknown) => boolean, object: unknown): boolean {
    try {
      return accepts(object);
    } catch (error) {
      if (error instanceof UnsupportedSchemaError) return false;
      throw error;
    }
  }

  /** The kind's errors; a bundled schema the interpreter cannot follow goes to the compiler instead. */
  function errorsOf(key: string, entry: { validate: CompiledSchema }, data: unknown): ErrorObject[] | null | string {
    try {
      return entry.validate(data);
    } catch (error) {
      if (!(error instanceof UnsupportedSchemaError)) throw error;
      const replaced = compiler ? compileWithCompiler(schemaFor(key)!) : { failure: `cannot use the schema from Kubernetes ${version}: ${error.message}` };
      compiled.set(key, replaced);
      return 'failure' in replaced ? replaced.failure : replaced.validate(data);
    }
  }

  /** The issues of each apiVersion and kind without a schema: the same for all its objects, found once. */
  const missing = new Map<string, readonly SchemaIssue[]>();

  function missingIssues(key: string, resource: Resource): readonly SchemaIssue[] {
    const issue = missingSchemaIssue(resource, catalog, version, custom);
    // --ignore-missing-schemas is for kinds without a schema (custom resources); a misspelled kind
    // of an apiVersion Kubernetes itself serves (apps/v1 Deploymnet) is a typo, never such a kind.
    const builtInTypo = issue?.fix?.startsWith('rename') === true && Object.keys(catalog.bundled.kinds).some((k) => k.startsWith(`${resource.apiVersion}/`));
    const issues = !issue || (options.ignoreMissingSchemas && !builtInTypo) ? [] : [issue];
    missing.set(key, issues);
    return issues;
  }

  function validate(resource: Resource): readonly SchemaIssue[] {
    const key = kindKey(resource.apiVersion, resource.kind);
    const known = missing.get(key);
    if (known) return known;
    const entry = compileKind(key);
    if (!entry) return missingIssues(key, resource);
    if ('failure' in entry) return [failureIssue(entry.failure)];
    if (entry.accepts && acceptsAsParsed(entry.accepts, resource.object)) return [];
    const data = withoutNulls(resource.object);
    const errors = errorsOf(key, entry, data);
    if (errors === null) return [];
    if (typeof errors === 'string') return [failureIssue(errors)];
    const problems = buildSchemaProblems(errors, {
      data,
      raw: resource.object,
      sourceText: (path) => resource.document.sourceText([...resource.path, ...path]),
      isSensitive: (path) => sensitiveValueAt(sensitiveValuesOfResource(resource), path) !== undefined,
      resolveSchema,
    });
    return problems.map((p) => ({ rule: 'schema', severity: 'error', ...p }));
  }

  /** Follows a reference into the bundled definitions (the only references our schemas make). */
  function resolveSchema(node: unknown): unknown {
    const ref = (node as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== 'string') return node;
    const name = /#\/\$defs\/(.+)$/.exec(ref)?.[1];
    return name === undefined ? undefined : preparedDef(name);
  }

  function needsCompiler(resources: readonly Resource[]): boolean {
    const customKinds = new Set([...custom.values()].map((c) => c.key.slice(c.key.lastIndexOf('/') + 1)));
    const checked = new Set<string>();
    for (let i = 0; i < resources.length; i++) {
      const resource = resources[i]!;
      if (catalog.external.size === 0 && !customKinds.has(resource.kind)) continue;
      const key = kindKey(resource.apiVersion, resource.kind);
      if (checked.has(key)) continue;
      checked.add(key);
      const found = schemaFor(key);
      if (!found || found.error !== undefined || found.bundled !== undefined) continue;
      if (!found.custom || interpreter.unsupported(found.schema, '#') !== undefined) return true;
    }
    return false;
  }

  return { validate, compiledKinds: () => [...order], needsCompiler };
}

function failureIssue(message: string): SchemaIssue {
  return { rule: 'schema', severity: 'error', message, path: ['kind'], target: 'value' };
}

/** `schema-missing`, with a suggestion for a misspelled kind; null for a removed apiVersion (see below). */
function missingSchemaIssue(
  resource: Resource,
  catalog: SchemaCatalog,
  version: string,
  custom: ReadonlyMap<string, CustomResourceSchema>,
): SchemaIssue | null {
  const { apiVersion, kind, group } = resource;
  const base = { rule: 'schema-missing' as const, severity: 'error' as const };
  const sameKind = [...custom.values()].filter((c) => c.key.startsWith(`${group}/`) && c.key.endsWith(`/${kind}`));
  if (group !== '' && sameKind.length > 0) {
    const served = sameKind.map((c) => c.key.slice(0, -kind.length - 1));
    return {
      ...base,
      message: `${sameKind[0]!.origin} does not serve ${apiVersion} ${kind}; it serves ${served.join(', ')}`,
      path: ['apiVersion'],
      target: 'value',
      fix: `change apiVersion to "${served[0]}"`,
    };
  }
  // A removed apiVersion is the no-removed-api rule's finding (it names the replacement and can be
  // graded or silenced like any rule); reporting it here as well would say the same thing twice.
  const lifecycle = lookupApiLifecycle(apiVersion, kind);
  if (lifecycle && isRemovedIn(lifecycle, version)) return null;

  const kinds = Object.keys(catalog.bundled.kinds);
  const servedAs = kinds.filter((k) => k.endsWith(`/${kind}`)).map((k) => k.slice(0, -kind.length - 1));
  if (servedAs.length > 0) {
    return {
      ...base,
      message: `Kubernetes ${version} does not serve ${kind} as ${apiVersion}; it serves it as ${servedAs.join(', ')}`,
      path: ['apiVersion'],
      target: 'value',
      fix: `change apiVersion to "${preferredVersion(servedAs)}"`,
    };
  }
  // A misspelled custom kind is suggested from the CRDs of the input and the external schemas too.
  const known = [...kinds, ...custom.keys(), ...catalog.external.keys()];
  const sameApiVersion = [...new Set(known.filter((k) => k.startsWith(`${apiVersion}/`) && !k.slice(apiVersion.length + 1).includes('/')))];
  if (sameApiVersion.length > 0) {
    const names = sameApiVersion.map((k) => k.slice(apiVersion.length + 1));
    const suggestion = suggestName(kind, names);
    const builtIn = sameApiVersion.some((k) => Object.prototype.hasOwnProperty.call(catalog.bundled.kinds, k));
    if (suggestion || builtIn) return {
      ...base,
      message: suggestion
        ? `unknown kind "${kind}" in ${apiVersion} (did you mean "${suggestion}"?)`
        : `unknown kind "${kind}" in ${apiVersion}; Kubernetes ${version} serves ${names.join(', ')}`,
      path: ['kind'],
      target: 'value',
      ...(suggestion ? { fix: `rename "${kind}" to "${suggestion}"` } : {}),
    };
  }
  const searched = catalog.locations.length > 0 ? ` (searched ${catalog.locations.join(', ')})` : '';
  return {
    ...base,
    message: `no schema for ${apiVersion} ${kind}${searched}`,
    path: ['kind'],
    target: 'value',
    fix: 'add its CustomResourceDefinition to the input, point --schema-location at its schema, or use --ignore-missing-schemas',
  };
}

/** The stable version when there is one (`apps/v1` over `apps/v1beta1`), else the first. */
function preferredVersion(apiVersions: readonly string[]): string {
  const stable = apiVersions.filter((v) => /(^|\/)v\d+$/.test(v));
  const pick = (stable.length > 0 ? stable : apiVersions).slice().sort();
  return pick[pick.length - 1]!;
}
