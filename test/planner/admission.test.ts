import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Admission } from '../../src/planner/admission';
import { resources } from './helpers';

const spec = (yaml: string) => parse(yaml) as Record<string, unknown>;
const admit = (policies: string, podSpec: string, namespace = 'team') => new Admission(resources(policies)).admitSpec(namespace, 'p-0', spec(podSpec));

const limitRange = (limits: string) => `
apiVersion: v1
kind: LimitRange
metadata: { name: limits, namespace: team }
spec:
  limits:
${limits}`;

describe('admission: defaulting and LimitRanger', () => {
  it('copies limits into missing requests before LimitRange defaults apply', () => {
    const result = admit(
      limitRange('    - { type: Container, default: { cpu: 500m }, defaultRequest: { cpu: 100m } }'),
      'containers: [ { name: a, image: a, resources: { limits: { cpu: "2" } } }, { name: b, image: b } ]',
    );
    expect('spec' in result && result.spec.containers).toEqual([
      { name: 'a', image: 'a', resources: { limits: { cpu: '2' }, requests: { cpu: '2' } } },
      { name: 'b', image: 'b', resources: { limits: { cpu: '500m' }, requests: { cpu: '100m' } } },
    ]);
  });

  it('defaults default to max and defaultRequest to default, then to min', () => {
    const result = admit(limitRange('    - { type: Container, max: { memory: 1Gi }, min: { cpu: 50m } }'), 'containers: [ { name: a, image: a } ]');
    expect('spec' in result && result.spec.containers).toEqual([
      { name: 'a', image: 'a', resources: { limits: { memory: '1Gi' }, requests: { memory: '1Gi', cpu: '50m' } } },
    ]);
  });

  it('rejects a request above the default limit it was given (validation, after LimitRanger)', () => {
    expect(
      admit(limitRange('    - { type: Container, default: { cpu: "1" } }'), 'containers: [ { name: a, image: a, resources: { requests: { cpu: "2" } } } ]'),
    ).toEqual({ error: 'Pod "p-0" is invalid: spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1' });
  });

  it('reports min, max and ratio violations with the limitranger messages', () => {
    expect(
      admit(
        limitRange('    - { type: Container, maxLimitRequestRatio: { memory: "2" } }'),
        'containers: [ { name: a, image: a, resources: { requests: { memory: 100Mi }, limits: { memory: 300Mi } } } ]',
      ),
    ).toEqual({ error: 'pods "p-0" is forbidden: memory max limit to request ratio per Container is 2, but provided ratio is 3.000000' });
    expect(
      admit(limitRange('    - { type: Container, max: { cpu: "1" } }'), 'containers: [ { name: a, image: a, resources: { limits: { cpu: 1500m } } } ]'),
    ).toEqual({ error: 'pods "p-0" is forbidden: maximum cpu usage per Container is 1, but limit is 1500m' });
    expect(
      admit(
        limitRange('    - { type: Pod, max: { cpu: "1" } }'),
        'containers: [ { name: a, image: a, resources: { limits: { cpu: 600m } } }, { name: b, image: b, resources: { limits: { cpu: 600m } } } ]',
      ),
    ).toEqual({ error: 'pods "p-0" is forbidden: maximum cpu usage per Pod is 1, but limit is 1200m' });
  });

  it('applies no LimitRange of another namespace', () => {
    expect(admit(limitRange('    - { type: Container, min: { cpu: "1" } }'), 'containers: [ { name: a, image: a } ]', 'other')).toMatchObject({
      priority: 0,
    });
  });
});

describe('admission: ResourceQuota', () => {
  const quota = (hard: string, extra = '') => `
apiVersion: v1
kind: ResourceQuota
metadata: { name: compute, namespace: team }
spec:
  hard: ${hard}
${extra}`;

  it('requires every container to state the quota-tracked cpu and memory', () => {
    const admission = new Admission(resources(quota('{ requests.cpu: "2", limits.memory: 2Gi }')));
    const podSpec = spec('containers: [ { name: app, image: a, resources: { requests: { cpu: 100m } } }, { name: log, image: l } ]');
    const admitted = admission.admitSpec('team', 'p-0', podSpec);
    if (!('spec' in admitted)) throw new Error('not admitted');
    expect(admission.chargeQuota('team', 'p-0', admitted.spec, admission.podUsage(admitted.spec))).toBe(
      'pods "p-0" is forbidden: failed quota: compute: must specify limits.memory for: app,log; requests.cpu for: log',
    );
  });

  it('charges each admitted pod and reports the first that exceeds, masked to the exceeded resources', () => {
    const admission = new Admission(resources(quota('{ requests.cpu: "1", pods: "10" }')));
    const podSpec = spec('containers: [ { name: app, image: a, resources: { requests: { cpu: 400m } } } ]');
    const usage = admission.podUsage(podSpec);
    expect(admission.chargeQuota('team', 'p-0', podSpec, usage)).toBeNull();
    expect(admission.chargeQuota('team', 'p-1', podSpec, usage)).toBeNull();
    expect(admission.chargeQuota('team', 'p-2', podSpec, usage)).toBe(
      'pods "p-2" is forbidden: exceeded quota: compute, requested: requests.cpu=400m, used: requests.cpu=800m, limited: requests.cpu=1',
    );
    admission.recordUsage('team', podSpec, usage, -1);
    expect(admission.chargeQuota('team', 'p-3', podSpec, usage)).toBeNull();
  });

  it('honours quota scopes', () => {
    const admission = new Admission(resources(quota('{ pods: "0" }', '  scopes: [BestEffort]')));
    const burstable = spec('containers: [ { name: app, image: a, resources: { requests: { cpu: 100m } } } ]');
    const bestEffort = spec('containers: [ { name: app, image: a } ]');
    expect(admission.chargeQuota('team', 'a', burstable, admission.podUsage(burstable))).toBeNull();
    expect(admission.chargeQuota('team', 'b', bestEffort, admission.podUsage(bestEffort))).toBe(
      'pods "b" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=0, limited: pods=0',
    );
  });
});
