import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateClusterSection } from '../../config/cluster-section';
import type { ParsedConfig } from '../../config/config';
import type { ClusterSection } from '../../core/cluster-section';
import { UsageError } from '../../core/errors';
import type { Finding } from '../../core/types';
import { readGitRef } from '../../io/read-git-ref';
import { readInputs } from '../../io/read-inputs';
import { type ClusterModelSource, buildClusterModel } from '../../planner/cluster-model';
import { plan, planSucceeded } from '../../planner/plan';
import { renderPlanJson } from '../../planner/render/json';
import { renderPlanMarkdown } from '../../planner/render/markdown';
import { renderPlanText } from '../../planner/render/text';
import type { ClusterModel, Plan } from '../../planner/types';
import { isObject } from '../../resources/kinds';
import type { ParsedInputs } from '../../resources/build-parsed-inputs';
import { parseInputs } from '../../resources/parse-inputs';
import type { Refusals, Resource } from '../../resources/resource';
import { type OptionSpecs, type ParsedOptions, formatOptionsHelp, parseCommandArgs } from '../args';
import { type CliIo, useColor, watchForLongRun } from '../cli-io';
import { buildIgnoreMatcher, loadCommandConfig } from '../command-config';
import type { Command } from '../main';
import { DEFAULT_KUBERNETES_VERSION } from '../version';
import { findRefusals } from './lint';

export const PLAN_FORMATS = ['text', 'json', 'markdown'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export const PLAN_OPTIONS = {
  format: { type: 'string', short: 'f', help: 'output format (default text)', value: 'format', choices: PLAN_FORMATS },
  current: {
    type: 'string',
    multiple: true,
    help: 'what the cluster holds now: manifests or a kubectl get … -o yaml export (file or folder); repeatable',
    value: 'path',
  },
  base: { type: 'string', help: 'the current state is the same paths at this git ref (e.g. origin/main)', value: 'ref' },
  cluster: {
    type: 'string',
    help: 'the nodes: kubectl get nodes -o yaml (nodes,csinodes for volume limits), or node pools (default: cluster: in .kubeplan.yaml, else Nodes in --current, else 3 × 4 CPU/16Gi)',
    value: 'file',
  },
  'kubernetes-version': {
    type: 'string',
    help: `target Kubernetes minor version, e.g. 1.34 (default: config, else ${DEFAULT_KUBERNETES_VERSION})`,
    value: 'version',
  },
  config: { type: 'string', short: 'c', help: 'configuration file (default: nearest .kubeplan.yaml)', value: 'file' },
  'no-config': { type: 'boolean', help: 'ignore any .kubeplan.yaml' },
} satisfies OptionSpecs;

export const command: Command = {
  summary: 'show what applying the manifests would do: objects, rollouts, scheduling',
  help: `Usage: kubeplan plan [options] [paths...]

Simulates applying the manifests (files, folders, or - for stdin; default the current folder) to a
cluster, offline: admission (namespaces, LimitRange, ResourceQuota), controllers (rollouts step by
step), the scheduler, and the resulting state diff. Objects the API server would refuse (schema
errors and the lint rules' refusals, see kubeplan explain) are not applied.

Options:
${formatOptionsHelp(PLAN_OPTIONS)}

The current state is empty unless --current or --base gives one. Pods and ReplicaSet hashes are
named deterministically (<owner>-<n>, synthetic hashes); scheduling ties go to the first node by name.

Exit codes: 0 everything schedules and every rollout completes, 1 otherwise (or an object the
API server would refuse), 2 usage or I/O error.`,
  async run(argv, io) {
    const { options, positionals } = parseCommandArgs('plan', argv, PLAN_OPTIONS);
    const { result, exitCode } = await runPlan(positionals, options, io);
    const format = (options.format ?? 'text') as PlanFormat;
    io.stdout.write(renderPlan(result, format, useColor(io)));
    return exitCode;
  },
};

export function renderPlan(result: Plan, format: PlanFormat, color: boolean): string {
  switch (format) {
    case 'json':
      return renderPlanJson(result);
    case 'markdown':
      return renderPlanMarkdown(result);
    default:
      return renderPlanText(result, { color });
  }
}

/** What a caller already read (`kubeplan check`): the configuration, the objects it linted and what lint found the API server would refuse. */
export interface PlanSources {
  config: ParsedConfig | null;
  desired: readonly Resource[];
  refusals: Refusals;
}

export interface PlanRun {
  result: Plan;
  exitCode: number;
  /** Everything schedules, every rollout completes, nothing is refused (planSucceeded). */
  succeeded: boolean;
  /** A path could not be read (exit 2). */
  ioError: boolean;
  /**
   * The objects a plan problem can be located at, in order of preference: the manifests, then
   * the --current files. Objects read at a --base ref are not here: their files are not on disk.
   */
  located: readonly Resource[];
}

/**
 * Everything `kubeplan plan` does before printing; `check` and the Action reuse it. With
 * `sources`, the configuration and the desired objects are not read again (stdin can be read
 * once only), and their parse problems are the caller's to report.
 */
export async function runPlan(
  positionals: string[],
  options: ParsedOptions<typeof PLAN_OPTIONS>,
  io: CliIo,
  sources?: PlanSources,
): Promise<PlanRun> {
  const config = sources ? sources.config : await loadCommandConfig(options, io);
  const settings = config?.config ?? {};
  const kubernetesVersion = normalizeVersion(options['kubernetes-version'] ?? settings.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION);
  const ignore = buildIgnoreMatcher(config, io.cwd);
  const paths = positionals.length > 0 ? positionals : ['.'];

  const findings: Finding[] = [];
  let ioError = false;
  let desired: readonly Resource[];
  // the manifests when read here, not by the caller
  let own: ParsedInputs | null = null;
  // the current state counts too: a cluster's export can be larger than the manifests
  const onRead = watchForLongRun(io);
  if (sources) desired = sources.desired;
  else {
    const read = await readInputs(paths, { cwd: io.cwd, readStdin: io.readStdin, ignore, onRead });
    own = parseInputs(read.files);
    desired = own.resources;
    findings.push(...read.findings, ...own.findings);
    ioError = read.ioError;
  }

  const current: Resource[] = [];
  if (options.current && options.current.length > 0) {
    const currentRead = await readInputs(options.current, { cwd: io.cwd, readStdin: io.readStdin, onRead });
    const parsed = parseInputs(currentRead.files);
    current.push(...parsed.resources);
    findings.push(...currentRead.findings, ...parsed.findings);
    ioError ||= currentRead.ioError;
  }
  const fromFiles = [...desired, ...current];
  if (options.base !== undefined) {
    const base = await readGitRef(options.base, paths, { cwd: io.cwd, ...(ignore ? { ignore } : {}) });
    const atBase = (file: string) => `${options.base}:${file}`;
    const parsed = parseInputs(base.files.map((f) => ({ file: atBase(f.file), text: f.text })));
    current.push(...parsed.resources);
    findings.push(...base.findings.map((f) => ({ ...f, file: atBase(f.file) })), ...parsed.findings);
  }

  // Without --cluster or a cluster: section, the nodes of a live export are the cluster.
  const exportedNodes = options.cluster === undefined && config?.config.cluster === undefined ? current.filter(isNodeObject) : [];
  const cluster = exportedNodes.some((r) => r.kind === 'Node') ? buildClusterModel({ config: config?.config.cluster, nodes: exportedNodes }).model : await loadCluster(options.cluster, config, io);
  // the scheduler filters and scores every pod on every node: a large cluster is a long run whatever the manifests
  if (cluster.nodes.length >= LONG_RUN_NODES) io.expectLongRun?.();
  for (const f of findings) io.stderr.write(`kubeplan: ${f.file}:${f.line}:${f.column}: ${f.message}\n`);
  const refusals = own ? await findRefusals(own, current, config, kubernetesVersion, io) : sources!.refusals;
  const result = plan({ desired, current, cluster, refusals, options: { kubernetesVersion } });
  const succeeded = planSucceeded(result);
  const exitCode = ioError ? 2 : succeeded && findings.length === 0 ? 0 : 1;
  return { result, exitCode, succeeded, ioError, located: fromFiles };
}

/** A Node, or the CSINode that tells its volume limits. */
function isNodeObject(r: Resource): boolean {
  return r.kind === 'Node' || r.kind === 'CSINode';
}

/** Nodes from which a plan counts as a long run (see CliIo.expectLongRun): 1,000 nodes and 10,000 pods plan 4% faster. */
const LONG_RUN_NODES = 100;

/**
 * The cluster model: --cluster FILE, else the configuration's cluster section (validated with
 * the rest of the configuration when it was read), else the default.
 */
async function loadCluster(file: string | undefined, config: ParsedConfig | null, io: CliIo): Promise<ClusterModel> {
  let source: ClusterModelSource = config?.config.cluster ? { config: config.config.cluster } : {};
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch {
      throw new UsageError(`cannot read cluster file ${file}`);
    }
    const parsed = parseInputs([{ file, text }]);
    const document = parsed.sources[0]?.documents[0] ?? null;
    // The short form is no Kubernetes object: only syntax errors count here.
    const problems = parsed.findings.filter((f) => f.rule === 'yaml').map((f) => `  ${file}:${f.line}:${f.column}  ${f.message}`);
    const nodes = parsed.resources.filter(isNodeObject);
    if (problems.length === 0 && nodes.some((r) => r.kind === 'Node')) {
      // Node objects keep the configured NodePort range.
      source = { ...source, nodes };
    } else if (problems.length === 0) {
      // The short form: a cluster: section (a .kubeplan.yaml) or the section's content.
      const value = document?.value;
      const inSection = isObject(value) && 'cluster' in value;
      const section = inSection ? value.cluster : value;
      if (!isObject(section) || !('nodePools' in section || 'nodePortRange' in section)) {
        problems.push(`  ${file}:1:1  expected Node objects (kubectl get nodes -o yaml) or node pools (nodePools: …, or cluster: { nodePools: … })`);
      } else {
        for (const p of validateClusterSection(section, inSection ? ['cluster'] : [])) {
          const at = document?.locate(p.path, 'key') ?? { line: 1, column: 1 };
          problems.push(`  ${file}:${at.line}:${at.column}  ${p.message}`);
        }
        if (problems.length === 0) source = { config: { ...source.config, ...(section as ClusterSection) } };
      }
    }
    if (problems.length > 0) throw new UsageError(`invalid cluster file ${file}:\n${problems.join('\n')}`);
  }
  const { model, problems } = buildClusterModel(source);
  if (problems.length > 0) {
    throw new UsageError(`invalid cluster model:\n${problems.map((p) => `  ${p.resource ? `${p.resource.file}: ` : ''}${p.message}`).join('\n')}`);
  }
  return model;
}

/** "v1.34.2" → "1.34"; anything that is not a 1.x version is a usage error. */
function normalizeVersion(version: string): string {
  const match = /^v?(1\.[0-9]+)(\.[0-9]+)?$/.exec(version.trim());
  if (!match) throw new UsageError(`--kubernetes-version must look like 1.34 (got "${version}")`);
  return match[1]!;
}
