import { describe, expect, it } from 'vitest';
import { planYaml } from './plan-yaml';

/**
 * Priority and RuntimeClass admission refuse pods that state what admission computes
 * (plugin/pkg/admission/priority admitPod, plugin/pkg/admission/runtimeclass setOverhead).
 */
const pod = (name: string, spec: string) => `
---
apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
${spec}  containers: [{name: c, image: app:1, resources: {requests: {cpu: 100m}}}]
`;
const refusals = (plan: ReturnType<typeof planYaml>) => plan.problems.map((p) => [p.reason, p.name, p.message]);

describe('Priority admission', () => {
  it('refuses a priority or a preemptionPolicy that differs from what the PriorityClass gives', () => {
    const plan = planYaml(`
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: batch}
value: 100
preemptionPolicy: Never
${pod('explicit', '  priority: 100\n')}${pod('matching', '  priorityClassName: batch\n  priority: 100\n')}${pod('wrong', '  priorityClassName: batch\n  priority: 5\n')}${pod('eager', '  priorityClassName: batch\n  preemptionPolicy: PreemptLowerPriority\n')}${pod('never', '  preemptionPolicy: Never\n')}`);
    expect(refusals(plan)).toEqual([
      ['Forbidden', 'eager', 'pods "eager" is forbidden: the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name'],
      ['Forbidden', 'explicit', 'pods "explicit" is forbidden: the integer value of priority (100) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name'],
      ['Forbidden', 'never', 'pods "never" is forbidden: the string value of PreemptionPolicy (Never) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name'],
      ['Forbidden', 'wrong', 'pods "wrong" is forbidden: the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 100 from the given PriorityClass name'],
    ]);
    expect(plan.pods.map((p) => p.name)).toEqual(['matching']);
  });

  it('a globalDefault PriorityClass gives pods without a class its value and policy', () => {
    const plan = planYaml(`
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: default-low}
value: 7
globalDefault: true
${pod('seven', '  priority: 7\n')}${pod('zero', '  priority: 0\n')}`);
    expect(refusals(plan)).toEqual([
      ['Forbidden', 'zero', 'pods "zero" is forbidden: the integer value of priority (0) must not be provided in pod spec; priority admission controller computed 7 from the given PriorityClass name'],
    ]);
  });
});

describe('RuntimeClass admission', () => {
  it('refuses a pod overhead that no RuntimeClass defines', () => {
    const plan = planYaml(`
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: plain}
handler: runc
${pod('no-class', '  overhead: {cpu: 100m}\n')}${pod('class-without-overhead', '  runtimeClassName: plain\n  overhead: {cpu: 100m}\n')}${pod('fine', '  runtimeClassName: plain\n')}`);
    expect(refusals(plan)).toEqual([
      ['Forbidden', 'class-without-overhead', 'pods "class-without-overhead" is forbidden: pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead'],
      ['Forbidden', 'no-class', 'pods "no-class" is forbidden: pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead'],
    ]);
    expect(plan.pods.map((p) => p.name)).toEqual(['fine']);
  });
});
