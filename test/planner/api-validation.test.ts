import { describe, expect, it } from 'vitest';
import { parseFieldError } from '../../src/core/field-error';
import { isLintedInvalid } from '../../src/planner/validate-object';
import { planYaml } from './plan-yaml';

/**
 * Workloads the API server refuses are never created (or keep their current form): the plan
 * reports the API server's own error and runs no pods for them
 * (k8s pkg/apis/apps/validation/validation.go; reference §3.1).
 */
const deployment = (strategy: string, labels = 'app: web', replicas = 5) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  strategy: ${strategy}
  template:
    metadata: {labels: {${labels}}}
    spec:
      containers: [{name: c, image: nginx:1.27, resources: {requests: {cpu: 100m}}}]
`;

/** The problem of a Deployment refused for one field error, which is also its one cause. */
const invalid = (message: string) => {
  const [field, ...rest] = message.split(': ');
  return [{ severity: 'error', reason: 'Invalid', kind: 'Deployment', namespace: 'default', name: 'web', message: `Deployment.apps "web" is invalid: ${message}`, causes: [{ field, message: rest.join(': ') }] }];
};

describe('Deployment validation', () => {
  it.each([
    ['{rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}', 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'],
    ['{rollingUpdate: {maxSurge: "0%", maxUnavailable: 0}}', 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'],
    ['{rollingUpdate: {maxUnavailable: "150%"}}', 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 150%: must not be greater than 100%'],
    [
      '{rollingUpdate: {maxSurge: "25.5%"}}',
      "spec.strategy.rollingUpdate.maxSurge: Invalid value: 25.5%: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
    ],
    [
      '{rollingUpdate: {maxUnavailable: "5"}}',
      "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 5: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
    ],
    ['{rollingUpdate: {maxSurge: -1}}', 'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0'],
    ['{type: Recreate, rollingUpdate: {maxSurge: 1}}', "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
  ])('refuses strategy %s on create', (strategy, message) => {
    const plan = planYaml(deployment(strategy));
    expect(plan.problems).toEqual(invalid(message));
    expect(plan.pods).toEqual([]);
    expect(plan.rollouts).toEqual([]);
    expect(plan.changes).toEqual([]);
    expect(plan.refused.map((r) => `${r.action} ${r.reason}`)).toEqual(['create Invalid']);
  });

  it('accepts percentages that scale to 0/0: ResolveFenceposts makes maxUnavailable 1', () => {
    const plan = planYaml(deployment('{rollingUpdate: {maxSurge: "0%", maxUnavailable: "10%"}}'), deployment('{rollingUpdate: {maxSurge: "0%", maxUnavailable: "10%"}}').replace('1.27', '1.26'));
    expect(plan.problems).toEqual([]);
    expect(plan.rollouts[0]).toMatchObject({ maxSurge: 0, maxUnavailable: 1, complete: true });
    expect(plan.rollouts[0]!.steps.map((s) => [s.new, s.old, s.available])).toEqual([
      [0, 4, 4], [1, 4, 4], [1, 3, 4], [2, 3, 4], [2, 2, 4], [3, 2, 4], [3, 1, 4], [4, 1, 4], [4, 0, 4], [5, 0, 4],
    ]);
  });

  it('an invalid update keeps the current Deployment and its pods', () => {
    const current = deployment('{}').replace('1.27', '1.26');
    const plan = planYaml(deployment('{rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}'), current);
    expect(plan.problems).toEqual(invalid('spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'));
    expect(plan.rollouts).toEqual([]);
    expect(plan.pods).toHaveLength(5);
    expect(plan.changes).toEqual([]);
    expect(plan.refused.map((r) => `${r.action} ${r.reason}`)).toEqual(['update Invalid']);
    expect(plan.diff).toBe('');
  });

  it('refuses a selector that does not select the template labels, printing the labels as Go does', () => {
    const plan = planYaml(deployment('{}', 'tier: web, app: webb'));
    expect(plan.problems).toEqual(
      invalid('spec.template.metadata.labels: Invalid value: map[string]string{"app":"webb", "tier":"web"}: `selector` does not match template `labels`'),
    );
    expect(plan.pods).toEqual([]);
  });

  it('aggregates several errors in brackets', () => {
    const plan = planYaml(deployment('{rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}', 'app: api', -1));
    expect(plan.problems[0]!.message).toBe(
      'Deployment.apps "web" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, ' +
        'spec.template.metadata.labels: Invalid value: map[string]string{"app":"api"}: `selector` does not match template `labels`, ' +
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0]',
    );
  });
});

describe('StatefulSet and DaemonSet validation', () => {
  it('refuses a StatefulSet whose selector misses its template', () => {
    const plan = planYaml(`
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchExpressions: [{key: app, operator: In, values: [db]}]}
  template:
    metadata: {labels: {app: cache}}
    spec:
      containers: [{name: c, image: postgres:16}]
`);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'StatefulSet.apps "db" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"cache"}: `selector` does not match template `labels`',
    ]);
    expect(plan.pods).toEqual([]);
  });

  it('refuses a DaemonSet with maxSurge set while maxUnavailable keeps its default 1', () => {
    const plan = planYaml(`
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  updateStrategy: {rollingUpdate: {maxSurge: 1}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      restartPolicy: OnFailure
      containers: [{name: c, image: agent:1}]
`);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'DaemonSet.apps "agent" is invalid: [spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always", ' +
        'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero]',
    ]);
    expect(plan.pods).toEqual([]);
  });

  it('accepts a DaemonSet surge with maxUnavailable 0', () => {
    const plan = planYaml(`
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  updateStrategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: c, image: agent:1}]
`);
    expect(plan.problems).toEqual([]);
    expect(plan.pods.map((p) => p.node)).toEqual(['node-1', 'node-2', 'node-3']);
  });
});

describe('kubeplan check does not repeat what lint reports', () => {
  const causes = (...errors: string[]) => errors.map(parseFieldError);
  it('selector and strategy errors are linted; other field errors are not', () => {
    expect(isLintedInvalid(causes('spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'))).toBe(true);
    expect(
      isLintedInvalid(causes('spec.template.metadata.labels: Invalid value: map[string]string{"app":"a, spec.b"}: `selector` does not match template `labels`', 'spec.strategy.rollingUpdate: Forbidden: x')),
    ).toBe(true);
    expect(isLintedInvalid(causes('spec.template.metadata.labels: Invalid value: map[string]string{"app":"a"}: must be a DNS label'))).toBe(false);
    expect(isLintedInvalid(causes('spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"', 'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: x'))).toBe(true);
    expect(isLintedInvalid(causes('spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"'))).toBe(true);
    expect(isLintedInvalid(causes('spec.parallelism: Invalid value: -1: must be greater than or equal to 0', 'spec.completions: Required value: when completion mode is Indexed'))).toBe(true);
    expect(isLintedInvalid(causes('spec.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds'))).toBe(false);
    expect(isLintedInvalid(causes('spec.strategyX: Invalid value: 1: x'))).toBe(false);
  });

  it("the refusals lint found in the object are linted, whatever they hold; the object's other errors still count", () => {
    const linted = causes('spec.template.spec.containers[0].volumeMounts[0].name: container "a, spec.b" mounts volume "x", but the pod defines no volume by that name');
    expect(isLintedInvalid(linted, linted)).toBe(true);
    expect(isLintedInvalid([...causes('spec.strategy.rollingUpdate: Forbidden: x'), ...linted], linted)).toBe(true);
    expect(isLintedInvalid([...causes('spec.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds'), ...linted], linted)).toBe(false);
    expect(isLintedInvalid(linted)).toBe(false);
    // the same field with another message is not the linted error
    expect(isLintedInvalid(causes('spec.template.spec.containers[0].volumeMounts[0].name: Required value'), linted)).toBe(false);
  });
});

describe('Job validation', () => {
  const job = (spec: string, restartPolicy = '\n      restartPolicy: Never') => `
apiVersion: batch/v1
kind: Job
metadata: {name: migrate}
spec:${spec}
  template:
    spec:${restartPolicy}
      containers: [{name: c, image: migrate:1}]
`;

  it('refuses a Job whose pods would restart Always (the pod default)', () => {
    const plan = planYaml(job('', ''));
    expect(plan.problems.map((p) => [p.reason, p.message])).toEqual([
      ['Invalid', 'Job.batch "migrate" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"'],
    ]);
    expect(plan.pods).toEqual([]);
    expect(plan.jobs).toEqual([]);
  });

  it('refuses an Indexed Job without completions and negative counts', () => {
    const plan = planYaml(job('\n  completionMode: Indexed\n  parallelism: -1'));
    expect(plan.problems.map((p) => p.message)).toEqual([
      'Job.batch "migrate" is invalid: [spec.parallelism: Invalid value: -1: must be greater than or equal to 0, spec.completions: Required value: when completion mode is Indexed]',
    ]);
  });

  it('refuses a CronJob whose job template restarts Always', () => {
    const plan = planYaml(`
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: report:1}]
`);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'CronJob.batch "nightly" is invalid: spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"',
    ]);
  });

  it('accepts OnFailure and Never', () => {
    expect(planYaml(job('\n  completions: 3', '\n      restartPolicy: OnFailure')).jobs.map((j) => j.waves)).toEqual([[['migrate-0'], ['migrate-1'], ['migrate-2']]]);
  });
});

describe('HorizontalPodAutoscaler validation', () => {
  it('a refused autoscaler does not bound its target: the manifest replicas run', () => {
    const target = (name: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: 5
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: c, image: app:1}]
`;
    const hpa = (name: string, bounds: string) => `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: ${name}}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  ${bounds}
`;
    const plan = planYaml(
      [target('inverted'), hpa('inverted', 'minReplicas: 4\n  maxReplicas: 2'), target('zero'), hpa('zero', 'minReplicas: 0\n  maxReplicas: 2'), target('ok'), hpa('ok', 'maxReplicas: 3')].join('---'),
    );
    expect(plan.problems.map((p) => [p.reason, p.name, p.message])).toEqual([
      ['ReplicasManagedByHPA', 'ok', expect.stringContaining('the plan uses 3')],
      ['Invalid', 'inverted', 'HorizontalPodAutoscaler.autoscaling "inverted" is invalid: spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`'],
      ['Invalid', 'zero', 'HorizontalPodAutoscaler.autoscaling "zero" is invalid: spec.minReplicas: Invalid value: 0: must be greater than or equal to 1'],
    ]);
    const count = (owner: string) => plan.pods.filter((p) => p.owner === `Deployment/${owner}`).length;
    expect([count('inverted'), count('zero'), count('ok')]).toEqual([5, 5, 3]);
    expect(plan.problems.filter((p) => p.reason === 'Invalid').every((p) => isLintedInvalid(p.causes!))).toBe(true);
  });
});

describe('StatefulSet update strategy validation', () => {
  const sts = (strategy: string) => `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  updateStrategy: ${strategy}
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: c, image: postgres:16}]
`;
  it.each([
    [
      '{type: OnDelete, rollingUpdate: {partition: 2}}',
      "spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:2, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'",
    ],
    ['{rollingUpdate: {partition: -1}}', 'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0'],
  ])('refuses %s', (strategy, message) => {
    const plan = planYaml(sts(strategy));
    expect(plan.problems.map((p) => p.message)).toEqual([`StatefulSet.apps "db" is invalid: ${message}`]);
    expect(plan.pods).toEqual([]);
    expect(isLintedInvalid(plan.problems[0]!.causes!)).toBe(true);
  });
});
