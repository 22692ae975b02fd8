import { execFile } from 'node:child_process';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CliIo } from '../cli/cli-io';
import { check } from '../cli/commands/check';
import { type LintRun, lint } from '../cli/commands/lint';
import { HOMEPAGE, VERSION } from '../cli/version';
import { UsageError } from '../core/errors';
import { type LintReport, compareFindings } from '../core/report';
import type { Finding } from '../core/types';
import { escapeData, formatCommand, formatMessageCommand } from '../formatters/github';
import { formatSarifParts } from '../formatters/sarif';
import type { UnlocatedPlanProblem } from '../planner/plan-findings';
import { changeCounts } from '../planner/render/common';
import type { Plan } from '../planner/types';
import { type ChangedLines, isOnChangedLines, parseChangedLines } from './changed-lines';
import { type ActionInputs, readActionInputs } from './inputs';
import { renderSummary } from './summary';

/** What the Action needs from the process, injected so that tests can run it in memory too. */
export interface ActionHost {
  env: Readonly<Record<string, string | undefined>>;
  /** The process's working folder (the runner starts Node actions in GITHUB_WORKSPACE). */
  cwd: string;
  /** Workflow commands and log lines go to stdout. */
  write(text: string): void;
  /** `git diff` of the workspace; rejects when git cannot produce it. */
  gitDiff(cwd: string, base: string): Promise<string>;
  /** Whether git can read this ref (a shallow checkout lacks the base branch). */
  gitRefExists(cwd: string, ref: string): Promise<boolean>;
}

/** What the Action ran: lint alone, or check (lint and plan). */
interface ActionRun {
  /** The lint report alone (the job summary's first part). */
  lintReport: LintReport;
  /** The lint findings plus the plan's (annotations, SARIF, counts). */
  report: LintReport;
  unlocated: UnlocatedPlanProblem[];
  plan: Plan | null;
  /** The ref the plan's current state was read at; null for an empty cluster. */
  planBase: string | null;
  settings: LintRun['settings'];
  exitCode: number;
}

/**
 * The GitHub Action: lints the inputs' paths and (unless `plan: false`) plans them against the
 * base ref, as `kubeplan check` does. Prints annotations (workflow commands) for findings on
 * changed lines, writes the SARIF file, the job summary (findings, then the plan) and the
 * outputs, and returns the exit code (1 for findings at or above fail-on or a plan that does not
 * schedule or complete, 2 for a usage or I/O error).
 */
export async function runAction(host: ActionHost): Promise<number> {
  const { env } = host;
  const workspace = env.GITHUB_WORKSPACE || host.cwd;
  const notes: string[] = [];
  let inputs: ActionInputs;
  let run: ActionRun;
  try {
    inputs = readActionInputs(env);
    run = await runChecks(host, inputs, workspace, notes);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    host.write(`::error title=kubeplan::${escapeData(error.message)}\n`);
    return 2;
  }
  const report = relativeTo(run.report, workspace);

  const { changed, note } = await changedLines(host, inputs, workspace);
  if (note) notes.unshift(note);
  const annotated = report.findings.filter((f) => inputs.annotate === 'all' || (inputs.annotate === 'changed' && (!changed || isOnChangedLines(f, changed, report.objects))));
  for (const f of annotated) host.write(formatCommand(f));
  if (inputs.annotate !== 'none') {
    for (const p of run.unlocated) host.write(formatMessageCommand(p.severity, 'kubeplan plan', `${p.object}: ${p.message}`));
  }

  const sarifFile = resolve(workspace, inputs.sarifFile ?? join(env.RUNNER_TEMP || workspace, 'kubeplan.sarif'));
  await mkdir(dirname(sarifFile), { recursive: true });
  await writeFile(sarifFile, formatSarifParts(report, { version: VERSION, informationUri: HOMEPAGE, ...versionControl(env) }));

  const repository = env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}` : null;
  if (env.GITHUB_STEP_SUMMARY) {
    const summary = renderSummary(relativeTo(run.lintReport, workspace), {
      kubernetesVersion: run.settings.kubernetesVersion,
      strict: run.settings.strict,
      blobBase: repository ? `${repository}/blob/${env.GITHUB_SHA}` : null,
      notes,
      ...(run.plan ? { plan: { plan: run.plan, base: run.planBase } } : {}),
    });
    await appendFile(env.GITHUB_STEP_SUMMARY, summary);
  }

  const { errors, warnings, infos, files, resources } = report.summary;
  if (env.GITHUB_OUTPUT) {
    const outputs: Record<string, string | number> = {
      errors,
      warnings,
      infos,
      findings: report.findings.length + run.unlocated.length,
      annotations: annotated.length,
      files,
      resources,
      'sarif-file': sarifFile,
      result: run.exitCode === 0 ? 'pass' : 'fail',
      ...(run.plan
        ? {
            create: run.plan.summary.create,
            update: run.plan.summary.update,
            delete: run.plan.summary.delete,
            refused: run.plan.summary.refused,
            unschedulable: run.plan.summary.unschedulable,
            stalled: run.plan.summary.stalledRollouts,
          }
        : {}),
    };
    await appendFile(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
  }

  const hidden = report.findings.length - annotated.length;
  const plan = run.plan?.summary;
  const counts = run.plan ? changeCounts(run.plan) : '';
  host.write(
    `kubeplan ${VERSION}: ${errors} error(s), ${warnings} warning(s), ${infos} info(s) in ${files} file(s), ${resources} resource(s)` +
      (plan
        ? `; plan: ${counts}, ${plan.unschedulable} unschedulable pod(s), ${plan.stalledRollouts} stalled rollout(s)`
        : '') +
      `${hidden > 0 ? `; ${hidden} finding(s) outside the changed lines are in the job summary and the SARIF file` : ''}\n`,
  );
  for (const n of notes) host.write(`::notice title=kubeplan::${escapeData(n)}\n`);
  return run.exitCode;
}

/** Lint, or check (lint and plan) against the base ref when it can be read, else an empty cluster. */
async function runChecks(host: ActionHost, inputs: ActionInputs, workspace: string, notes: string[]): Promise<ActionRun> {
  const io = cliIo(host, workspace);
  if (!inputs.plan) {
    const linted = await lint(inputs.paths, lintOptions(inputs), io);
    return { lintReport: linted.report, report: linted.report, unlocated: [], plan: null, planBase: null, settings: linted.settings, exitCode: linted.exitCode };
  }
  const base = baseRefOf(inputs, host.env);
  const planBase = base !== null && (await host.gitRefExists(workspace, base)) ? base : null;
  if (base !== null && planBase === null) {
    notes.push(`cannot read ${base}, so the plan starts from an empty cluster; check out with fetch-depth: 0 to plan against the base`);
  }
  const checked = await check(
    inputs.paths,
    { ...lintOptions(inputs), ...(planBase !== null ? { base: planBase } : {}), ...(inputs.cluster ? { cluster: inputs.cluster } : {}) },
    io,
  );
  return {
    lintReport: checked.lint.report,
    report: checked.report,
    unlocated: checked.unlocated,
    plan: checked.plan.result,
    planBase,
    settings: checked.lint.settings,
    exitCode: checked.exitCode,
  };
}

/** The ref a pull request is compared with: the base-ref input, else origin/<base branch>; null on a push. */
function baseRefOf(inputs: ActionInputs, env: Readonly<Record<string, string | undefined>>): string | null {
  return inputs.baseRef ?? (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : null);
}

function lintOptions(inputs: ActionInputs): Parameters<typeof lint>[1] {
  return {
    ...(inputs.kubernetesVersion ? { 'kubernetes-version': inputs.kubernetesVersion } : {}),
    ...(inputs.strict ? {} : { 'no-strict': true }),
    ...(inputs.failOn ? { 'fail-on': inputs.failOn } : {}),
    ...(inputs.config ? { config: inputs.config } : {}),
    ...(inputs.context.length > 0 ? { context: inputs.context } : {}),
  };
}

function cliIo(host: ActionHost, workspace: string): CliIo {
  // Messages the lint command writes for people (e.g. a baseline written) go to the log as they are.
  const log = { write: (text: string) => host.write(text), isTTY: false };
  return { stdout: log, stderr: log, stdinIsTTY: false, readStdin: async () => '', env: host.env, cwd: workspace, now: () => 0 };
}

/** GitHub resolves annotation and SARIF paths against the repository root: make absolute paths relative. */
function relativeTo(report: LintReport, workspace: string): LintReport {
  const rel = (file: string) => (isAbsolute(file) ? relative(workspace, file).split(sep).join('/') : file.replace(/\\/g, '/').replace(/^(\.\/)+/, ''));
  const fix = (f: Finding): Finding => ({
    ...f,
    file: rel(f.file),
    ...(f.related ? { related: f.related.map((r) => ({ ...r, file: rel(r.file) })) } : {}),
  });
  return {
    ...report,
    findings: report.findings.map(fix).sort(compareFindings),
    sources: new Map([...report.sources].map(([file, view]) => [rel(file), view])),
    objects: report.objects.map((o) => ({ ...o, file: rel(o.file) })),
  };
}

/** Changed lines against the base ref (pull requests), or null to annotate every finding. */
async function changedLines(host: ActionHost, inputs: ActionInputs, workspace: string): Promise<{ changed: ChangedLines | null; note?: string }> {
  if (inputs.annotate !== 'changed') return { changed: null };
  const base = baseRefOf(inputs, host.env);
  if (!base) return { changed: null };
  try {
    return { changed: parseChangedLines(await host.gitDiff(workspace, base)) };
  } catch {
    return {
      changed: null,
      note: `cannot diff against ${base}, so every finding is annotated; check out with fetch-depth: 0 to annotate only changed lines`,
    };
  }
}

function versionControl(env: Readonly<Record<string, string | undefined>>) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_SHA) return {};
  return {
    versionControl: {
      repositoryUri: `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`,
      revisionId: env.GITHUB_SHA,
      ...(env.GITHUB_REF ? { branch: env.GITHUB_REF } : {}),
    },
  };
}

/** `git rev-parse --verify` of a commit-ish, quietly. */
export function gitRefExists(cwd: string, ref: string): Promise<boolean> {
  if (ref === '' || ref.startsWith('-')) return Promise.resolve(false);
  return new Promise((resolvePromise) => {
    execFile('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd }, (error) => resolvePromise(!error));
  });
}

/** `git diff --unified=0` from the merge base of `base` and HEAD, paths relative to `cwd`. */
export function gitDiff(cwd: string, base: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative', '-M', `${base}...HEAD`, '--'],
      { cwd, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolvePromise(stdout)),
    );
  });
}

