import { describe, expect, it } from 'vitest';
import { readFixture, validateText } from './helpers';

describe('CustomResourceDefinitions in the input', () => {
  it('validate their custom resources: valid, invalid, preserve-unknown-fields and versions', async () => {
    const { issues, validator } = await validateText(readFixture('crd-widgets.yaml'));
    expect(issues).toEqual([
      {
        object: 'Widget/bad', rule: 'schema', line: 126, column: 3, path: 'spec.colour', target: 'key',
        message: 'unknown field "colour" (did you mean "color"?)', fix: 'rename "colour" to "color"',
      },
      {
        object: 'Widget/bad', rule: 'schema', line: 122, column: 9, path: 'spec.size', target: 'value',
        message: 'expected an integer or a string, got number 2.5',
      },
      {
        object: 'Widget/bad', rule: 'schema', line: 123, column: 10, path: 'spec.color', target: 'value',
        message: 'unsupported value "purple": supported values are "red", "green", "blue"',
      },
      { object: 'Widget/bad', rule: 'schema', line: 124, column: 13, path: 'spec.replicas', target: 'value', message: 'must be >= 1, got 0' },
      {
        object: 'Widget/bad', rule: 'schema', line: 125, column: 9, path: 'spec.name', target: 'value',
        message: '"Bad_Name" does not match the pattern ^[a-z][a-z0-9-]*$',
      },
      {
        object: 'Widget/bad', rule: 'schema', line: 127, column: 3, path: 'spec.template', target: 'key',
        message: 'missing required field "apiVersion"',
      },
      {
        object: 'Widget/bad', rule: 'schema', line: 127, column: 3, path: 'spec.template', target: 'key',
        message: 'missing required field "kind"',
      },
      {
        object: 'Widget/bad', rule: 'schema', line: 131, column: 7, path: 'spec.ports[1]', target: 'value',
        message: 'duplicate entry with port=80, protocol="TCP": same key as item 0',
      },
      { object: 'Widget/bad', rule: 'schema', line: 132, column: 13, path: 'spec.tags[1]', target: 'value', message: 'duplicate item: same as item 0' },
      {
        object: 'Widget/bad', rule: 'schema', line: 133, column: 18, path: 'spec.labels.tier', target: 'value',
        message: 'expected a string, got number 3; quote it ("3")', fix: 'quote the value: "3"',
      },
      {
        object: 'Widget/bad', rule: 'schema', line: 134, column: 3, path: 'spec.source', target: 'value',
        message: 'matches more than one of the allowed forms; it must match exactly one',
      },
      {
        object: 'Widget/bad', rule: 'schema', line: 120, column: 3, path: 'metadata.namspace', target: 'key',
        message: 'unknown field "namspace" (did you mean "namespace"?)', fix: 'rename "namspace" to "namespace"',
      },
      {
        object: 'Widget/not-served', rule: 'schema-missing', line: 141, column: 13, path: 'apiVersion', target: 'value',
        message: 'CustomResourceDefinition widgets.example.com does not serve example.com/v1alpha1 Widget; it serves example.com/v1, example.com/v1beta1',
        fix: 'change apiVersion to "example.com/v1"',
      },
    ]);
    expect(validator.compiledKinds()).toEqual([
      'apiextensions.k8s.io/v1/CustomResourceDefinition', 'example.com/v1/Widget', 'example.com/v1beta1/Widget',
    ]);
  });

  it('accepts a custom resource that comes before its CRD, and reads the v1beta1 layout', async () => {
    const text = `apiVersion: example.com/v1
kind: Gizmo
metadata: {name: g}
spec: {count: many}
---
apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata: {name: gizmos.example.com}
spec:
  group: example.com
  version: v1
  names: {kind: Gizmo, plural: gizmos}
  validation:
    openAPIV3Schema:
      properties:
        spec:
          properties:
            count: {type: integer, minimum: 0, exclusiveMinimum: true}
`;
    const { issues } = await validateText(text);
    expect(issues.map((i) => `${i.object} ${i.rule} ${i.line}:${i.column} ${i.message}`)).toEqual([
      // The removed v1beta1 CRD itself is the no-removed-api rule's finding, not a schema one.
      'Gizmo/g schema 4:15 expected an integer, got string "many"',
    ]);
    const zero = text.replace('count: many', 'count: 0');
    expect((await validateText(zero)).issues[0]?.message).toBe('must be > 0, got 0');
  });

  it('suggests the kind for a misspelled custom resource kind from the CRDs of the input', async () => {
    const text = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gadgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Gadget, plural: gadgets}
  versions:
    - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
---
apiVersion: example.com/v1
kind: Gadgte
metadata: {name: typo}
---
apiVersion: example.com/v1
kind: Sprocket
metadata: {name: other}
`;
    const { issues } = await validateText(text);
    expect(issues).toEqual([
      {
        object: 'Gadgte/typo', rule: 'schema-missing', line: 12, column: 7, path: 'kind', target: 'value',
        message: 'unknown kind "Gadgte" in example.com/v1 (did you mean "Gadget"?)', fix: 'rename "Gadgte" to "Gadget"',
      },
      {
        object: 'Sprocket/other', rule: 'schema-missing', line: 16, column: 7, path: 'kind', target: 'value',
        message: 'no schema for example.com/v1 Sprocket',
        fix: 'add its CustomResourceDefinition to the input, point --schema-location at its schema, or use --ignore-missing-schemas',
      },
    ]);
  });

  it('validates metadata as ObjectMeta even when the CRD preserves unknown fields everywhere', async () => {
    const text = readFixture('crd-widgets.yaml').replace('metadata: {name: loose}', 'metadata: {name: loose, lables: {a: b}}');
    const { issues } = await validateText(text);
    expect(issues.filter((i) => i.object === 'Widget/loose').map((i) => `${i.path}: ${i.message}`)).toEqual([
      'metadata.lables: unknown field "lables" (did you mean "labels"?)',
    ]);
  });

  it('non-strict mode lets unknown fields of custom resources through, like built-ins', async () => {
    const text = readFixture('crd-widgets.yaml');
    const { issues } = await validateText(text, { strict: false });
    expect(issues.filter((i) => i.message.startsWith('unknown field'))).toEqual([]);
  });

  it('reports a CRD schema that cannot be compiled on its custom resources, without crashing', async () => {
    const text = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: things.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Thing, plural: things}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec: {type: object, required: 7}
---
apiVersion: example.com/v1
kind: Thing
metadata: {name: t}
spec: {}
`;
    const { issues } = await validateText(text);
    expect(issues.map((i) => `${i.object} ${i.path}: ${i.message}`)).toEqual([
      'CustomResourceDefinition/things.example.com spec.versions[0].schema.openAPIV3Schema.properties.spec.required: expected a list, got number 7',
      'Thing/t kind: cannot use the schema from CustomResourceDefinition things.example.com: required value must be ["array"]',
    ]);
  });
});
