import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBaselineFileKey } from '../../src/cli/command-baseline';
import { buildBaseline, filterByBaseline } from '../../src/engine/baseline';
import { buildPlanFindings } from '../../src/planner/plan-findings';
import { resources } from './helpers';
import { SCENARIOS, runScenario } from './scenario';

function desiredOf(name: string) {
  return resources(readFileSync(join(SCENARIOS, name, 'desired.yaml'), 'utf8'), `${name}/desired.yaml`);
}

/** A scenario's plan findings as `file:line:column severity path | message`, sorted by line. */
function findingsOf(name: string): string[] {
  const { findings: located, unlocated } = buildPlanFindings(runScenario(name), desiredOf(name));
  expect(unlocated).toEqual([]);
  const findings = located.map((f) => f.finding);
  for (const f of findings) expect(f.rule).toBe('plan');
  return findings.sort((a, b) => a.line - b.line).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.path} | ${f.message}`);
}

describe('plan problems as findings (rule id "plan"), at the manifest line of their object', () => {
  it('a stalled rollout, at the workload; the surge pod it holds is not reported twice', () => {
    expect(findingsOf('rollout-stalls-surge')).toEqual([
      'rollout-stalls-surge/desired.yaml:5:9 error metadata.name | RolloutStalled: the rollout stalls at step 1: new pod worker-55bf5d9c55-0 cannot be scheduled: 0/3 nodes are available: 3 Insufficient cpu.',
    ]);
    const { findings } = buildPlanFindings(runScenario('rollout-stalls-surge'), desiredOf('rollout-stalls-surge'));
    expect(findings[0]!.finding.resource).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'worker' });
  });

  it('unschedulable pods, with the scheduler message', () => {
    expect(findingsOf('unschedulable-reasons')).toEqual([
      'unschedulable-reasons/desired.yaml:5:9 error metadata.name | FailedScheduling: the pod cannot be scheduled: 0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 Insufficient cpu.',
      "unschedulable-reasons/desired.yaml:16:9 error metadata.name | FailedScheduling: the pod cannot be scheduled: 0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector.",
      "unschedulable-reasons/desired.yaml:26:9 error metadata.name | FailedScheduling: the pod cannot be scheduled: 0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector.",
      'unschedulable-reasons/desired.yaml:55:9 error metadata.name | FailedScheduling: the pod cannot be scheduled: 0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    ]);
  });

  it('immutable fields, at the field the API server names (or the deepest part of it that is written)', () => {
    const replace = 'the object must be replaced (delete and recreate it, e.g. kubectl replace --force)';
    expect(findingsOf('immutable-fields')).toEqual([
      `immutable-fields/desired.yaml:9:3 error spec.selector | FieldImmutable: Deployment.apps "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web","tier":"frontend"}}: field is immutable; ${replace}`,
      `immutable-fields/desired.yaml:23:1 error spec | FieldImmutable: StatefulSet.apps "db" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden; ${replace}`,
      `immutable-fields/desired.yaml:46:3 error spec.template | FieldImmutable: Job.batch "migrate" is invalid: spec.template: Invalid value: the pod template: field is immutable; ${replace}`,
      `immutable-fields/desired.yaml:58:14 error spec.clusterIP | FieldImmutable: Service "api" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.0.51"}: may not change once set; ${replace}`,
    ]);
  });

  it('Service allocation errors and empty endpoints; info notes (an assumed NodePort) are left out', () => {
    expect(findingsOf('services-endpoints-nodeports')).toEqual([
      "services-endpoints-nodeports/desired.yaml:30:3 warning spec.selector | EndpointsEmpty: Service shop has 2 ready endpoint(s) now and none after the plan: 2 running pod(s) match app=shop but none declares the Service's target port",
      'services-endpoints-nodeports/desired.yaml:53:14 error spec.clusterIP | FieldValueInvalid: Service "public" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.20.20"}: failed to allocate IP 10.96.20.20: provided IP is already allocated',
      'services-endpoints-nodeports/desired.yaml:58:17 error spec.ports[0].nodePort | FieldValueInvalid: Service "public" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
      'services-endpoints-nodeports/desired.yaml:70:17 error spec.ports[0].nodePort | FieldValueInvalid: Service "metrics" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
      "services-endpoints-nodeports/desired.yaml:78:3 warning spec.selector | EndpointsEmpty: Service preview has no ready endpoints after the plan: 2 running pod(s) match app=shop but none declares the Service's target port",
    ]);
  });

  it("quota and LimitRange rejections: a ReplicaSet's FailedCreate goes to its Deployment, once (the stalled rollout quotes it)", () => {
    expect(findingsOf('limitrange-quota')).toEqual([
      'limitrange-quota/desired.yaml:35:9 error metadata.name | RolloutStalled: the rollout stalls at step 1: ReplicaSet api-5fdcdff478 cannot create pods: pods "api-5fdcdff478-2" is forbidden: exceeded quota: compute, requested: requests.cpu=800m, used: requests.cpu=1850m, limited: requests.cpu=2',
      'limitrange-quota/desired.yaml:71:9 error metadata.name | RolloutStalled: the rollout stalls at step 1: ReplicaSet tiny-6ff699fb55 cannot create pods: pods "tiny-6ff699fb55-0" is forbidden: minimum cpu usage per Container is 100m, but request is 50m',
      'limitrange-quota/desired.yaml:90:9 error metadata.name | RolloutStalled: the rollout stalls at step 1: ReplicaSet huge-7c897bfc9b cannot create pods: pods "huge-7c897bfc9b-0" is forbidden: [maximum cpu usage per Container is 2, but limit is 4, maximum memory usage per Container is 2Gi, but limit is 4Gi]',
    ]);
  });

  it('leaves ReplicasManagedByHPA to the lint rule hpa-replicas-conflict', () => {
    expect(runScenario('hpa-bounds').problems.map((p) => p.reason)).toEqual(['ReplicasManagedByHPA', 'ReplicasManagedByHPA']);
    expect(findingsOf('hpa-bounds')).toEqual([]);
  });

  it('problems about objects in no given file are returned unlocated', () => {
    const plan = runScenario('limitrange-quota');
    const { unlocated } = buildPlanFindings(plan, []);
    expect(unlocated.map(({ finding: _, ...p }) => p)).toEqual([
      { severity: 'error', object: 'Deployment team/api', message: expect.stringMatching(/^RolloutStalled: the rollout stalls at step 1: ReplicaSet api-5fdcdff478 /) },
      { severity: 'error', object: 'Deployment team/huge', message: expect.stringMatching(/^RolloutStalled: /) },
      { severity: 'error', object: 'Deployment team/tiny', message: expect.stringMatching(/^RolloutStalled: /) },
      // Without the Deployment, the ReplicaSet's FailedCreate stays with the ReplicaSet.
      { severity: 'error', object: 'ReplicaSet team/api-5fdcdff478', message: expect.stringMatching(/^FailedCreate: Error creating: pods "api-5fdcdff478-2" is forbidden: exceeded quota/) },
      { severity: 'error', object: 'ReplicaSet team/huge-7c897bfc9b', message: expect.stringMatching(/^FailedCreate: /) },
      { severity: 'error', object: 'ReplicaSet team/tiny-6ff699fb55', message: expect.stringMatching(/^FailedCreate: /) },
    ]);
    // each is also a finding in no file, which a baseline records and then silences
    const first = unlocated[0]!;
    expect(first.finding).toEqual({
      rule: 'plan',
      severity: 'error',
      message: first.message,
      file: '',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      resource: { apiVersion: '', kind: 'Deployment', namespace: 'team', name: 'api' },
      path: null,
    });
    const key = buildBaselineFileKey('/repo', '/repo');
    const baseline = buildBaseline([first.finding], key);
    expect(baseline.findings).toEqual([{ fingerprint: `plan\u0000\u0000Deployment/team/api\u0000\u0000${first.message}`, count: 1, rule: 'plan', file: '', message: first.message }]);
    expect(filterByBaseline(unlocated.map((p) => p.finding), baseline, key)).toEqual(unlocated.slice(1).map((p) => p.finding));
  });
});
