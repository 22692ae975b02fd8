import { describe, expect, it } from 'vitest';
import { buildClusterModel } from '../../src/planner/cluster-model';
import { plan } from '../../src/planner/plan';
import type { Plan } from '../../src/planner/types';
import { resources } from './helpers';

/**
 * NodePorts the cluster assigns (planner-semantics §7): Kubernetes' port allocator keeps a static
 * band of min(max(16, size/32), 128) ports at the bottom of the range, but only when the range
 * has more than 16 ports (the offset must be smaller than the range); an assigned port is always
 * in the range, and a full range refuses the Service.
 */

const service = (name: string, ports: number, extra = '') => `apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec:
  type: NodePort
  ports: [${Array.from({ length: ports }, (_, i) => `{ name: p${i}, port: ${80 + i}${extra} }`).join(', ')}]
`;

function planWith(nodePortRange: string, desired: string, current = ''): Plan {
  const { model, problems } = buildClusterModel({ config: { nodePortRange } });
  expect(problems).toEqual([]);
  return plan({ desired: resources(desired), current: resources(current), cluster: model, options: { kubernetesVersion: '1.34' } });
}

const nodePortProblems = (p: Plan) =>
  p.problems.filter((x) => x.reason !== 'EndpointsEmpty').map((x) => `${x.severity} ${x.reason} ${x.name}: ${x.message}`);
const assumes = (port: number, index = 0, band = 'the dynamic band') =>
  `spec.ports[${index}].nodePort: the cluster assigns a free port (at random); the plan assumes ${port}, the lowest free port of ${band}`;

describe('auto-assigned NodePorts', () => {
  it('stay within a range of 11 ports (no static band below 17 ports)', () => {
    expect(nodePortProblems(planWith('30000-30010', service('np', 1)))).toEqual([`info NodePortAssigned np: ${assumes(30000, 0, 'the range')}`]);
  });

  it('keep a static band of 16 ports from 17 ports on', () => {
    expect(nodePortProblems(planWith('30000-30016', service('np', 1)))).toEqual([`info NodePortAssigned np: ${assumes(30016)}`]);
    expect(nodePortProblems(planWith('30000-30015', service('np', 1)))).toEqual([`info NodePortAssigned np: ${assumes(30000, 0, 'the range')}`]);
  });

  it('fall back to the static band when the dynamic band is full', () => {
    const p = planWith('30000-30016', service('a', 2));
    expect(nodePortProblems(p)).toEqual([
      `info NodePortAssigned a: ${assumes(30016)}`,
      `info NodePortAssigned a: ${assumes(30000, 1, 'the static band (the dynamic band is full)')}`,
    ]);
  });

  it('refuse a Service when the range is full, assigning none of its ports', () => {
    const p = planWith('30000-30000', service('np', 2));
    expect(nodePortProblems(p)).toEqual([
      'error InternalError np: Internal error occurred: failed to allocate a nodePort: range is full (spec.ports[1]: all 1 port(s) of 30000-30000 are allocated)',
    ]);
  });

  it('count the ports of current Services and of explicit nodePorts as allocated', () => {
    const current = service('old', 1).replace('port: 80 }', 'port: 80, nodePort: 30001 }');
    const desired = `${current}---\n${service('fixed', 1).replace('port: 80 }', 'port: 80, nodePort: 30000 }')}---\n${service('np', 2)}`;
    const p = planWith('30000-30002', desired, current);
    expect(nodePortProblems(p)).toEqual([
      'error InternalError np: Internal error occurred: failed to allocate a nodePort: range is full (spec.ports[1]: all 3 port(s) of 30000-30002 are allocated)',
    ]);
    const q = planWith('30000-30003', desired, current);
    expect(nodePortProblems(q)).toEqual([`info NodePortAssigned np: ${assumes(30002, 0, 'the range')}`, `info NodePortAssigned np: ${assumes(30003, 1, 'the range')}`]);
  });

  it('assign nothing to a Service refused for another port', () => {
    const desired = service('np', 2).replace('port: 80 }', 'port: 80, nodePort: 40000 }');
    expect(nodePortProblems(planWith('30000-30010', desired))).toEqual([
      'error FieldValueInvalid np: Service "np" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-30010',
    ]);
  });
});
