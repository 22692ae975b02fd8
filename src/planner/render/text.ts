/**
 * `kubeplan plan` for a terminal: the summary, changes, per-node utilisation, a timeline per
 * rollout, unschedulable pods with the scheduler's message, problems, jobs, the placement table and
 * the state diff. Colour only when asked (the CLI decides: a TTY, no NO_COLOR).
 */
import { formatObjectName } from '../../core/object-name';
import type { Plan } from '../types';
import {
  ACTION_SIGN,
  DETERMINISM_NOTE,
  NO_STEPS,
  REFUSED_SIGN,
  fenceposts,
  podsLine,
  refusalText,
  rolloutVerdict,
  summaryLine,
  usage,
} from './common';

export interface TextOptions {
  color: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

export function renderPlanText(plan: Plan, options: TextOptions = { color: false }): string {
  const paint = (style: Style, text: string): string => (options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
  const out: string[] = [];
  const section = (title: string): void => void out.push('', paint('bold', title));

  out.push(paint('bold', summaryLine(plan)), podsLine(plan));

  if (plan.changes.length > 0 || plan.refused.length > 0) {
    section('Changes');
    const styles = { create: 'green', update: 'yellow', delete: 'red' } as const;
    for (const c of plan.changes) out.push(`  ${paint(styles[c.action], `${ACTION_SIGN[c.action]} ${formatObjectName(c.kind, c.namespace, c.name)}`)}`);
    // what apply sends and the API server refuses: nothing changes (see Problems)
    for (const r of plan.refused) out.push(`  ${paint('red', `${REFUSED_SIGN} ${formatObjectName(r.kind, r.namespace, r.name)}`)} (${refusalText(r)})`);
  }

  section('Nodes');
  out.push(
    ...table(
      ['NODE', 'CPU', 'MEMORY', 'PODS'],
      plan.nodes.map((n) => [
        n.name,
        usage(n.requested.cpu, n.allocatable.cpu),
        usage(n.requested.memory, n.allocatable.memory),
        `${n.requested.pods}/${n.allocatable.pods}`,
      ]),
    ),
  );

  if (plan.rollouts.length > 0) {
    section('Rollouts');
    plan.rollouts.forEach((r, i) => {
      const detail = plan.rolloutDetails[i];
      const verdict = rolloutVerdict(r);
      const colour: Style = r.complete ? 'green' : r.stalled !== null ? 'red' : 'yellow';
      out.push(`  ${r.kind} ${r.namespace}/${r.name}  ${fenceposts(r)}`);
      if (r.steps.length === 0) out.push(`    ${NO_STEPS}`);
      else {
        out.push(
          ...table(
            ['STEP', 'NEW', 'OLD', 'AVAILABLE'],
            r.steps.map((s, k) => [String(k + 1), String(s.new), String(s.old), String(s.available)]),
            '    ',
            true,
          ),
        );
        if (detail) out.push(`    peak: ${detail.peak.cpu} CPU, ${detail.peak.memory} memory, ${detail.peak.pods} pods`);
      }
      out.push(`    ${paint(colour, verdict)}`);
    });
  }

  const unschedulable = plan.pods.filter((p) => p.node === null);
  if (unschedulable.length > 0) {
    section('Unschedulable pods');
    for (const p of unschedulable) out.push(`  ${paint('red', `${p.namespace}/${p.name}`)}  ${p.reason}`);
  }

  if (plan.problems.length > 0) {
    section('Problems');
    const styles = { error: 'red', warning: 'yellow', info: 'cyan' } as const;
    for (const p of plan.problems) {
      out.push(`  ${paint(styles[p.severity], p.severity.padEnd(7))} ${p.reason}  ${formatObjectName(p.kind, p.namespace, p.name)}`);
      out.push(`          ${p.message}`);
    }
  }

  if (plan.jobs.length > 0) {
    section('Jobs');
    for (const j of plan.jobs) {
      const waves = j.waves.map((w) => w.join(' ')).join(' | ');
      const completions = j.completions === null ? 'work queue' : `${j.completions} completions`;
      out.push(`  Job ${j.namespace}/${j.name}: ${completions}, parallelism ${j.parallelism}, ${j.waves.length} wave(s)${waves ? `: ${waves}` : ''}`);
    }
  }

  if (plan.volumeClaims.length > 0) {
    section('PersistentVolumeClaims created by StatefulSets');
    // the bound PersistentVolume, when the input has the volumes (local volumes)
    const bound = plan.volumeClaims.some((c) => c.volume !== null);
    const headers = ['NAMESPACE', 'NAME', 'STORAGE', 'OWNER', ...(bound ? ['VOLUME'] : [])];
    out.push(...table(headers, plan.volumeClaims.map((c) => [c.namespace, c.name, c.storage ?? '-', c.owner, ...(bound ? [c.volume ?? '-'] : [])])));
  }

  if (plan.pods.length > 0) {
    section('Placement');
    out.push(...table(['NAMESPACE', 'POD', 'NODE', 'OWNER'], plan.pods.map((p) => [p.namespace, p.name, p.node ?? '<none>', p.owner ?? '-'])));
  }

  if (plan.diff !== '') {
    section('Diff');
    for (const line of plan.diff.replace(/\n$/, '').split('\n')) {
      if (line.startsWith('+++') || line.startsWith('---')) out.push(paint('bold', line));
      else if (line.startsWith('+')) out.push(paint('green', line));
      else if (line.startsWith('-')) out.push(paint('red', line));
      else if (line.startsWith('@@')) out.push(paint('cyan', line));
      else out.push(line);
    }
  }

  out.push('', paint('dim', DETERMINISM_NOTE));
  return `${out.join('\n')}\n`;
}

/** Left-aligned columns (numbers right-aligned when asked), two spaces apart. */
function table(header: string[], rows: string[][], indent = '  ', numeric = false): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    indent +
    cells
      .map((c, i) => (numeric ? c.padStart(widths[i]!) : i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
