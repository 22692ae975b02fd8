/**
 * `kubeplan plan --format markdown`: for pull request comments and job summaries. Short at the
 * top (summary, what needs attention), details folded.
 */
import type { Plan } from '../types';
import { ACTION_SIGN, DETERMINISM_NOTE, NO_STEPS, REFUSED_SIGN, fenceposts, podsLine, refusalText, rolloutVerdict, summaryLine, usage } from './common';

export interface PlanMarkdownOptions {
  /** The title's heading level (sections are one deeper); 3 by default, 2 beside other reports. */
  headingLevel?: 2 | 3;
  /** Cut the diff after this many characters (a GitHub job summary holds 1 MiB at most). */
  maxDiffLength?: number;
  /** List at most this many pods in the placement table. */
  maxPods?: number;
}

export function renderPlanMarkdown(plan: Plan, options: PlanMarkdownOptions = {}): string {
  const out: string[] = [];
  const h = '#'.repeat(options.headingLevel ?? 3);
  const ok = plan.summary.unschedulable === 0 && plan.summary.stalledRollouts === 0 && !plan.problems.some((p) => p.severity === 'error');
  out.push(`${h} ${ok ? '✅' : '❌'} kubeplan plan`, '', `**${summaryLine(plan)}** ${podsLine(plan)}`);

  if (plan.changes.length > 0 || plan.refused.length > 0) {
    out.push('', '| | Kind | Namespace | Name |', '|---|---|---|---|');
    for (const c of plan.changes) out.push(`| \`${ACTION_SIGN[c.action]}\` ${c.action} | ${cell(c.kind)} | ${cell(c.namespace ?? '')} | ${cell(c.name)} |`);
    for (const r of plan.refused) out.push(`| \`${REFUSED_SIGN}\` ${cell(refusalText(r))} | ${cell(r.kind)} | ${cell(r.namespace ?? '')} | ${cell(r.name)} |`);
  }

  const unschedulable = plan.pods.filter((p) => p.node === null);
  if (unschedulable.length > 0) {
    out.push('', `${h}# Unschedulable pods`, '', '| Pod | Reason |', '|---|---|');
    for (const p of unschedulable) out.push(`| ${cell(`${p.namespace}/${p.name}`)} | ${cell(p.reason ?? '')} |`);
  }

  if (plan.problems.length > 0) {
    out.push('', `${h}# Problems`, '', '| Severity | Reason | Object | Message |', '|---|---|---|---|');
    for (const p of plan.problems) {
      const object = p.namespace === null ? `${p.kind} ${p.name}` : `${p.kind} ${p.namespace}/${p.name}`;
      out.push(`| ${p.severity} | ${cell(p.reason)} | ${cell(object)} | ${cell(p.message)} |`);
    }
  }

  if (plan.rollouts.length > 0) {
    out.push('', `${h}# Rollouts`);
    plan.rollouts.forEach((r, i) => {
      const detail = plan.rolloutDetails[i];
      const peak = detail && r.steps.length > 0 ? ` · peak ${detail.peak.cpu} CPU, ${detail.peak.memory} memory, ${detail.peak.pods} pods` : '';
      const steps =
        r.steps.length === 0
          ? [`_${NO_STEPS}_`]
          : ['| Step | New | Old | Available |', '|---:|---:|---:|---:|', ...r.steps.map((s, k) => `| ${k + 1} | ${s.new} | ${s.old} | ${s.available} |`)];
      out.push(
        '',
        `<details><summary>${r.complete ? '✅' : '⚠️'} ${r.kind} ${html(`${r.namespace}/${r.name}`)}: ${html(rolloutVerdict(r))}</summary>`,
        '',
        `${fenceposts(r)}${peak}`,
        '',
        ...steps,
        '',
        '</details>',
      );
    });
  }

  out.push('', `${h}# Nodes`, '', '| Node | CPU | Memory | Pods |', '|---|---|---|---|');
  for (const n of plan.nodes) {
    out.push(`| ${cell(n.name)} | ${usage(n.requested.cpu, n.allocatable.cpu)} | ${usage(n.requested.memory, n.allocatable.memory)} | ${n.requested.pods}/${n.allocatable.pods} |`);
  }

  if (plan.pods.length > 0) {
    const shown = options.maxPods === undefined ? plan.pods : plan.pods.slice(0, options.maxPods);
    out.push('', `<details><summary>Placement (${plan.pods.length} pods)</summary>`, '', '| Namespace | Pod | Node | Owner |', '|---|---|---|---|');
    for (const p of shown) out.push(`| ${cell(p.namespace)} | ${cell(p.name)} | ${cell(p.node ?? '—')} | ${cell(p.owner ?? '—')} |`);
    if (shown.length < plan.pods.length) out.push('', `_…and ${plan.pods.length - shown.length} more pods; \`kubeplan plan\` lists all of them._`);
    out.push('', '</details>');
  }

  if (plan.diff !== '') {
    const { text, note } = cutDiff(plan.diff, options.maxDiffLength);
    const fence = text.includes('```') ? '````' : '```';
    out.push('', '<details><summary>Diff</summary>', '', `${fence}diff`, text.replace(/\n$/, ''), fence, ...(note ? ['', note] : []), '', '</details>');
  }

  out.push('', `<sub>${html(DETERMINISM_NOTE)}</sub>`);
  return `${out.join('\n')}\n`;
}

/** The diff up to `max` characters, cut at a line end, and a note saying what was left out. */
function cutDiff(diff: string, max: number | undefined): { text: string; note?: string } {
  if (max === undefined || diff.length <= max) return { text: diff };
  const end = diff.lastIndexOf('\n', max);
  const text = diff.slice(0, end + 1);
  const lines = (s: string) => s.split('\n').length - 1;
  return { text, note: `_The diff is cut after ${lines(text)} of ${lines(diff)} lines; \`kubeplan plan\` prints all of it._` };
}

/** A table cell: pipes escaped, newlines flattened. */
function cell(text: string): string {
  return html(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
