/**
 * Parity with kube-linter's workload checks: for each check, a manifest kube-linter flags (written
 * from the check's documented behaviour), the kubeplan rule that covers it, the exact objects both
 * flag, and a fixed manifest that is clean. Where kubeplan is deliberately more precise than
 * kube-linter, the difference is noted beside the case and kept out of the shared manifest.
 */
import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/engine/rule';
import { RULES } from '../../rules/index';
import { lintWithRule, yaml } from '../support/rule-tester';

interface ParityCase {
  /** The kube-linter check id. */
  readonly check: string;
  /** Whether kube-linter enables the check by default. */
  readonly defaultInKubeLinter: boolean;
  /** The kubeplan rule id that covers it. */
  readonly rule: string;
  /** A manifest with objects kube-linter flags and objects it does not. */
  readonly manifest: string;
  /** `Kind/name` of every object kube-linter flags in the manifest. */
  readonly flagged: readonly string[];
  /** The manifest fixed as kube-linter's remediation says: no finding. */
  readonly fixed: string;
}

const deployment = (name: string, podSpec: string, extra = '') =>
  yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: ${name}
    spec:
      ${extra || 'replicas: 1'}
      selector:
        matchLabels: { app: ${name} }
      template:
        metadata:
          labels: { app: ${name} }
        spec:
  ` +
  podSpec
    .split('\n')
    .map((l) => `      ${l}\n`)
    .join('') +
  '---\n';

const container = (fields: string) =>
  `containers:\n  - name: app\n${fields
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}`;

const probes = 'livenessProbe: { httpGet: { path: /healthz, port: http } }\nreadinessProbe: { httpGet: { path: /ready, port: http } }';
const pinned = 'image: app:1.4.2';
const ports = 'ports: [{ name: http, containerPort: 8080 }]';

const job = (name: string, podSpec: string) =>
  yaml`
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: ${name}
    spec:
      template:
        spec:
  ` +
  podSpec
    .split('\n')
    .map((l) => `      ${l}\n`)
    .join('') +
  '---\n';

const pdb = (name: string, app: string, budget: string, policy = 'unhealthyPodEvictionPolicy: AlwaysAllow') => yaml`
  apiVersion: policy/v1
  kind: PodDisruptionBudget
  metadata:
    name: ${name}
  spec:
    ${budget}
    ${policy}
    selector:
      matchLabels: { app: ${app} }
  ---
`;

const antiAffinity = (app: string) =>
  `affinity:\n  podAntiAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 100\n        podAffinityTerm:\n          topologyKey: kubernetes.io/hostname\n          labelSelector: { matchLabels: { app: ${app} } }`;

const CASES: ParityCase[] = [
  {
    // kube-linter latest-tag: blockList ".*:(latest)$", "^[^:]*$", "(.*/[^:]+)$" — no tag or :latest.
    check: 'latest-tag',
    defaultInKubeLinter: true,
    rule: 'no-latest-tag',
    manifest:
      deployment('untagged', container('image: nginx')) +
      deployment('latest', container('image: docker.io/library/nginx:latest')) +
      deployment('registry-port', container('image: registry.local:5000/team/app')) +
      deployment('pinned', container(pinned)) +
      deployment('digest', container('image: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31')),
    flagged: ['Deployment/latest', 'Deployment/registry-port', 'Deployment/untagged'],
    fixed: deployment('untagged', container('image: nginx:1.27.3')) + deployment('latest', container('image: docker.io/library/nginx:1.27.3')),
  },
  {
    // kube-linter unset-cpu-requirements: requirementsType "request" — no CPU request.
    // kubeplan also accepts a CPU limit alone (the API server defaults the request to it), which
    // kube-linter flags; that case is left out here.
    check: 'unset-cpu-requirements',
    defaultInKubeLinter: true,
    rule: 'require-resource-requests',
    manifest:
      deployment('no-resources', container(pinned)) +
      deployment('memory-only', container(`${pinned}\nresources: { requests: { memory: 128Mi } }`)) +
      deployment('both', container(`${pinned}\nresources: { requests: { cpu: 100m, memory: 128Mi } }`)),
    flagged: ['Deployment/memory-only', 'Deployment/no-resources'],
    fixed:
      deployment('no-resources', container(`${pinned}\nresources: { requests: { cpu: 100m, memory: 128Mi } }`)) +
      deployment('memory-only', container(`${pinned}\nresources: { requests: { cpu: 250m, memory: 128Mi } }`)),
  },
  {
    // kube-linter unset-memory-requirements: requirementsType "limit" — no memory limit.
    check: 'unset-memory-requirements',
    defaultInKubeLinter: true,
    rule: 'require-memory-limit',
    manifest:
      deployment('no-resources', container(pinned)) +
      deployment('request-only', container(`${pinned}\nresources: { requests: { memory: 128Mi } }`)) +
      deployment('limited', container(`${pinned}\nresources: { limits: { memory: 256Mi } }`)),
    flagged: ['Deployment/no-resources', 'Deployment/request-only'],
    fixed:
      deployment('no-resources', container(`${pinned}\nresources: { limits: { memory: 256Mi } }`)) +
      deployment('request-only', container(`${pinned}\nresources: { requests: { memory: 128Mi }, limits: { memory: 128Mi } }`)),
  },
  {
    // kube-linter liveness-port: the liveness probe's httpGet/tcpSocket port is not a declared port.
    check: 'liveness-port',
    defaultInKubeLinter: true,
    rule: 'valid-probe-port',
    manifest:
      deployment('named', container(`${pinned}\n${ports}\nlivenessProbe: { httpGet: { path: /healthz, port: healthz } }`)) +
      deployment('numbered', container(`${pinned}\n${ports}\nlivenessProbe: { tcpSocket: { port: 9090 } }`)) +
      deployment('ok', container(`${pinned}\n${ports}\nlivenessProbe: { httpGet: { path: /healthz, port: http } }`)),
    flagged: ['Deployment/named', 'Deployment/numbered'],
    fixed:
      deployment('named', container(`${pinned}\n${ports}\nlivenessProbe: { httpGet: { path: /healthz, port: http } }`)) +
      deployment('numbered', container(`${pinned}\n${ports}\nlivenessProbe: { tcpSocket: { port: 8080 } }`)),
  },
  {
    // kube-linter readiness-port.
    check: 'readiness-port',
    defaultInKubeLinter: true,
    rule: 'valid-probe-port',
    manifest:
      deployment('named', container(`${pinned}\n${ports}\nreadinessProbe: { httpGet: { path: /ready, port: web } }`)) +
      deployment('ok', container(`${pinned}\n${ports}\nreadinessProbe: { tcpSocket: { port: 8080 } }`)),
    flagged: ['Deployment/named'],
    fixed: deployment('named', container(`${pinned}\n${ports}\nreadinessProbe: { httpGet: { path: /ready, port: http } }`)),
  },
  {
    // kube-linter startup-port.
    check: 'startup-port',
    defaultInKubeLinter: true,
    rule: 'valid-probe-port',
    manifest:
      deployment('named', container(`${pinned}\n${ports}\nstartupProbe: { httpGet: { path: /started, port: admin } }`)) +
      deployment('ok', container(`${pinned}\n${ports}\nstartupProbe: { httpGet: { path: /started, port: http } }`)),
    flagged: ['Deployment/named'],
    fixed: deployment('named', container(`${pinned}\n${ports}\nstartupProbe: { httpGet: { path: /started, port: http } }`)),
  },
  {
    // kube-linter duplicate-env-var: the same env name twice in a container.
    check: 'duplicate-env-var',
    defaultInKubeLinter: true,
    rule: 'no-duplicate-env',
    manifest:
      deployment('dup', container(`${pinned}\nenv:\n  - { name: PORT, value: "8080" }\n  - { name: PORT, value: "9090" }`)) +
      deployment('ok', container(`${pinned}\nenv:\n  - { name: PORT, value: "8080" }\n  - { name: HOST, value: "0.0.0.0" }`)),
    flagged: ['Deployment/dup'],
    fixed: deployment('dup', container(`${pinned}\nenv:\n  - { name: PORT, value: "9090" }`)),
  },
  {
    // kube-linter no-anti-affinity: minReplicas 2, topologyKey kubernetes.io/hostname; the term must
    // select the object's own pods.
    check: 'no-anti-affinity',
    defaultInKubeLinter: true,
    rule: 'require-anti-affinity',
    manifest:
      deployment('three', container(pinned), 'replicas: 3') +
      deployment('wrong-selector', `${container(pinned)}\n${antiAffinity('other')}`, 'replicas: 2') +
      deployment('single', container(pinned), 'replicas: 1') +
      deployment('apart', `${container(pinned)}\n${antiAffinity('apart')}`, 'replicas: 3'),
    flagged: ['Deployment/three', 'Deployment/wrong-selector'],
    fixed:
      deployment('three', `${container(pinned)}\n${antiAffinity('three')}`, 'replicas: 3') +
      deployment('wrong-selector', `${container(pinned)}\n${antiAffinity('wrong-selector')}`, 'replicas: 2'),
  },
  {
    // kube-linter pdb-min-available: minAvailable that equals or exceeds the replicas of the
    // workloads it selects (percentages scaled and rounded up).
    check: 'pdb-min-available',
    defaultInKubeLinter: true,
    rule: 'pdb-allows-eviction',
    manifest:
      deployment('web', container(pinned), 'replicas: 3') +
      deployment('api', container(pinned), 'replicas: 1') +
      pdb('web-all', 'web', 'minAvailable: 3') +
      pdb('api-half', 'api', 'minAvailable: 50%') +
      pdb('web-two', 'web', 'minAvailable: 2'),
    flagged: ['PodDisruptionBudget/api-half', 'PodDisruptionBudget/web-all'],
    fixed: deployment('web', container(pinned), 'replicas: 3') + pdb('web-all', 'web', 'minAvailable: 2'),
  },
  {
    // kube-linter pdb-max-unavailable: maxUnavailable 0 (or 0%).
    check: 'pdb-max-unavailable',
    defaultInKubeLinter: true,
    rule: 'pdb-allows-eviction',
    manifest:
      deployment('web', container(pinned), 'replicas: 3') +
      pdb('zero', 'web', 'maxUnavailable: 0') +
      pdb('zero-percent', 'web', 'maxUnavailable: "0%"') +
      pdb('one', 'web', 'maxUnavailable: 1'),
    flagged: ['PodDisruptionBudget/zero', 'PodDisruptionBudget/zero-percent'],
    fixed: pdb('zero', 'web', 'maxUnavailable: 1') + pdb('zero-percent', 'web', 'maxUnavailable: "34%"'),
  },
  {
    // kube-linter pdb-unhealthy-pod-eviction-policy: unhealthyPodEvictionPolicy not set.
    check: 'pdb-unhealthy-pod-eviction-policy',
    defaultInKubeLinter: true,
    rule: 'pdb-unhealthy-eviction-policy',
    manifest:
      pdb('unset', 'web', 'maxUnavailable: 1', '') +
      pdb('always', 'web', 'maxUnavailable: 1') +
      pdb('explicit', 'web', 'maxUnavailable: 1', 'unhealthyPodEvictionPolicy: IfHealthyBudget'),
    flagged: ['PodDisruptionBudget/unset'],
    fixed: pdb('unset', 'web', 'maxUnavailable: 1'),
  },
  {
    // kube-linter deprecated-service-account-field: spec.serviceAccount is set.
    check: 'deprecated-service-account-field',
    defaultInKubeLinter: true,
    rule: 'no-deprecated-service-account-field',
    manifest:
      deployment('old', `serviceAccount: builder\n${container(pinned)}`) +
      deployment('new', `serviceAccountName: builder\n${container(pinned)}`),
    flagged: ['Deployment/old'],
    fixed: deployment('old', `serviceAccountName: builder\n${container(pinned)}`),
  },
  {
    // kube-linter no-liveness-probe (not default): app containers without a liveness probe.
    check: 'no-liveness-probe',
    defaultInKubeLinter: false,
    rule: 'require-liveness-probe',
    manifest:
      deployment('none', container(`${pinned}\n${ports}\nreadinessProbe: { httpGet: { path: /ready, port: http } }`)) +
      deployment('both', container(`${pinned}\n${ports}\n${probes}`)),
    flagged: ['Deployment/none'],
    fixed: deployment('none', container(`${pinned}\n${ports}\n${probes}`)),
  },
  {
    // kube-linter no-readiness-probe (not default): app containers without a readiness probe.
    check: 'no-readiness-probe',
    defaultInKubeLinter: false,
    rule: 'require-readiness-probe',
    manifest:
      deployment('none', container(`${pinned}\n${ports}\nlivenessProbe: { httpGet: { path: /healthz, port: http } }`)) +
      deployment('both', container(`${pinned}\n${ports}\n${probes}`)),
    flagged: ['Deployment/none'],
    fixed: deployment('none', container(`${pinned}\n${ports}\n${probes}`)),
  },
  {
    // kube-linter restart-policy (not default): the pod template's restartPolicy is not Always or
    // OnFailure, as written. kube-linter also flags an omitted restartPolicy on a Deployment (the
    // API server defaults it to Always, which is right) and Never on a Job (one of the two values a
    // Job accepts); kubeplan flags OnFailure on a Deployment, which kube-linter accepts and the API
    // server rejects. Those cases are left out here.
    check: 'restart-policy',
    defaultInKubeLinter: false,
    rule: 'valid-restart-policy',
    manifest:
      deployment('never', `restartPolicy: Never\n${container(pinned)}`) +
      deployment('always', `restartPolicy: Always\n${container(pinned)}`) +
      job('unset', container(pinned)) +
      job('on-failure', `restartPolicy: OnFailure\n${container(pinned)}`),
    flagged: ['Deployment/never', 'Job/unset'],
    fixed: deployment('never', `restartPolicy: Always\n${container(pinned)}`) + job('unset', `restartPolicy: OnFailure\n${container(pinned)}`),
  },
];

function flaggedObjects(rule: AnyRule, code: string): string[] {
  const objects = lintWithRule(rule, { code }).map(({ resource }) => `${resource!.kind}/${resource!.name}`);
  return [...new Set(objects)].sort();
}

describe('kube-linter parity: workload checks', () => {
  it.each(CASES.map((c) => [c.check, c] as const))('%s', (_, c) => {
    const rule = RULES.get(c.rule);
    expect(rule, `rule ${c.rule} is registered`).toBeDefined();
    expect(rule!.meta.optIn ?? false, `${c.rule} is on by default`).toBe(false);
    expect(flaggedObjects(rule!, c.manifest)).toEqual([...c.flagged].sort());
    expect(flaggedObjects(rule!, c.fixed)).toEqual([]);
  });

  it('covers every workload check of the brief', () => {
    expect(CASES.map((c) => c.check).sort()).toEqual(
      [
        'deprecated-service-account-field', 'duplicate-env-var', 'latest-tag', 'liveness-port', 'no-anti-affinity',
        'no-liveness-probe', 'no-readiness-probe', 'pdb-max-unavailable', 'pdb-min-available',
        'pdb-unhealthy-pod-eviction-policy', 'readiness-port', 'restart-policy', 'startup-port', 'unset-cpu-requirements',
        'unset-memory-requirements',
      ].sort(),
    );
  });
});
