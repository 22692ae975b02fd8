import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { renderPlanJson } from '../../src/planner/render/json';
import { renderPlanMarkdown } from '../../src/planner/render/markdown';
import { renderPlanText } from '../../src/planner/render/text';
import { SCENARIOS, runScenario, scenarioNames } from './scenario';

/**
 * YAML in, exact JSON out: each folder under test/fixtures/planner holds desired.yaml (and
 * current.yaml, cluster.yaml when needed) and the plan `kubeplan plan --format json` must print.
 * The Kubernetes facts each scenario demonstrates are also asserted one by one in
 * scenario-facts.test.ts, derived from the reference rather than from this output.
 */
describe('planner scenarios', () => {
  for (const name of scenarioNames()) {
    it(name, () => {
      const actual = renderPlanJson(runScenario(name));
      const file = join(SCENARIOS, name, 'expected.json');
      if (process.env.UPDATE_PLANNER_FIXTURES === '1') writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }

  // Exact text and markdown output where a scenario has them.
  for (const name of scenarioNames()) {
    for (const [file, render] of [
      ['expected.txt', (p: ReturnType<typeof runScenario>) => renderPlanText(p, { color: false })],
      ['expected.md', renderPlanMarkdown],
    ] as const) {
      const path = join(SCENARIOS, name, file);
      if (!existsSync(path)) continue;
      it(`${name} (${file})`, () => {
        const actual = render(runScenario(name));
        if (process.env.UPDATE_PLANNER_FIXTURES === '1') writeFileSync(path, actual);
        expect(actual).toBe(readFileSync(path, 'utf8'));
      });
    }
  }

  it('is deterministic: the same input gives the same bytes', () => {
    for (const name of scenarioNames()) expect(renderPlanJson(runScenario(name))).toBe(renderPlanJson(runScenario(name)));
  });
});
