import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors';
import { DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS, parseKubernetesVersion } from '../../src/schema/kubernetes-versions';
import { messagesFor } from './helpers';

describe('Kubernetes versions', () => {
  it('ships exactly the versions it lists, and defaults to the newest', () => {
    const files = readdirSync(new URL('../../schemas/k8s/', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])))
      .toEqual([...KUBERNETES_VERSIONS]);
    expect(DEFAULT_KUBERNETES_VERSION).toBe(KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]);
  });

  it.each([
    ['1.34', '1.34'], ['v1.34', '1.34'], ['1.34.2', '1.34'], ['v1.27.0', '1.27'], [' 1.36 ', '1.36'],
    ['v1.30.4-eks-1234567', '1.30'],
  ])('reads %j as %s', (text, version) => {
    expect(parseKubernetesVersion(text)).toBe(version);
  });

  it.each([
    ['1.31', 'no schemas for Kubernetes 1.31 (no schema source exists for that release); use 1.30 or 1.32 (shipped: 1.27, 1.28, 1.29, 1.30, 1.32, 1.33, 1.34, 1.36)'],
    ['v1.35.1', 'no schemas for Kubernetes 1.35 (no schema source exists for that release); use 1.34 or 1.36 (shipped: 1.27, 1.28, 1.29, 1.30, 1.32, 1.33, 1.34, 1.36)'],
    ['1.26', 'no schemas for Kubernetes 1.26 (it is older than the oldest shipped version); use 1.27 (shipped: 1.27, 1.28, 1.29, 1.30, 1.32, 1.33, 1.34, 1.36)'],
    ['1.37', 'no schemas for Kubernetes 1.37 (it is newer than the newest shipped version); use 1.36 (shipped: 1.27, 1.28, 1.29, 1.30, 1.32, 1.33, 1.34, 1.36)'],
    ['2.0', 'unsupported Kubernetes version 2.0: schemas ship for 1.27, 1.28, 1.29, 1.30, 1.32, 1.33, 1.34, 1.36'],
    ['latest', 'invalid Kubernetes version "latest": expected a version such as 1.34, v1.34 or 1.34.2'],
    ['1', 'invalid Kubernetes version "1": expected a version such as 1.34, v1.34 or 1.34.2'],
  ])('refuses %j with a usage error', (text, message) => {
    expect(() => parseKubernetesVersion(text)).toThrow(new UsageError(message));
    try {
      parseKubernetesVersion(text);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
    }
  });
});

describe('each version has its own fields', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostnameOverride: web-0
  containers: [{name: app, image: app}]
`;
  it.each(KUBERNETES_VERSIONS)('PodSpec.hostnameOverride (added in 1.34) under %s', async (kubernetesVersion) => {
    const expected = Number(kubernetesVersion.split('.')[1]) >= 34 ? [] : ['spec.hostnameOverride: unknown field "hostnameOverride"'];
    expect(await messagesFor(pod, { kubernetesVersion })).toEqual(expected);
  });

  const sidecar = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
    - {name: proxy, image: proxy, restartPolicy: Always}
  containers: [{name: app, image: app}]
`;
  it.each(KUBERNETES_VERSIONS)('a sidecar init container (restartPolicy: Always, 1.28) under %s', async (kubernetesVersion) => {
    const expected = kubernetesVersion === '1.27' ? ['spec.initContainers[0].restartPolicy: unknown field "restartPolicy"'] : [];
    expect(await messagesFor(sidecar, { kubernetesVersion })).toEqual(expected);
  });

  it('enum values follow the version: toleration operator Gt from 1.35, pod failure action FailIndex from 1.28', async () => {
    const toleration = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  tolerations: [{key: gpu-memory, operator: Gt, value: "40"}]
  containers: [{name: app, image: app}]
`;
    expect(await messagesFor(toleration, { kubernetesVersion: '1.36' })).toEqual([]);
    expect(await messagesFor(toleration, { kubernetesVersion: '1.34' })).toEqual([
      'spec.tolerations[0].operator: unsupported value "Gt": supported values are "Equal", "Exists"',
    ]);
    const job = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules: [{action: FailIndex, onExitCodes: {operator: In, values: [42]}}]
  template:
    spec:
      restartPolicy: Never
      containers: [{name: app, image: app}]
`;
    expect(await messagesFor(job, { kubernetesVersion: '1.28' })).toEqual([]);
    expect(await messagesFor(job, { kubernetesVersion: '1.27' })).toEqual([
      'spec.podFailurePolicy.rules[0].action: unsupported value "FailIndex": supported values are "Count", "FailJob", "Ignore"',
    ]);
  });
});
