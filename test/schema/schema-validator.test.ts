import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSIONS } from '../../src/schema/kubernetes-versions';
import { readFixture, validateText } from './helpers';

describe('schema validation of hand-written manifests', () => {
  it('reports each typo and type error once, at the offending key or value', async () => {
    const { issues } = await validateText(readFixture('deployment-typos.yaml'));
    expect(issues).toEqual([
      {
        object: 'Deployment/web', rule: 'schema', line: 11, column: 13, path: 'spec.replicas', target: 'value',
        message: 'expected an integer, got string "3"', fix: 'remove the quotes: 3',
      },
      {
        object: 'Deployment/web', rule: 'schema', line: 19, column: 23, path: 'spec.strategy.rollingUpdate.maxUnavailable',
        target: 'value', message: 'expected an integer or a string, got boolean true',
      },
      {
        object: 'Deployment/web', rule: 'schema', line: 26, column: 7, path: 'spec.template.spec.contianers', target: 'key',
        message: 'unknown field "contianers" (did you mean "containers"?)', fix: 'rename "contianers" to "containers"',
      },
      {
        object: 'Deployment/web', rule: 'schema', line: 25, column: 22, path: 'spec.template.spec.restartPolicy',
        target: 'value', message: 'unsupported value "Sometimes": supported values are "Always", "Never", "OnFailure"',
      },
      {
        object: 'Pod/api', rule: 'schema', line: 38, column: 24, path: 'spec.containers[0].imagePullPolicy', target: 'value',
        message: 'unsupported value "ifNotPresent": supported values are "Always", "IfNotPresent", "Never"',
        fix: 'use "IfNotPresent"',
      },
      {
        object: 'Pod/api', rule: 'schema', line: 53, column: 24, path: 'spec.containers[0].livenessProbe.periodSeconds',
        target: 'value', message: 'expected a 32-bit integer (-2147483648 to 2147483647), got 2147483648',
      },
      {
        object: 'Pod/api', rule: 'schema', line: 40, column: 11, path: 'spec.containers[0].ports[0].ContainerPort',
        target: 'key', message: 'unknown field "ContainerPort" (did you mean "containerPort"?)',
        fix: 'rename "ContainerPort" to "containerPort"',
      },
      {
        object: 'Pod/api', rule: 'schema', line: 41, column: 21, path: 'spec.containers[0].ports[0].protocol', target: 'value',
        message: 'unsupported value "tcp": supported values are "SCTP", "TCP", "UDP"', fix: 'use "TCP"',
      },
      {
        object: 'Pod/api', rule: 'schema', line: 48, column: 19, path: 'spec.containers[0].resources.limits.memory',
        target: 'value', message: 'invalid quantity "abc": expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3',
      },
      {
        object: 'Pod/api', rule: 'schema', line: 45, column: 19, path: 'spec.containers[0].resources.requests.memory',
        target: 'value', message: 'invalid quantity "1GiB": expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3',
        fix: 'write "1Gi"',
      },
      {
        object: 'Pod/api', rule: 'schema', line: 54, column: 7, path: 'spec.containers[1]', target: 'key',
        message: 'missing required field "name"',
      },
      {
        object: 'Pod/api', rule: 'schema', line: 59, column: 17, path: 'spec.tolerations[0].operator', target: 'value',
        message: 'unsupported value "Equals": supported values are "Equal", "Exists", "Gt", "Lt"', fix: 'use "Equal"',
      },
    ]);
  });

  it('reads values as YAML 1.1 does and says so when that turns a string into a boolean or a number', async () => {
    const { issues } = await validateText(readFixture('yaml11.yaml'));
    expect(issues).toEqual([
      {
        object: 'ConfigMap/flags', rule: 'schema', line: 7, column: 12, path: 'data.ENABLED', target: 'value',
        message: 'expected a string, got boolean true: YAML 1.1 reads yes as a boolean; quote it ("yes")',
        fix: 'quote the value: "yes"',
      },
      {
        object: 'ConfigMap/flags', rule: 'schema', line: 9, column: 12, path: 'data.RETRIES', target: 'value',
        message: 'expected a string, got number 3; quote it ("3")', fix: 'quote the value: "3"',
      },
      {
        object: 'ConfigMap/flags', rule: 'schema', line: 10, column: 12, path: 'data.COUNTRY', target: 'value',
        message: 'expected a string, got boolean false: YAML 1.1 reads NO as a boolean; quote it ("NO")',
        fix: 'quote the value: "NO"',
      },
      {
        object: 'ConfigMap/flags', rule: 'schema', line: 11, column: 14, path: 'data.FILE_MODE', target: 'value',
        message: 'expected a string, got number 420: YAML 1.1 reads 0644 as the octal number 420; quote it ("0644")',
        fix: 'quote the value: "0644"',
      },
      {
        object: 'Deployment/worker', rule: 'schema', line: 30, column: 22, path: 'spec.template.spec.containers[0].env[0].value',
        target: 'value', message: 'expected a string, got boolean true: YAML 1.1 reads on as a boolean; quote it ("on")',
        fix: 'quote the value: "on"',
      },
      {
        object: 'Deployment/worker', rule: 'schema', line: 32, column: 22, path: 'spec.template.spec.containers[0].env[1].value',
        target: 'value', message: 'expected a string, got number 1.1: YAML 1.1 reads 1.10 as the number 1.1; quote it ("1.10")',
        fix: 'quote the value: "1.10"',
      },
      {
        object: 'Deployment/worker', rule: 'schema', line: 34, column: 22, path: 'spec.template.spec.containers[0].env[2].value',
        target: 'value',
        message: 'expected a string, got number 18: YAML 1.1 reads 0022 as the octal number 18; quote it ("0022")',
        fix: 'quote the value: "0022"',
      },
    ]);
  });

  it('locates problems inside a List item and in JSON input', async () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: ok}
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: bad}
    data: {DEBUG: off}
`;
    expect((await validateText(list)).issues).toEqual([
      {
        object: 'ConfigMap/bad', rule: 'schema', line: 10, column: 19, path: 'data.DEBUG', target: 'value',
        message: 'expected a string, got boolean false: YAML 1.1 reads off as a boolean; quote it ("off")',
        fix: 'quote the value: "off"',
      },
    ]);
    const json = `{
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {"name": "api"},
  "spec": {"ports": [{"port": "80", "targetPort": 8080}], "selectr": {"app": "api"}}
}
`;
    expect((await validateText(json)).issues).toEqual([
      {
        object: 'Service/api', rule: 'schema', line: 5, column: 59, path: 'spec.selectr', target: 'key',
        message: 'unknown field "selectr" (did you mean "selector"?)', fix: 'rename "selectr" to "selector"',
      },
      {
        object: 'Service/api', rule: 'schema', line: 5, column: 31, path: 'spec.ports[0].port', target: 'value',
        message: 'expected an integer, got string "80"', fix: 'remove the quotes: 80',
      },
    ]);
  });

  it('accepts what kubectl create --dry-run=client -o yaml prints, under every shipped version', async () => {
    for (const kubernetesVersion of KUBERNETES_VERSIONS) {
      expect((await validateText(readFixture('kubectl-dry-run.yaml'), { kubernetesVersion })).issues).toEqual([]);
    }
  });

  it('names the replacement of a field left over from an older API version (Ingress backend, HPA target)', async () => {
    const { issues } = await validateText(readFixture('migration-leftovers.yaml'));
    expect(issues.map((i) => [i.line, i.column, i.message, i.fix])).toEqual([
      [12, 15, 'unknown field "serviceName": this API version has "service.name" instead', 'replace "serviceName" with "service.name"'],
      [13, 15, 'unknown field "servicePort": this API version has "service.port.number" or "service.port.name" instead', 'replace "servicePort" with "service.port.number" or "service.port.name"'],
      [
        23,
        3,
        'unknown field "targetCPUUtilizationPercentage": this API version has a "metrics" item of type Resource with "target.averageUtilization" instead',
        'replace "targetCPUUtilizationPercentage" with a "metrics" item of type Resource with "target.averageUtilization"',
      ],
    ]);
    // autoscaling/v1 still has the field: no finding there
    const v1 = readFixture('migration-leftovers.yaml').replace('autoscaling/v2', 'autoscaling/v1');
    expect((await validateText(v1)).issues.map((i) => i.line)).toEqual([12, 13]);
  });
});
