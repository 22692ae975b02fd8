import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from '../../src/planner/render/markdown';
import { runScenario } from './scenario';

describe('the markdown plan, for job summaries', () => {
  const plan = runScenario('rollout-stalls-surge');
  const full = readFileSync('test/fixtures/planner/rollout-stalls-surge/expected.md', 'utf8');

  it('can sit one heading level up, beside the lint report', () => {
    expect(renderPlanMarkdown(plan)).toBe(full);
    expect(renderPlanMarkdown(plan, { headingLevel: 2 })).toBe(full.replace(/^### /, '## ').replace(/\n#### /g, '\n### '));
  });

  it('cuts a long diff at a line end and says so (a job summary holds 1 MiB)', () => {
    const lines = plan.diff.split('\n').length - 1;
    expect(renderPlanMarkdown(plan, { maxDiffLength: plan.diff.length })).toBe(full);
    const cut = renderPlanMarkdown(plan, { maxDiffLength: plan.diff.indexOf('\n', 10) + 1 });
    const kept = plan.diff.slice(0, plan.diff.indexOf('\n', 10) + 1);
    expect(cut).toContain(`\`\`\`diff\n${kept}\`\`\`\n\n_The diff is cut after 1 of ${lines} lines; \`kubeplan plan\` prints all of it._\n\n</details>`);
    expect(cut).not.toContain(plan.diff.split('\n')[1]!);
  });

  it('can list fewer pods in the placement table', () => {
    expect(plan.pods).toHaveLength(4);
    const cut = renderPlanMarkdown(plan, { maxPods: 1 });
    const rows = (md: string) => md.split('\n').filter((l) => /^\| default \| worker-/.test(l));
    expect(rows(cut)).toEqual([rows(full)[0]]);
    expect(cut).toContain('\n\n_…and 3 more pods; `kubeplan plan` lists all of them._\n\n</details>');
    expect(renderPlanMarkdown(plan, { maxPods: 4 })).toBe(full);
  });
});
