import type { Readable, Writable } from 'node:stream';

/**
 * Everything the CLI needs from the process, injected so that tests drive commands in memory.
 * Only src/cli/bin.ts builds the real one from `process`.
 */
export interface OutputStream {
  write(text: string): void;
  readonly isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** True when stdin is an interactive terminal (the init wizard needs one). */
  stdinIsTTY: boolean;
  /** Standard input: its bytes (the process's), or a text (tests, the Action). */
  readStdin(): Promise<string | Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Milliseconds, monotonic; used only for timings shown on a TTY. */
  now(): number;
  /** The terminal's streams for interactive prompts (kubeplan init); absent when there is none to offer. */
  prompts?: { input: Readable; output: Writable };
  /** Called once, as soon as a command knows its input is large (lint: while reading): the process may tune the JavaScript engine for a long run. */
  expectLongRun?(): void;
}

/** Colour only for a terminal, and never when NO_COLOR is set or TERM is dumb; FORCE_COLOR wins. */
export function useColor(io: CliIo, stream: OutputStream = io.stdout): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && io.env.TERM !== 'dumb';
}

/** The one place where "are we in CI?" is decided: no spinners, no prompts, no timings there. */
export function isInteractive(io: CliIo, stream: OutputStream = io.stderr): boolean {
  return Boolean(stream.isTTY) && !io.env.CI && !io.env.GITHUB_ACTIONS;
}
