import { describe, expect, it } from 'vitest';
import { type BudgetPod, budgetViolations, disruptionsAllowed, readDisruptionBudgets } from '../../src/planner/disruption-budgets';
import { resources } from './helpers';

/** The one budget of a manifest, read through the real parser. */
const budget = (spec: string, apiVersion = 'policy/v1') => {
  const [only] = readDisruptionBudgets(resources(`apiVersion: ${apiVersion}\nkind: PodDisruptionBudget\nmetadata: {name: web, namespace: shop}\nspec:\n${spec}`, 'pdb.yaml'));
  return only!;
};

const pod = (labels: Record<string, string>, more: Partial<BudgetPod> = {}): BudgetPod => ({
  namespace: 'shop',
  labels,
  healthy: true,
  scale: { key: 'Deployment/web', replicas: 4 },
  ...more,
});
const web = { app: 'web' };

describe('disruptionsAllowed (the disruption controller)', () => {
  it('an integer minAvailable counts the matching healthy pods, in the namespace only', () => {
    const b = budget('  minAvailable: 2\n  selector: {matchLabels: {app: web}}');
    expect(disruptionsAllowed(b, [pod(web), pod(web), pod(web)])).toBe(1);
    expect(disruptionsAllowed(b, [pod(web), pod(web), pod(web, { healthy: false })])).toBe(0);
    expect(disruptionsAllowed(b, [pod(web), pod(web), pod(web, { namespace: 'other' }), pod({ app: 'db' })])).toBe(0);
  });

  it('a percentage minAvailable and maxUnavailable count the controllers’ replicas, each controller once, rounding up', () => {
    // 4 replicas wanted, 3 running: minAvailable 50% wants 2 healthy; maxUnavailable 25% wants 4 - 1 = 3
    const running = [pod(web), pod(web), pod(web)];
    expect(disruptionsAllowed(budget('  minAvailable: 50%\n  selector: {matchLabels: {app: web}}'), running)).toBe(1);
    expect(disruptionsAllowed(budget('  maxUnavailable: 25%\n  selector: {matchLabels: {app: web}}'), running)).toBe(0);
    expect(disruptionsAllowed(budget('  maxUnavailable: 2\n  selector: {matchLabels: {app: web}}'), running)).toBe(1);
    // 30% of 4 is 1.2: rounded up to 2 unavailable
    expect(disruptionsAllowed(budget('  maxUnavailable: 30%\n  selector: {matchLabels: {app: web}}'), running)).toBe(1);
  });

  it('pods without a controller are left out of the scale; a controller without a scale leaves the budget at 0', () => {
    const b = budget('  maxUnavailable: 1\n  selector: {matchLabels: {app: web}}');
    expect(disruptionsAllowed(b, [pod(web, { scale: { key: 'StatefulSet/web', replicas: 2 } }), pod(web, { scale: null })])).toBe(1);
    expect(disruptionsAllowed(b, [pod(web, { scale: { key: 'DaemonSet/web', replicas: null } }), pod(web)])).toBe(0);
  });

  it('policy/v1 reads an empty selector as every pod of the namespace, policy/v1beta1 as none', () => {
    const pods = [pod(web), pod({ app: 'db' })];
    expect(disruptionsAllowed(budget('  minAvailable: 1\n  selector: {}'), pods)).toBe(1);
    expect(disruptionsAllowed(budget('  minAvailable: 1\n  selector: {}', 'policy/v1beta1'), pods)).toBe(0);
  });
});

describe('budgetViolations (the scheduler, for preemption)', () => {
  const victims = [
    { namespace: 'shop', labels: web, name: 'a' },
    { namespace: 'shop', labels: web, name: 'b' },
    { namespace: 'shop', labels: {}, name: 'unlabelled' },
  ];

  it('each victim spends one disruption of every budget selecting it; past the allowance it violates', () => {
    const b = budget('  minAvailable: 1\n  selector: {matchLabels: {app: web}}');
    const violating = budgetViolations(victims, [b], () => 1);
    expect([...violating].map((v) => v.name)).toEqual(['b']);
    expect([...budgetViolations(victims, [b], () => 0)].map((v) => v.name)).toEqual(['a', 'b']);
  });

  it('a budget with an empty selector selects no victim', () => {
    expect(budgetViolations(victims, [budget('  minAvailable: 1\n  selector: {}')], () => 0).size).toBe(0);
  });
});
