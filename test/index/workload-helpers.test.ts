import { describe, expect, it } from 'vitest';
import { autoscalersOf, replicaRange } from '../../src/index/autoscalers';
import { buildClusterIndex } from '../../src/index/cluster-index';
import { containerDefaultsIn } from '../../src/index/limit-ranges';
import { parseInputs } from '../../src/resources/parse-inputs';
import { hostPortsConflict, hostPortsOf } from '../../src/resources/host-ports';
import { podTemplateOf } from '../../src/resources/kinds';
import { yaml } from '../support/rule-tester';

function indexOf(text: string) {
  const parsed = parseInputs([{ file: 'm.yaml', text }]);
  expect(parsed.findings).toEqual([]);
  return { index: buildClusterIndex(parsed.resources), resources: parsed.resources };
}

describe('containerDefaultsIn', () => {
  const { index } = indexOf(yaml`
    apiVersion: v1
    kind: LimitRange
    metadata: { name: b-limits, namespace: team }
    spec:
      limits:
        - type: Container
          max: { cpu: "2" }
          min: { memory: 64Mi }
          default: { memory: 512Mi }
    ---
    apiVersion: v1
    kind: LimitRange
    metadata: { name: a-limits, namespace: team }
    spec:
      limits:
        - type: Pod
          max: { ephemeral-storage: 1Gi }
        - type: Container
          defaultRequest: { memory: 128Mi }
  `);

  it('applies the defaulting chain and the first LimitRange by name', () => {
    const d = containerDefaultsIn(index, 'team');
    expect(d.request('memory')).toMatchObject({ value: '128Mi', path: ['spec', 'limits', 1, 'defaultRequest', 'memory'] });
    expect(d.request('memory')!.limitRange.name).toBe('a-limits');
    expect(d.limit('memory')).toMatchObject({ value: '512Mi', path: ['spec', 'limits', 0, 'default', 'memory'] });
    expect(d.limit('cpu')).toMatchObject({ value: '2', path: ['spec', 'limits', 0, 'max', 'cpu'] });
    expect(d.request('cpu')).toMatchObject({ value: '2', path: ['spec', 'limits', 0, 'max', 'cpu'] });
    expect(d.request('ephemeral-storage')).toBeUndefined();
  });

  it('gives nothing in a namespace without LimitRange', () => {
    expect(containerDefaultsIn(index, 'default').request('memory')).toBeUndefined();
  });
});

describe('replicaRange and autoscalersOf', () => {
  const { index, resources } = indexOf(yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: web }
    spec:
      replicas: 2
      template: { spec: { containers: [{ name: web, image: web:1 }] } }
    ---
    apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata: { name: web }
    spec:
      scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
      minReplicas: 3
      maxReplicas: 10
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: { name: db }
    spec:
      serviceName: db
      template: { spec: { containers: [{ name: db, image: db:1 }] } }
    ---
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: { name: agent }
    spec:
      template: { spec: { containers: [{ name: a, image: a:1 }] } }
  `);
  const [web, hpa, db, agent] = resources;

  it('uses the autoscaler bounds when one targets the workload', () => {
    expect(autoscalersOf(index, web!)).toEqual([hpa]);
    expect(replicaRange(index, web!)).toEqual({ min: 3, max: 10, autoscalers: [hpa] });
  });

  it('defaults replicas to 1 and knows nothing of DaemonSets', () => {
    expect(replicaRange(index, db!)).toEqual({ min: 1, max: 1, autoscalers: [] });
    expect(replicaRange(index, agent!)).toBeUndefined();
  });
});

describe('hostPortsOf', () => {
  const { resources } = indexOf(yaml`
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      hostNetwork: true
      initContainers:
        - { name: init, image: i:1, ports: [{ containerPort: 1 }] }
        - { name: side, image: s:1, restartPolicy: Always, ports: [{ containerPort: 9000, protocol: UDP }] }
      containers:
        - name: app
          image: a:1
          ports:
            - { containerPort: 8080 }
            - { containerPort: 8443, hostPort: 443, hostIP: 10.0.0.1 }
  `);

  it('counts sidecars and hostNetwork ports, not plain init containers', () => {
    const ports = hostPortsOf(podTemplateOf(resources[0]!)!);
    expect(ports.map((p) => [p.container, p.hostPort, p.protocol, p.hostIP, p.field])).toEqual([
      ['app', 8080, 'TCP', '', 'containerPort'],
      ['app', 443, 'TCP', '10.0.0.1', 'hostPort'],
      ['side', 9000, 'UDP', '', 'containerPort'],
    ]);
    expect(hostPortsConflict(ports[1]!, { ...ports[1]!, hostIP: '' })).toBe(true);
    expect(hostPortsConflict(ports[1]!, { ...ports[1]!, hostIP: '10.0.0.2' })).toBe(false);
    expect(hostPortsConflict(ports[2]!, { ...ports[2]!, protocol: 'TCP' })).toBe(false);
  });
});
