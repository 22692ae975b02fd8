import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResources } from '../../src/resources/build-resources';
import type { Resource } from '../../src/resources/resource';
import { buildAjvCompiler } from '../../src/schema/ajv-compiler';
import { buildCustomResourceSchemas } from '../../src/schema/custom-resource-schemas';
import { buildKindValidator } from '../../src/schema/kind-validator';
import { DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS, type KubernetesVersion } from '../../src/schema/kubernetes-versions';
import { prepareSchema } from '../../src/schema/prepare-schema';
import { type BundledSchemas, type JsonSchema, buildSchemaCatalog } from '../../src/schema/schema-catalog';
import { buildSchemaInterpreter } from '../../src/schema/schema-interpreter';
import { withoutNulls } from '../../src/schema/without-nulls';
import { parseYaml } from '../../src/source/parse-yaml';
import { CORPUS, corpusPresent, listManifests } from '../support/corpus';
import { bundledSchemas, parseResources } from './helpers';

/**
 * The schema interpreter must give exactly ajv's errors (schema-problems.ts turns them into
 * findings): same keywords, instance paths, params, messages, data and parent schemas, in the same
 * order. ajv is the oracle here, on real manifests and on objects broken in every way we can think of.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/schema/', import.meta.url));

interface Pair {
  kinds: Readonly<Record<string, string>>;
  /** ajv's errors and the interpreter's for one object of a kind (`apps/v1/Deployment`). */
  both(kind: string, data: unknown): { ajv: unknown[] | null; interpreted: unknown[] | null };
  unsupported(kind: string): string | undefined;
  /** The interpreter's answer for an object as parsed, its null fields counting as unset. */
  accepts(kind: string, data: unknown): boolean;
  /** The same for a CRD's schema, wrapped as the validator does (metadata is the bundled ObjectMeta). */
  bothCustom(schema: JsonSchema, data: unknown): { ajv: unknown[] | null; interpreted: unknown[] | null };
  unsupportedCustom(schema: JsonSchema): string | undefined;
  acceptsCustom(schema: JsonSchema, data: unknown): boolean;
}

async function buildPair(version: KubernetesVersion, strict: boolean): Promise<Pair> {
  const bundled = await bundledSchemas(version);
  const defs: Record<string, JsonSchema> = {};
  for (const [name, def] of Object.entries(bundled.$defs)) defs[name] = prepareSchema(def, { strict });
  const bundledId = `kubeplan:k8s-${version}`;
  const compile = buildAjvCompiler(bundledId, defs);
  const interpreter = buildSchemaInterpreter((ref) => {
    const name = /^#\/\$defs\/(.+)$/.exec(ref.startsWith(bundledId) ? ref.slice(bundledId.length) : ref)?.[1];
    return name !== undefined && defs[name] !== undefined ? { schema: defs[name], location: `#/$defs/${name}` } : undefined;
  });
  const compiled = new Map<string, ReturnType<typeof compile>>();
  const compiledCustom = new Map<JsonSchema, ReturnType<typeof compile>>();
  const envelope = (schema: JsonSchema): JsonSchema => {
    const root = schema as Record<string, unknown>;
    const properties = { ...(root.properties as object), metadata: { $ref: `${bundledId}#/$defs/V1ObjectMeta` } };
    return { ...root, properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, ...properties } };
  };
  const wrapped = new Map<JsonSchema, JsonSchema>();
  const custom = (schema: JsonSchema) => wrapped.get(schema) ?? wrapped.set(schema, envelope(schema)).get(schema)!;
  const root = (kind: string) => [defs[bundled.kinds[kind]!]!, `#/$defs/${bundled.kinds[kind]}`] as const;
  // schemaPath is not compared: ajv's depends on how it chose to inline references.
  const shape = (errors: ErrorObject[] | null) => errors && errors.map(({ schemaPath: _, ...rest }) => rest);
  return {
    kinds: bundled.kinds,
    unsupported: (kind) => interpreter.unsupported(...root(kind)),
    both(kind, data) {
      let validate = compiled.get(kind);
      if (!validate) compiled.set(kind, (validate = compile({ $ref: `${bundledId}#/$defs/${bundled.kinds[kind]}` })));
      return { ajv: shape(validate(data)), interpreted: shape(interpreter.validate(...root(kind), data)) };
    },
    accepts: (kind, data) => interpreter.accepts(...root(kind), data),
    unsupportedCustom: (schema) => interpreter.unsupported(custom(schema), '#'),
    acceptsCustom: (schema, data) => interpreter.accepts(custom(schema), '#', data),
    bothCustom(schema, data) {
      const root = custom(schema);
      let validate = compiledCustom.get(root);
      if (!validate) compiledCustom.set(root, (validate = compile(root)));
      return { ajv: shape(validate(data)), interpreted: shape(interpreter.validate(root, '#', data)) };
    },
  };
}

function resourcesIn(dir: string): Resource[] {
  return buildResources(listManifests(dir).map((path) => parseYaml(relative(dir, path), readFileSync(path, 'utf8')))).resources;
}

const key = (r: Resource) => `${r.apiVersion}/${r.kind}`;

/** A CRD whose schema keeps to the keywords of the bundled schemas, and objects of its kind. */
const CUSTOM_RESOURCES = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gadgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Gadget, plural: gadgets}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          required: [spec]
          properties:
            spec:
              type: object
              required: [mode]
              properties:
                mode: {type: string, enum: [fast, slow]}
                size: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}
                owner: {type: string, nullable: true}
                since: {type: string, format: date-time}
                parts:
                  type: array
                  items:
                    type: object
                    required: [name]
                    properties: {name: {type: string}, count: {type: integer, format: int32}}
                labels: {type: object, additionalProperties: {type: string}}
                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
---
apiVersion: example.com/v1
kind: Gadget
metadata: {name: good, labels: {a: b}}
spec: {mode: fast, size: 3, owner: null, since: '2024-01-31T12:00:00Z', parts: [{name: p, count: 2}], labels: {x: y}, extra: {any: [1]}}
---
apiVersion: example.com/v1
kind: Gadget
metadata: {name: bad, namspace: x}
spec: {mode: quick, size: 2.5, since: yesterday, parts: [{count: 1.5}, 3], labels: {x: 1}, colour: red}
---
apiVersion: example.com/v1
kind: Gadget
metadata: {name: empty}
`;

describe('schema interpreter', () => {
  it.each(KUBERNETES_VERSIONS)('implements every keyword of the bundled schemas of Kubernetes %s', async (version) => {
    for (const strict of [true, false]) {
      const pair = await buildPair(version, strict);
      const refused = Object.keys(pair.kinds).filter((kind) => pair.unsupported(kind) !== undefined);
      expect(refused).toEqual([]);
    }
  });

  it.each([true, false])('gives ajv\'s errors for the schema fixtures and the corpus (strict %s)', async (strict) => {
    const pair = await buildPair(DEFAULT_KUBERNETES_VERSION, strict);
    const resources = [...resourcesIn(FIXTURES), ...(corpusPresent ? resourcesIn(CORPUS) : [])];
    let compared = 0;
    let invalid = 0;
    for (const resource of resources) {
      if (!pair.kinds[key(resource)]) continue;
      const { ajv, interpreted } = pair.both(key(resource), withoutNulls(resource.object));
      expect(interpreted, `${resource.file} ${resource.kind}/${resource.name}`).toEqual(ajv);
      expect(pair.accepts(key(resource), resource.object)).toBe(ajv === null);
      compared++;
      if (ajv) invalid++;
    }
    expect(compared).toBeGreaterThan(5);
    expect(invalid).toBeGreaterThan(0);
    if (!corpusPresent) console.warn(`corpus absent (${CORPUS}): compared the fixtures only`);
  });

  /** Replacement values that trip validators: wrong types, non-finite numbers, bad formats. */
  const replacement = fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 40, -(2 ** 63), NaN, Infinity, -Infinity, '', 'on', '0644',
      '500m', '1GiB', '1 Gi', '2024-01-31T12:00:00Z', '2024-13-01', 'not base64!', 'aGVsbG8=', 'TCP', 'tcp', 'Always',
      'IfNotPresent', [], [null], [1, 'a'], {}, { a: 1 }, { name: 'x' }, ['x'], '__proto__', 'constructor', 'a/b~c'),
    fc.string({ maxLength: 6 }),
    fc.integer(),
    fc.double(),
  );
  const newKey = fc.oneof(fc.constantFrom('nmae', 'imagee', 'a/b', 'x~y', '0', '10', 'constructor', 'toString', 'spec', 'kind'), fc.string({ maxLength: 5 }));

  function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    out.push(prefix);
    if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
    else if (value && typeof value === 'object') for (const k of Object.keys(value)) pathsOf((value as Record<string, unknown>)[k], [...prefix, k], out);
    return out;
  }

  function mutate(object: unknown, path: (string | number)[], op: 'set' | 'delete' | 'add', value: unknown, added: string): unknown {
    const copy = structuredClone(object);
    if (path.length === 0) return op === 'set' ? value : copy;
    let parent = copy as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (op === 'set') parent[last] = value;
    else if (op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      const target = parent[last];
      if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[added] = value;
      else parent[last] = value;
    }
    return copy;
  }

  const mutation = fc.record({
    at: fc.nat(),
    op: fc.constantFrom<'set' | 'delete' | 'add'>('set', 'set', 'delete', 'add'),
    value: replacement,
    added: newKey,
  });

  function mutateAll(object: unknown, mutations: readonly { at: number; op: 'set' | 'delete' | 'add'; value: unknown; added: string }[]): unknown {
    for (const m of mutations) {
      const paths = pathsOf(object);
      object = mutate(object, paths[m.at % paths.length]!, m.op, m.value, m.added);
    }
    return object;
  }

  it.each([true, false])('gives ajv\'s errors for broken objects (strict %s)', async (strict) => {
    const pair = await buildPair(DEFAULT_KUBERNETES_VERSION, strict);
    const bases = resourcesIn(FIXTURES).filter((r) => pair.kinds[key(r)]);
    if (corpusPresent) {
      const perKind = new Map<string, number>();
      for (const r of resourcesIn(CORPUS)) {
        if (!pair.kinds[key(r)] || (perKind.get(key(r)) ?? 0) >= 3) continue;
        perKind.set(key(r), (perKind.get(key(r)) ?? 0) + 1);
        bases.push(r);
      }
    }
    await fc.assert(
      fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const base = bases[which]!;
        const broken = mutateAll(base.object, mutations);
        const { ajv, interpreted } = pair.both(key(base), withoutNulls(broken));
        expect(interpreted).toEqual(ajv);
        // as parsed, null fields and all: the same verdict
        expect(pair.accepts(key(base), broken)).toBe(ajv === null);
      }),
      { numRuns: 1500, seed: 20261123 },
    );
  });

  it.each([true, false])('answers for an object as parsed as for the object without its null fields (strict %s)', async (strict) => {
    const pair = await buildPair(DEFAULT_KUBERNETES_VERSION, strict);
    const deployment = (spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'web' }) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } }, ...spec },
    });
    const cases = [
      deployment({ replicas: null }), // a known field, null: unset
      deployment({ replicaz: null }), // an unknown field, null: unset, so not unknown
      deployment({ selector: null }), // a required field, null: missing
      deployment({}, { name: 'web', labels: null, annotations: { a: null } }),
      deployment({ template: { metadata: null, spec: { containers: [{ name: 'web', image: null, ports: [null] }] } } }),
      deployment({ strategy: { type: null, rollingUpdate: { maxSurge: null } } }),
    ];
    const nullField = fc.record({ at: fc.nat(), op: fc.constant<'add'>('add'), value: fc.constant(null), added: newKey });
    const verdicts = cases.map((object) => {
      const { ajv } = pair.both('apps/v1/Deployment', withoutNulls(object));
      expect(pair.accepts('apps/v1/Deployment', object), JSON.stringify(object)).toBe(ajv === null);
      return ajv === null;
    });
    expect(verdicts).toEqual([true, true, false, true, false, true]);

    const bases = resourcesIn(FIXTURES).filter((r) => pair.kinds[key(r)]);
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat({ max: bases.length - 1 }), fc.array(fc.oneof(nullField, nullField, mutation), { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const base = bases[which]!;
        const broken = mutateAll(base.object, mutations);
        const { ajv } = pair.both(key(base), withoutNulls(broken));
        expect(pair.accepts(key(base), broken)).toBe(ajv === null);
        if (ajv) rejected++;
      }),
      { numRuns: 1000, seed: 20261123 },
    );
    expect(rejected).toBeGreaterThan(100);
  });

  it.each([true, false])('gives ajv\'s errors for custom resources whose CRD schema it can follow (strict %s)', async (strict) => {
    const pair = await buildPair(DEFAULT_KUBERNETES_VERSION, strict);
    const resources = [
      ...parseResources(CUSTOM_RESOURCES),
      ...resourcesIn(FIXTURES),
      ...(corpusPresent ? resourcesIn(CORPUS) : []),
    ];
    const schemas = new Map<string, JsonSchema>();
    for (const [key, crd] of buildCustomResourceSchemas(resources)) {
      const schema = prepareSchema(crd.schema, { strict });
      if (pair.unsupportedCustom(schema) === undefined) schemas.set(key, schema);
    }
    expect(schemas.has('example.com/v1/Gadget')).toBe(true);
    const instances = resources.filter((r) => schemas.has(key(r)));
    for (const r of instances) {
      const { ajv, interpreted } = pair.bothCustom(schemas.get(key(r))!, withoutNulls(r.object));
      expect(interpreted, `${r.file} ${r.kind}/${r.name}`).toEqual(ajv);
      expect(pair.acceptsCustom(schemas.get(key(r))!, r.object)).toBe(ajv === null);
    }
    await fc.assert(
      fc.property(fc.nat({ max: instances.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const base = instances[which]!;
        const broken = mutateAll(base.object, mutations);
        const { ajv, interpreted } = pair.bothCustom(schemas.get(key(base))!, withoutNulls(broken));
        expect(interpreted).toEqual(ajv);
        expect(pair.acceptsCustom(schemas.get(key(base))!, broken)).toBe(ajv === null);
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });

  it('hands a bundled schema it cannot follow to ajv, or reports it when a run has no ajv', () => {
    const bundled: BundledSchemas = {
      kubernetesVersion: '1.36',
      source: 'test',
      kinds: { 'v1/Thing': 'Thing' },
      $defs: {
        Thing: {
          type: 'object',
          properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, size: { type: 'integer', minimum: 1 } },
        },
      },
    };
    const catalog = buildSchemaCatalog(bundled);
    const [small, fine] = parseResources('apiVersion: v1\nkind: Thing\nmetadata: {name: a}\nsize: 0\n---\napiVersion: v1\nkind: Thing\nmetadata: {name: b}\n');
    const options = { kubernetesVersion: '1.36', strict: true, ignoreMissingSchemas: false };

    const withAjv = buildKindValidator(options, catalog, [], buildAjvCompiler);
    expect(withAjv.validate(fine!)).toEqual([]); // never reaches `minimum`: interpreted
    expect(withAjv.validate(small!).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['size: must be >= 1, got 0']);

    const withoutAjv = buildKindValidator(options, catalog, [], null);
    expect(withoutAjv.validate(small!)).toEqual([
      {
        rule: 'schema',
        severity: 'error',
        message:
          'cannot use the schema from Kubernetes 1.36: #/$defs/Thing/properties/size: keyword "minimum" is not supported by the schema interpreter',
        path: ['kind'],
        target: 'value',
      },
    ]);
  });
});
