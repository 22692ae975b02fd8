import Ajv from 'ajv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatPath } from '../../src/core/path';
import { needsSchemaCompiler } from '../../src/schema/kind-validator';
import { buildSchemaCatalog } from '../../src/schema/schema-catalog';
import { buildSchemaValidator } from '../../src/schema/schema-validator';
import { bundledSchemas, parseResources, validateText } from './helpers';

describe('kinds without a schema', () => {
  it('leaves a removed apiVersion to the no-removed-api rule (no second finding for the same problem)', async () => {
    const text = `apiVersion: extensions/v1beta1
kind: Deployment
metadata: {name: a}
---
apiVersion: batch/v1beta1
kind: CronJob
metadata: {name: b}
`;
    const { issues } = await validateText(text, { kubernetesVersion: '1.34' });
    expect(issues).toEqual([]);
  });

  it('validates an apiVersion normally while the chosen version still serves it', async () => {
    const text = 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata: {name: d}\nspec: {priorityLevelConfiguration: {name: x}}\n';
    expect((await validateText(text, { kubernetesVersion: '1.30' })).issues).toEqual([]);
  });

  it('suggests the kind for a misspelling and the apiVersions a kind is served as', async () => {
    const text = `apiVersion: apps/v1
kind: Deploymnet
metadata: {name: a}
---
apiVersion: autoscaling/v3
kind: HorizontalPodAutoscaler
metadata: {name: b}
---
apiVersion: apps/v1
kind: Gadget
metadata: {name: c}
`;
    const { issues } = await validateText(text);
    expect(issues).toEqual([
      {
        object: 'Deploymnet/a', rule: 'schema-missing', line: 2, column: 7, path: 'kind', target: 'value',
        message: 'unknown kind "Deploymnet" in apps/v1 (did you mean "Deployment"?)', fix: 'rename "Deploymnet" to "Deployment"',
      },
      {
        object: 'HorizontalPodAutoscaler/b', rule: 'schema-missing', line: 5, column: 13, path: 'apiVersion', target: 'value',
        message: 'Kubernetes 1.36 does not serve HorizontalPodAutoscaler as autoscaling/v3; it serves it as autoscaling/v1, autoscaling/v2',
        fix: 'change apiVersion to "autoscaling/v2"',
      },
      {
        object: 'Gadget/c', rule: 'schema-missing', line: 10, column: 7, path: 'kind', target: 'value',
        message: 'unknown kind "Gadget" in apps/v1; Kubernetes 1.36 serves ControllerRevision, DaemonSet, Deployment, ReplicaSet, StatefulSet',
      },
    ]);
  });

  it('reports every object of a kind without a schema (the issue is found once per apiVersion and kind)', async () => {
    const text = `apiVersion: example.com/v1
kind: Widget
metadata: {name: a}
---
apiVersion: apps/v1
kind: Deploymnet
metadata: {name: b}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: c}
---
apiVersion: apps/v1
kind: Deploymnet
metadata: {name: d}
`;
    const { issues } = await validateText(text);
    expect(issues.map((i) => [i.object, i.line, i.message])).toEqual([
      ['Widget/a', 2, 'no schema for example.com/v1 Widget'],
      ['Deploymnet/b', 6, 'unknown kind "Deploymnet" in apps/v1 (did you mean "Deployment"?)'],
      ['Widget/c', 10, 'no schema for example.com/v1 Widget'],
      ['Deploymnet/d', 14, 'unknown kind "Deploymnet" in apps/v1 (did you mean "Deployment"?)'],
    ]);
    // with ignoreMissingSchemas: the custom kind is skipped, the typo of a built-in kind is not, for each object
    const ignoring = await validateText(text, { ignoreMissingSchemas: true });
    expect(ignoring.issues.map((i) => [i.object, i.line])).toEqual([
      ['Deploymnet/b', 6],
      ['Deploymnet/d', 14],
    ]);
  });

  it('is an error for a custom resource without its CRD, and nothing with ignoreMissingSchemas', async () => {
    const text = 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 3}\n';
    expect((await validateText(text)).issues).toEqual([
      {
        object: 'Widget/w', rule: 'schema-missing', line: 2, column: 7, path: 'kind', target: 'value',
        message: 'no schema for example.com/v1 Widget',
        fix: 'add its CustomResourceDefinition to the input, point --schema-location at its schema, or use --ignore-missing-schemas',
      },
    ]);
    expect((await validateText(text, { ignoreMissingSchemas: true })).issues).toEqual([]);
    const removed = 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: a}\n';
    expect((await validateText(removed, { ignoreMissingSchemas: true })).issues).toEqual([]);
  });

  it('still reports a misspelled kind of a built-in apiVersion with ignoreMissingSchemas (a typo, not a custom kind)', async () => {
    const text = 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: d}\n---\napiVersion: v1\nkind: Zebra\nmetadata: {name: z}\n---\napiVersion: example.com/v1\nkind: Widgte\nmetadata: {name: w}\n';
    expect((await validateText(text, { ignoreMissingSchemas: true })).issues).toEqual([
      {
        object: 'Deploymnet/d', rule: 'schema-missing', line: 2, column: 7, path: 'kind', target: 'value',
        message: 'unknown kind "Deploymnet" in apps/v1 (did you mean "Deployment"?)', fix: 'rename "Deploymnet" to "Deployment"',
      },
    ]);
  });
});

describe('strict and non-strict validation', () => {
  const text = `apiVersion: v1
kind: Service
metadata: {name: web, labelz: {app: web}}
spec:
  type: ClusterIp
  selector: {app: web}
  ports: [{port: 80, targetPort: http, protocl: TCP}]
`;
  it('strict (the default) reports unknown fields, non-strict only the rest', async () => {
    expect((await validateText(text)).issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`)).toEqual([
      '3:23 metadata.labelz: unknown field "labelz" (did you mean "labels"?)',
      '7:40 spec.ports[0].protocl: unknown field "protocl" (did you mean "protocol"?)',
      '5:9 spec.type: unsupported value "ClusterIp": supported values are "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ]);
    expect((await validateText(text, { strict: false })).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'spec.type: unsupported value "ClusterIp": supported values are "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ]);
  });
});

/** A CRD for `<kind>.example.com/v1` whose spec has one field, `size`, of the given schema. */
const crd = (kind: string, size: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: ${kind.toLowerCase()}s.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: ${kind}, plural: ${kind.toLowerCase()}s}
  versions:
    - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {size: ${size}}}}}}}
---
`;

describe('lazy compilation', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('compiles nothing up front, then only the kinds it validates, each once (ajv only for keywords the interpreter lacks)', async () => {
    const compile = vi.spyOn(Ajv.prototype, 'compile');
    const resources = parseResources(`apiVersion: v1
kind: ConfigMap
metadata: {name: a}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: b}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: c}
spec:
  selector: {matchLabels: {app: c}}
  template: {metadata: {labels: {app: c}}, spec: {containers: [{name: c, image: c}]}}
---
${crd('Widget', '{type: integer}')}apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
spec: {size: 3}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: x}
spec: {size: 4}
---
${crd('Gadget', '{type: integer, minimum: 1}')}apiVersion: example.com/v1
kind: Gadget
metadata: {name: g}
spec: {size: 0}
`);
    const catalog = buildSchemaCatalog(await bundledSchemas('1.36'));
    const validator = buildSchemaValidator(
      { kubernetesVersion: '1.36', strict: true, ignoreMissingSchemas: false },
      catalog,
      resources,
    );
    expect(validator.compiledKinds()).toEqual([]);
    expect(compile).not.toHaveBeenCalled();

    expect(validator.validate(resources[0]!)).toEqual([]);
    expect(validator.validate(resources[1]!)).toEqual([]);
    expect(validator.compiledKinds()).toEqual(['v1/ConfigMap']);

    expect(validator.validate(resources[2]!)).toEqual([]);
    expect(validator.compiledKinds()).toEqual(['v1/ConfigMap', 'apps/v1/Deployment']);
    // the bundled schemas are interpreted: nothing for ajv to compile
    expect(compile).not.toHaveBeenCalled();

    // a CRD schema with only the keywords of the bundled ones is interpreted too
    expect(validator.validate(resources[4]!)).toEqual([]);
    expect(validator.validate(resources[5]!)).toEqual([]);
    expect(validator.compiledKinds()).toEqual(['v1/ConfigMap', 'apps/v1/Deployment', 'example.com/v1/Widget']);
    expect(compile).not.toHaveBeenCalled();

    // `minimum` is ajv's
    expect(validator.validate(resources[7]!).map((i) => `${formatPath(i.path)}: ${i.message}`)).toEqual(['spec.size: must be >= 1, got 0']);
    expect(validator.compiledKinds()).toEqual(['v1/ConfigMap', 'apps/v1/Deployment', 'example.com/v1/Widget', 'example.com/v1/Gadget']);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('needs the compiler only for the kinds of the input whose schema the interpreter cannot follow', async () => {
    const definitions = crd('Widget', '{type: integer}') + crd('Gadget', '{type: integer, minimum: 1}');
    const catalog = buildSchemaCatalog(await bundledSchemas('1.36'));
    const options = { kubernetesVersion: '1.36', strict: true, ignoreMissingSchemas: false };
    const needs = (instances: string) => needsSchemaCompiler(options, catalog, parseResources(definitions + instances));
    expect(needs('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n')).toBe(false);
    expect(needs('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n')).toBe(false);
    expect(needs('apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\n')).toBe(true);
});
});
