import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../core/errors';
import { type OptionSpecs, type ParsedOptions, formatOptionsHelp, parseCommandArgs } from '../args';
import { type CliIo, isInteractive } from '../cli-io';
import {
  CONFIG_FILE,
  type InitAnswers,
  type InitFile,
  type NodePoolAnswer,
  PRE_COMMIT_FILE,
  WORKFLOW_FILE,
  buildInitFiles,
  validate,
} from '../init-files';
import type { Command } from '../main';
import { DEFAULT_KUBERNETES_VERSION, REPOSITORY, VERSION } from '../version';

const PRESETS = ['recommended', 'strict', 'minimal'] as const;

const OPTIONS = {
  yes: { type: 'boolean', short: 'y', help: 'no questions: use the flags given and the defaults for the rest' },
  'kubernetes-version': { type: 'string', help: `target Kubernetes minor version (default ${DEFAULT_KUBERNETES_VERSION})`, value: 'version' },
  preset: { type: 'string', help: 'rule preset (default recommended)', value: 'preset', choices: PRESETS },
  'no-strict': { type: 'boolean', help: 'unknown fields are not errors' },
  'node-pool': {
    type: 'string',
    multiple: true,
    help: 'a node pool for kubeplan plan, NAME:COUNT:CPU:MEMORY (e.g. general:3:4:16Gi); repeatable; default cluster without',
    value: 'pool',
  },
  paths: { type: 'string', help: 'the folder with your manifests (default .)', value: 'folder' },
  'pre-commit': { type: 'boolean', help: `also write ${PRE_COMMIT_FILE} with the kubeplan-lint hook` },
  'github-workflow': { type: 'boolean', help: `also write ${WORKFLOW_FILE}` },
  force: { type: 'boolean', help: 'overwrite files that exist (never done without it or a yes at the prompt)' },
} satisfies OptionSpecs;

type InitOptions = ParsedOptions<typeof OPTIONS>;

export const command: Command = {
  summary: 'set up kubeplan: .kubeplan.yaml, pre-commit and GitHub workflow',
  help: `Usage: kubeplan init [options]

Asks a few questions (Kubernetes version, rule preset, strictness, cluster, pre-commit hook, GitHub
workflow) and writes ${CONFIG_FILE} and the chosen snippets. Existing files are never overwritten
without a yes at the prompt or --force. Without a terminal, pass --yes and the flags below.

Options:
${formatOptionsHelp(OPTIONS)}

Example: kubeplan init --yes --preset strict --paths k8s --pre-commit --github-workflow`,
  async run(argv, io) {
    const { options, positionals } = parseCommandArgs('init', argv, OPTIONS);
    if (positionals.length > 0) throw new UsageError(`'kubeplan init' takes no arguments (got "${positionals[0]}"); it writes to the current folder`);
    if (options.yes) return writeAll(buildInitFiles(answersFromFlags(options), TOOL), io, Boolean(options.force));
    if (!io.prompts || !io.stdinIsTTY || !isInteractive(io, io.stdout)) {
      io.stderr.write(nonInteractiveHelp());
      return 2;
    }
    return runWizard(options, io);
  },
};

const TOOL = { version: VERSION, repository: REPOSITORY };

function nonInteractiveHelp(): string {
  return `kubeplan init asks its questions on a terminal, and this is not one (or CI is set).
Pass --yes with the answers as flags instead, for example:

  kubeplan init --yes --kubernetes-version ${DEFAULT_KUBERNETES_VERSION} --preset recommended --paths k8s \\
    --node-pool general:3:4:16Gi --pre-commit --github-workflow

Flags:
${formatOptionsHelp(OPTIONS)}
`;
}

/** Answers from flags alone (--yes); every value is validated as the prompts validate it. */
export function answersFromFlags(options: InitOptions): InitAnswers {
  const check = (error: string | undefined, flag: string, value: string) => {
    if (error) throw new UsageError(`--${flag} must be ${error} (got "${value}")`);
  };
  const version = options['kubernetes-version'] ?? DEFAULT_KUBERNETES_VERSION;
  check(validate.kubernetesVersion(version), 'kubernetes-version', version);
  const paths = options.paths ?? '.';
  check(validate.paths(paths), 'paths', paths);
  const nodePools = (options['node-pool'] ?? []).map((spec) => {
    const [name = '', count = '', cpu = '', memory = '', ...rest] = spec.split(':');
    const problem =
      rest.length > 0 ? 'NAME:COUNT:CPU:MEMORY' : (validate.poolName(name) ?? validate.count(count) ?? validate.cpu(cpu) ?? validate.memory(memory));
    check(problem && `NAME:COUNT:CPU:MEMORY with ${problem}`, 'node-pool', spec);
    return { name: name.trim(), count: Number(count), cpu: cpu.trim(), memory: memory.trim() };
  });
  const names = nodePools.map((p) => p.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) check(`NAME:COUNT:CPU:MEMORY with a name not used by another pool`, 'node-pool', duplicate);
  return {
    kubernetesVersion: version.replace(/^v/, ''),
    preset: (options.preset ?? 'recommended') as InitAnswers['preset'],
    strict: !options['no-strict'],
    nodePools,
    paths: paths.trim(),
    preCommit: Boolean(options['pre-commit']),
    githubWorkflow: Boolean(options['github-workflow']),
  };
}

/** Writes the files, refusing (exit 2, nothing written) when one exists and --force is not given. */
async function writeAll(files: InitFile[], io: CliIo, force: boolean): Promise<number> {
  const existing = files.filter((f) => existsSync(resolve(io.cwd, f.path)));
  if (existing.length > 0 && !force) {
    io.stderr.write(
      `kubeplan: ${existing.map((f) => f.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing written. ` +
        'Use --force to overwrite, or run kubeplan init on a terminal to choose file by file.\n',
    );
    return 2;
  }
  for (const f of files) await writeInitFile(io, f);
  io.stdout.write(files.map((f) => `wrote ${f.path}\n`).join(''));
  return 0;
}

async function writeInitFile(io: CliIo, f: InitFile): Promise<void> {
  const target = resolve(io.cwd, f.path);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  } catch (error) {
    throw new UsageError(`cannot write ${f.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The interactive wizard; flags given on the command line pre-fill the prompts' defaults. */
async function runWizard(options: InitOptions, io: CliIo): Promise<number> {
  const p = await import('@clack/prompts');
  const streams = { input: io.prompts!.input, output: io.prompts!.output };
  const cancelled = () => {
    p.cancel('Nothing written.', streams);
    return 2;
  };
  const ask = async <T>(answer: Promise<T>): Promise<Exclude<T, symbol> | null> => {
    const value = await answer;
    return p.isCancel(value) ? null : (value as Exclude<T, symbol>);
  };
  const asText = (message: string, initialValue: string, check: (v: string) => string | undefined) =>
    ask(p.text({ message, initialValue, validate: (v) => check(v ?? ''), ...streams }));

  p.intro(`kubeplan init ${VERSION}`, streams);
  const version = await asText('Target Kubernetes version', options['kubernetes-version'] ?? DEFAULT_KUBERNETES_VERSION, validate.kubernetesVersion);
  if (version === null) return cancelled();
  const preset = await ask(
    p.select<InitAnswers['preset']>({
      message: 'Rule preset',
      initialValue: (options.preset ?? 'recommended') as InitAnswers['preset'],
      options: [
        { value: 'recommended', label: 'recommended', hint: 'correctness errors, best-practice and security warnings' },
        { value: 'strict', label: 'strict', hint: 'every rule; warnings become errors' },
        { value: 'minimal', label: 'minimal', hint: 'correctness only' },
      ],
      ...streams,
    }),
  );
  if (preset === null) return cancelled();
  const strict = await ask(p.confirm({ message: 'Treat unknown fields as errors, as kubectl apply does (strict)?', initialValue: !options['no-strict'], ...streams }));
  if (strict === null) return cancelled();
  const profile = await ask(
    p.select<'default' | 'pools'>({
      message: 'Cluster for kubeplan plan',
      initialValue: options['node-pool']?.length ? 'pools' : 'default',
      options: [
        { value: 'default', label: 'default', hint: '3 nodes × 4 CPU / 16Gi over 3 zones' },
        { value: 'pools', label: 'my node pools', hint: 'name, node count, CPU and memory of each pool' },
      ],
      ...streams,
    }),
  );
  if (profile === null) return cancelled();
  const nodePools: NodePoolAnswer[] = [];
  while (profile === 'pools') {
    const n = nodePools.length + 1;
    const name = await asText(`Pool ${n}: name`, n === 1 ? 'general' : `pool-${n}`, (v) => validate.poolName(v) ?? (nodePools.some((x) => x.name === v.trim()) ? 'a name not used by another pool' : undefined));
    if (name === null) return cancelled();
    const count = await asText(`Pool ${n}: number of nodes`, '3', validate.count);
    if (count === null) return cancelled();
    const cpu = await asText(`Pool ${n}: CPU per node`, '4', validate.cpu);
    if (cpu === null) return cancelled();
    const memory = await asText(`Pool ${n}: memory per node`, '16Gi', validate.memory);
    if (memory === null) return cancelled();
    nodePools.push({ name: name.trim(), count: Number(count), cpu: cpu.trim(), memory: memory.trim() });
    const more = await ask(p.confirm({ message: 'Add another node pool?', initialValue: false, ...streams }));
    if (more === null) return cancelled();
    if (!more) break;
  }
  const paths = await asText('Folder with your manifests', options.paths ?? '.', validate.paths);
  if (paths === null) return cancelled();
  const extras = await ask(
    p.multiselect<'pre-commit' | 'github'>({
      message: 'Also add',
      required: false,
      initialValues: [...(options['pre-commit'] ? ['pre-commit' as const] : []), ...(options['github-workflow'] ? ['github' as const] : [])],
      options: [
        { value: 'pre-commit', label: PRE_COMMIT_FILE, hint: 'lint changed manifests on git commit' },
        { value: 'github', label: WORKFLOW_FILE, hint: 'annotations, job summary and code scanning on pull requests' },
      ],
      ...streams,
    }),
  );
  if (extras === null) return cancelled();

  const answers: InitAnswers = {
    kubernetesVersion: version.trim().replace(/^v/, ''),
    preset,
    strict,
    nodePools,
    paths: paths.trim(),
    preCommit: extras.includes('pre-commit'),
    githubWorkflow: extras.includes('github'),
  };
  const written: string[] = [];
  for (const file of buildInitFiles(answers, TOOL)) {
    if (existsSync(resolve(io.cwd, file.path)) && !options.force) {
      const overwrite = await ask(p.confirm({ message: `${file.path} exists. Overwrite it?`, initialValue: false, ...streams }));
      if (overwrite === null) return cancelled();
      if (!overwrite) {
        p.note(file.content.trimEnd(), `Not written: merge this into ${file.path} yourself`, streams);
        continue;
      }
    }
    await writeInitFile(io, file);
    written.push(file.path);
  }
  p.outro(written.length > 0 ? `Wrote ${written.join(', ')}. Next: kubeplan lint ${answers.paths}` : 'Nothing written.', streams);
  return 0;
}
