import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSIONS } from '../../src/schema/kubernetes-versions';
import { messagesFor } from './helpers';

/**
 * The fidelity matrix of the schema research note (reference/schemas-from-npm.md, A.5): what the
 * API server does for each row, checked against every shipped version.
 */
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  creationTimestamp: null
spec:
  replicas: REPLICAS
  selector:
    matchLabels: {app: web}
  strategy:
    rollingUpdate: {maxSurge: SURGE}
  template:
    metadata:
      labels: {app: web}
    spec:
      restartPolicy: RESTART
      containers:
        - name: web
          image: nginx
          resources:
            limits: {cpu: CPU, memory: MEMORY}
`;

function deployment(values: Partial<Record<'REPLICAS' | 'SURGE' | 'RESTART' | 'CPU' | 'MEMORY', string>>): string {
  const all = { REPLICAS: '3', SURGE: '1', RESTART: 'Always', CPU: '1', MEMORY: '1Gi', ...values };
  return DEPLOYMENT.replace(/REPLICAS|SURGE|RESTART|CPU|MEMORY/g, (k) => all[k as keyof typeof all]);
}

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-preserve-unknown-fields: true
          properties:
            spec:
              type: object
              x-kubernetes-preserve-unknown-fields: true
              properties:
                size: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}
`;

describe.each(KUBERNETES_VERSIONS)('fidelity matrix, Kubernetes %s', (kubernetesVersion) => {
  const check = (text: string, strict = true) => messagesFor(text, { kubernetesVersion, strict });

  it('valid object incl. creationTimestamp: null is valid', async () => {
    expect(await check(deployment({}))).toEqual([]);
  });
  it('unknown field spec.replicaz: invalid when strict, valid when not', async () => {
    const text = deployment({}).replace('  replicas: 3', '  replicaz: 3');
    expect(await check(text)).toEqual(['spec.replicaz: unknown field "replicaz" (did you mean "replicas"?)']);
    expect(await check(text, false)).toEqual([]);
  });
  it('replicas: "3", 1.5 and 2^40 are invalid', async () => {
    expect(await check(deployment({ REPLICAS: '"3"' }))).toEqual(['spec.replicas: expected an integer, got string "3"']);
    expect(await check(deployment({ REPLICAS: '1.5' }))).toEqual(['spec.replicas: expected an integer, got number 1.5']);
    expect(await check(deployment({ REPLICAS: String(2 ** 40) }))).toEqual([
      'spec.replicas: expected a 32-bit integer (-2147483648 to 2147483647), got 1099511627776',
    ]);
  });
  it('cpu: 1 is valid, memory: abc is invalid', async () => {
    expect(await check(deployment({ CPU: '1' }))).toEqual([]);
    expect(await check(deployment({ MEMORY: 'abc' }))).toEqual([
      'spec.template.spec.containers[0].resources.limits.memory: invalid quantity "abc": ' +
        'expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3',
    ]);
  });
  it('maxSurge: 25% is valid, maxSurge: true is invalid', async () => {
    expect(await check(deployment({ SURGE: '25%' }))).toEqual([]);
    expect(await check(deployment({ SURGE: 'true' }))).toEqual([
      'spec.strategy.rollingUpdate.maxSurge: expected an integer or a string, got boolean true',
    ]);
  });
  it('restartPolicy: Sometimes is invalid', async () => {
    expect(await check(deployment({ RESTART: 'Sometimes' }))).toEqual([
      'spec.template.spec.restartPolicy: unsupported value "Sometimes": supported values are "Always", "Never", "OnFailure"',
    ]);
  });
  it('missing spec.selector and a Pod without containers are invalid', async () => {
    const noSelector = deployment({}).replace('  selector:\n    matchLabels: {app: web}\n', '');
    expect(await check(noSelector)).toEqual(['spec: missing required field "selector"']);
    expect(await check('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n')).toEqual([
      'spec: missing required field "containers"',
    ]);
  });
  it('a CRD with x-kubernetes-preserve-unknown-fields is valid in strict mode', async () => {
    expect(await check(CRD)).toEqual([]);
  });
});
