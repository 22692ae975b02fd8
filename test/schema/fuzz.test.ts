import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { locateIn } from '../../src/resources/resource';
import { buildSchemaCatalog } from '../../src/schema/schema-catalog';
import { type SchemaValidator, buildSchemaValidator } from '../../src/schema/schema-validator';
import { bundledSchemas, parseResources } from './helpers';

/** Values of every shape, including the keys and scalars that trip validators up. */
const scalar = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 40, '', 'on', '0644', '500m', '1GiB', '__proto__', 'constructor'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);
const key = fc.oneof(
  fc.constantFrom('spec', 'metadata', 'containers', 'template', 'selector', 'replicas', 'name', 'image', 'ports',
    'resources', 'limits', 'data', 'x-kubernetes-int-or-string', 'anyOf', 'properties', '$ref', 'constructor', '__proto__'),
  fc.string({ maxLength: 6 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
})).node;

const header = fc.constantFrom(
  ['apps/v1', 'Deployment'], ['v1', 'Pod'], ['v1', 'Secret'], ['v1', 'ConfigMap'], ['batch/v1', 'CronJob'],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition'], ['example.com/v1', 'Widget'], ['v1', 'Service'],
);

describe('fuzzed objects', () => {
  it('never crash the validator, and every issue maps back to the source', async () => {
    const catalog = buildSchemaCatalog(await bundledSchemas('1.36'));
    const shared: Record<string, SchemaValidator> = {};
    await fc.assert(
      fc.asyncProperty(header, fc.dictionary(key, value, { maxKeys: 5 }), fc.boolean(), async ([apiVersion, kind], body, strict) => {
        const object = { ...body, apiVersion, kind, metadata: { name: 'x' } };
        const text = stringify(object, { version: '1.1' });
        const resources = parseResources(text);
        // A fresh validator only when the input can define custom resources; otherwise one per mode.
        const options = { kubernetesVersion: '1.36', strict, ignoreMissingSchemas: false };
        const validator =
          kind === 'CustomResourceDefinition'
            ? buildSchemaValidator(options, catalog, resources)
            : (shared[String(strict)] ??= buildSchemaValidator(options, catalog, []));
        for (const resource of resources) {
          for (const issue of validator.validate(resource)) {
            expect(issue.message.length).toBeGreaterThan(0);
            const at = locateIn(resource, issue.path, issue.target);
            expect(at.line).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it('never crash on a CRD with an arbitrary schema and its custom resource', async () => {
    const catalog = buildSchemaCatalog(await bundledSchemas('1.36'));
    const keyword = fc.constantFrom('type', 'properties', 'items', 'required', 'enum', 'format', 'pattern', 'anyOf', 'oneOf',
      'allOf', 'not', 'additionalProperties', 'nullable', 'minimum', 'exclusiveMinimum', 'maxLength', 'x-kubernetes-int-or-string',
      'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-embedded-resource', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys');
    const schema = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.oneof(keyword, key), tie('node'), { maxKeys: 4 })),
    })).node;
    await fc.assert(
      fc.asyncProperty(schema, fc.dictionary(key, value, { maxKeys: 4 }), fc.boolean(), async (openAPIV3Schema, spec, strict) => {
        const crd = {
          apiVersion: 'apiextensions.k8s.io/v1',
          kind: 'CustomResourceDefinition',
          metadata: { name: 'things.example.com' },
          spec: { group: 'example.com', scope: 'Namespaced', names: { kind: 'Thing', plural: 'things' },
            versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema } }] },
        };
        const thing = { apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 't' }, spec };
        const text = `${stringify(crd, { version: '1.1' })}---\n${stringify(thing, { version: '1.1' })}`;
        const resources = parseResources(text);
        const validator = buildSchemaValidator({ kubernetesVersion: '1.36', strict, ignoreMissingSchemas: false }, catalog, resources);
        for (const resource of resources) {
          for (const issue of validator.validate(resource)) {
            expect(issue.message.length).toBeGreaterThan(0);
            locateIn(resource, issue.path, issue.target);
          }
        }
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
