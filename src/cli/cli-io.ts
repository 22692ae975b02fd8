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
  /**
   * Called as soon as a command knows its run will be long (lint and plan: a large input, while
   * reading, see watchForLongRun; plan: a large cluster): the process may tune the JavaScript
   * engine for it. Later calls change nothing.
   */
  expectLongRun?(): void;
}

/**
 * A readInputs `onRead` that calls io.expectLongRun once the manifests read reach LONG_RUN_CHARS:
 * told while reading, before V8 sizes its heap for the rest of the run.
 */
export function watchForLongRun(io: CliIo): (text: string) => void {
  let chars = 0;
  return (text) => {
    if (chars < LONG_RUN_CHARS && (chars += text.length) >= LONG_RUN_CHARS) io.expectLongRun?.();
  };
}

/**
 * Manifests from which a run counts as long (some hundred objects). Measured with lint: at 140 to
 * 920 KB of manifests the tuning makes a run 10-20% faster; at 100 KB it gains what it costs. The
 * build's training runs of the CLI (scripts/make-code-cache.mjs, ~70 KB) must stay below it: V8
 * refuses a code cache made under other flags.
 */
const LONG_RUN_CHARS = 128_000;

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
