import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io';
import { execute } from '../../src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in memory, as a non-TTY process would (no colour, no timings). */
export async function runCli(
  argv: string[],
  options: {
    cwd?: string;
    stdin?: string;
    env?: Record<string, string>;
    tty?: boolean;
    /** Terminal streams for prompts (kubeplan init), e.g. from driveTerminal. */
    prompts?: { input: Readable; output: Writable };
    /** Called when a command announces a long run. */
    expectLongRun?: () => void;
  } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t) => void (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t) => void (stderr += t), isTTY: options.tty ?? false },
    stdinIsTTY: options.tty ?? false,
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? {},
    cwd: resolve(options.cwd ?? '.'),
    now: () => 0,
    ...(options.prompts ? { prompts: options.prompts } : {}),
    ...(options.expectLongRun ? { expectLongRun: options.expectLongRun } : {}),
  };
  const code = await execute(argv, io);
  return { code, stdout, stderr };
}
