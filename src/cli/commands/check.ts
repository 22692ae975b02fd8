import { type LintReport, addFindings } from '../../core/report';
import { suppressFindings } from '../../engine/run-lint';
import { PLAN_RULE_INFO } from '../../core/reserved-rules';
import { formatMessageCommand } from '../../formatters/github';
import { buildJsonReport } from '../../formatters/json';
import { stringifyInParts } from '../../formatters/json-parts';
import { formatMarkdown } from '../../formatters/markdown';
import type { TextFormatOptions } from '../../formatters/text';
import { type UnlocatedPlanProblem, buildPlanFindings } from '../../planner/plan-findings';
import { changeCounts } from '../../planner/render/common';
import { renderPlanMarkdown } from '../../planner/render/markdown';
import { renderPlanText } from '../../planner/render/text';
import type { Refusals } from '../../resources/resource';
import { type OptionSpecs, type ParsedOptions, formatOptionsHelp, parseCommandArgs } from '../args';
import { type CliIo, isInteractive, useColor } from '../cli-io';
import { writeCommandBaseline } from '../command-baseline';
import type { Command } from '../main';
import { NO_PROGRESS, type Progress, withProgress } from '../progress';
import { LINT_OPTIONS, type LintRun, lint, parseOutputs, reachesFailOn, renderReport, renderReportParts, writeOutputs } from './lint';
import { PLAN_OPTIONS, type PlanRun, runPlan } from './plan';

/**
 * What `check` prints. text, json and markdown hold the lint report and then the plan; sarif,
 * github and junit are the lint findings plus the plan's problems as findings (id `plan`).
 */
export const CHECK_FORMATS = ['text', 'json', 'markdown', 'sarif', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Every flag of lint, and plan's own (--current, --base, --cluster): the same specs, not copies. */
export const CHECK_OPTIONS = {
  ...LINT_OPTIONS,
  format: { ...LINT_OPTIONS.format, choices: CHECK_FORMATS },
  output: { ...LINT_OPTIONS.output, help: 'also write a format to a file, e.g. sarif=results.sarif (any --format); repeatable' },
  current: PLAN_OPTIONS.current,
  base: PLAN_OPTIONS.base,
  cluster: PLAN_OPTIONS.cluster,
} satisfies OptionSpecs;

export const command: Command = {
  summary: 'lint, then plan: one report, one exit code (for CI)',
  help: `Usage: kubeplan check [options] [paths...]

Lints the manifests (files, folders, or - for stdin; default the current folder), then plans
applying them (as kubeplan plan does), reading them once.

Options:
${formatOptionsHelp(CHECK_OPTIONS)}

Formats: text, json ({ "version": 1, "lint": …, "plan": … }) and markdown print the lint report,
then the plan. sarif, github and junit carry the lint findings and the plan's problems as findings
with the id "plan" (unschedulable pods, stalled rollouts, quota and LimitRange rejections,
immutable fields, NodePort/ClusterIP collisions, empty endpoints), at their object's line.

Exit codes: 0 when no finding reaches --fail-on (plan findings included) and the plan schedules
every pod and completes every rollout; 1 otherwise; 2 usage or I/O error.`,
  async run(argv, io) {
    const { options, positionals } = parseCommandArgs('check', argv, CHECK_OPTIONS);
    const outputs = parseOutputs(options.output ?? [], CHECK_FORMATS);
    const started = io.now();
    const result = await withProgress(io, (progress) => check(positionals, options, io, progress));
    const code = writeOutputs(outputs, io, (format) => renderCheckParts(result, format, { color: false }));
    const interactive = isInteractive(io, io.stdout);
    const format = (options.format ?? 'text') as CheckFormat;
    const text = { color: useColor(io), ...(interactive ? { elapsedMs: io.now() - started } : {}) };
    for (const part of renderCheckParts(result, format, text)) io.stdout.write(part);
    return Math.max(code, result.exitCode);
  },
};

export interface CheckRun {
  lint: LintRun;
  plan: PlanRun;
  /** The lint report with the plan's problems added as findings (rule `plan`). */
  report: LintReport;
  /** Plan problems about objects in no file given (e.g. only at the --base ref). */
  unlocated: UnlocatedPlanProblem[];
  exitCode: number;
}

/** Everything `kubeplan check` does before printing; the GitHub Action reuses it. */
export async function check(
  positionals: string[],
  options: ParsedOptions<typeof CHECK_OPTIONS>,
  io: CliIo,
  progress: Progress = NO_PROGRESS,
): Promise<CheckRun> {
  const linted = await lint(positionals, options, io, progress);
  const toUpdate = linted.baseline?.update ? linted.baseline : null;
  progress.update('planning');
  await progress.pause();
  // Refused objects are not applied. With --update-baseline every finding is about to be accepted,
  // so the plan runs as it will with that baseline: with none refused.
  const refusals: Refusals = toUpdate ? new Map() : linted.report.refusals;
  const planned = await runPlan(positionals, options, io, { config: linted.config, desired: linted.parsed.resources, refusals });
  const { findings: planFindings, unlocated: allUnlocated } = buildPlanFindings(planned.result, planned.located, refusals);
  // The plan's findings are silenced like lint's: exclusions, annotations, comments, the baseline;
  // those in no file by the baseline only.
  const { findings, suppressed: suppressedLocated } = suppressFindings(linted.parsed, planFindings, linted.suppression);
  const unlocated = withoutBaselined(allUnlocated, linted.suppression.baseline);
  const suppressed = suppressedLocated + allUnlocated.length - unlocated.length;
  if (toUpdate) writeCommandBaseline(toUpdate, [...linted.report.findings, ...findings, ...unlocated.map((p) => p.finding)], io);
  const failOn = linted.settings.failOn;
  // Problems reading the current state (--current, --base) are printed but fail nothing: a pull
  // request may fix a file that is broken at its base.
  // A plan that does not succeed fails the check, unless the user silenced every finding explaining why.
  const acknowledged = planFindings.length + allUnlocated.length > 0 && findings.length === 0 && unlocated.length === 0;
  const planFails = (!planned.succeeded && !acknowledged) || reachesFailOn([...findings, ...unlocated], failOn);
  const planCode = planned.ioError ? 2 : planFails ? 1 : 0;
  return {
    lint: linted,
    plan: planned,
    report: addFindings(linted.report, findings, [PLAN_RULE_INFO], suppressed),
    unlocated,
    exitCode: toUpdate ? 0 : Math.max(linted.exitCode, planCode),
  };
}

/** The problems the baseline does not account for. */
function withoutBaselined(problems: UnlocatedPlanProblem[], baseline: LintRun['suppression']['baseline']): UnlocatedPlanProblem[] {
  if (!baseline || problems.length === 0) return problems;
  const left = new Set(baseline(problems.map((p) => p.finding)));
  return problems.filter((p) => left.has(p.finding));
}

/** Any check format, in consecutive parts to write one after another (JSON and SARIF made a part at a time, see stringifyInParts). */
function renderCheckParts(run: CheckRun, format: CheckFormat, text: TextFormatOptions): Iterable<string> {
  switch (format) {
    case 'json': {
      const { passed, planProblems, suppressedPlanProblems } = verdictOf(run);
      const verdict = { passed, planProblems, suppressedPlanProblems };
      return stringifyInParts({ version: 1, lint: buildJsonReport(run.lint.report), plan: run.plan.result, verdict }, ['lint', 'findings']);
    }
    case 'markdown':
      return [`${formatMarkdown(run.lint.report)}\n${renderPlanMarkdown(run.plan.result, { headingLevel: 2 })}\n${verdictLine(run, 'markdown')}\n`];
    case 'github':
      return [renderReport(run.report, 'github', text) + run.unlocated.map((p) => formatMessageCommand(p.severity, 'kubeplan plan', `${p.object}: ${p.message}`)).join('')];
    case 'sarif':
    case 'junit':
      return renderReportParts(run.report, format, text);
    default:
      return [`${renderReport(run.lint.report, 'text', text)}\n${renderPlanText(run.plan.result, { color: text.color })}\n${verdictLine(run, text.color ? 'color' : 'plain')}\n`];
  }
}

/** The verdict's numbers: the JSON format's `verdict`, and what the verdict line counts. */
function verdictOf(run: CheckRun): { passed: boolean; planProblems: number; suppressedPlanProblems: number } {
  return {
    passed: run.exitCode === 0,
    planProblems: run.report.findings.length - run.lint.report.findings.length + run.unlocated.length,
    suppressedPlanProblems: run.report.summary.suppressed - run.lint.report.summary.suppressed,
  };
}

/**
 * The verdict line, the last of the text and markdown formats, what a person reads first:
 * `✔ check passed: 0 errors, 0 warnings in 4 files; plan: 12 to add, 0 to change, 0 to destroy, 6/6 pods scheduled, 2/2 rollouts complete`
 * (`…, 0 to destroy, 2 refused, …` when the API server refuses objects); for a terminal (`✔`, in
 * colour or not) or for markdown (`✅`, the verdict in bold).
 */
function verdictLine(run: CheckRun, style: 'color' | 'plain' | 'markdown'): string {
  const { errors, warnings, infos, files } = run.lint.report.summary;
  const s = run.plan.result.summary;
  const { passed, planProblems, suppressedPlanProblems } = verdictOf(run);
  const lintPart = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [plural(infos, 'info')] : [])].join(', ');
  const rollouts = run.plan.result.rollouts;
  const planPart = [
    changeCounts(run.plan.result),
    `${s.podsAfter - s.unschedulable}/${s.podsAfter} pods scheduled`,
    ...(rollouts.length > 0 ? [`${rollouts.filter((r) => r.complete).length}/${rollouts.length} rollouts complete`] : []),
    ...(planProblems > 0 ? [plural(planProblems, 'plan problem')] : []),
    ...(suppressedPlanProblems > 0 ? [plural(suppressedPlanProblems, 'suppressed plan problem')] : []),
  ].join(', ');
  const counts = `${lintPart} in ${plural(files, 'file')}; plan: ${planPart}`;
  const verdict = `check ${passed ? 'passed' : 'failed'}`;
  if (style === 'markdown') return `${passed ? '✅' : '❌'} **${verdict}**: ${counts}`;
  const mark = passed ? '✔' : '✖';
  return `${style === 'color' ? `\u001b[${passed ? 32 : 31}m${mark}\u001b[0m` : mark} ${verdict}: ${counts}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
