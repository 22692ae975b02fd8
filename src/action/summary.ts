import type { LintReport } from '../core/report';
import { formatMarkdown } from '../formatters/markdown';
import { renderPlanMarkdown } from '../planner/render/markdown';
import type { Plan } from '../planner/types';

export interface SummaryOptions {
  kubernetesVersion: string;
  strict: boolean;
  /** `https://github.com/OWNER/REPO/blob/SHA`, to link findings to their lines. */
  blobBase: string | null;
  /** Why annotations were limited or the plan started from an empty cluster, shown under the findings. */
  notes?: readonly string[];
  /** The plan, and the ref its current state was read at (null: an empty cluster). */
  plan?: { plan: Plan; base: string | null };
}

/**
 * GitHub accepts at most 1 MiB of job summary per step: the findings table stops at 200 rows, and
 * the plan's diff and placement table are cut well before the limit (kubeplan plan prints them whole).
 */
export const SUMMARY_LIMITS = { maxDiffLength: 400_000, maxPods: 2_000 } as const;

/**
 * The job summary (GITHUB_STEP_SUMMARY): the findings, linked to their lines at the analysed
 * commit, then the plan (summary line, problems, unschedulable pods with the scheduler's reason,
 * rollout timelines, node utilisation, placement and the diff folded).
 */
export function renderSummary(report: LintReport, options: SummaryOptions): string {
  const link = options.blobBase
    ? (file: string, line: number) => `${options.blobBase}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`
    : undefined;
  const context = [`Kubernetes ${options.kubernetesVersion}`, options.strict ? 'strict schemas' : 'non-strict schemas'];
  const parts = [formatMarkdown(report, { context, ...(link ? { link } : {}) })];
  for (const note of options.notes ?? []) parts.push(`> ${note}\n`);
  if (options.plan) {
    const { plan, base } = options.plan;
    parts.push(renderPlanMarkdown(plan, { headingLevel: 2, ...SUMMARY_LIMITS }));
    parts.push(`> ${base === null ? 'Planned from an empty cluster (no base ref).' : `Planned against \`${base}\`: the same paths at the base are the current state.`}\n`);
  }
  return parts.join('\n');
}
