import { UsageError } from '../core/errors';
import { own } from '../core/own';
import type { CliIo } from './cli-io';
import { VERSION } from './version';

/** A CLI command: loaded only when invoked, so `kubeplan lint` never loads the planner. */
export interface Command {
  summary: string;
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  lint: { summary: 'check manifests: YAML, schemas and lint rules', load: () => import('./commands/lint') },
  plan: { summary: 'show what applying the manifests would do: objects, rollouts, scheduling', load: () => import('./commands/plan') },
  check: { summary: 'lint, then plan: one report, one exit code (for CI)', load: () => import('./commands/check') },
  init: { summary: 'set up kubeplan: .kubeplan.yaml, pre-commit and GitHub workflow', load: () => import('./commands/init') },
  rules: { summary: 'list the lint rules', load: () => import('./commands/rules') },
  explain: { summary: "print a rule's documentation", load: () => import('./commands/explain') },
};

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Runs the CLI and returns the exit code; only bin.ts turns it into process.exitCode. */
export async function execute(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? rest[0] : undefined;
      const command = topic === undefined ? undefined : own(COMMANDS, topic);
      if (command) {
        io.stdout.write(`${(await command.load()).command.help}\n`);
        return EXIT.ok;
      }
      io.stdout.write(formatHelp());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const entry = own(COMMANDS, name);
    if (!entry) throw new UsageError(`unknown command "${name}"\n\n${formatCommandList()}`);
    const { command } = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kubeplan: ${error.message}\n`);
      return EXIT.usage;
    }
    // A bug, not a user mistake: keep the stack so it can be reported.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`kubeplan: internal error (please report it): ${detail}\n`);
    return EXIT.usage;
  }
}

function formatCommandList(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return `Commands:\n${Object.entries(COMMANDS)
    .map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`)
    .join('\n')}`;
}

function formatHelp(): string {
  return `kubeplan ${VERSION}: lint Kubernetes manifests and plan what applying them would do, offline.

Usage: kubeplan <command> [options] [paths...]

${formatCommandList()}

Run 'kubeplan <command> --help' for a command's options.
Exit codes: 0 clean, 1 findings at or above --fail-on (or, for plan and check, a pod that cannot
be scheduled or a rollout that stalls), 2 usage or I/O error.
`;
}
