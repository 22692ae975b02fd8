import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CliIo } from './cli-io';
import { execute } from './main';

// A reader that stops early (`kubeplan plan | head`) closes the pipe: what is left to print goes
// nowhere, quietly, as with Unix tools, and the exit code is still the run's, not a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

/**
 * Standard output redirected to a file (or /dev/null) is written synchronously anyway: writing the
 * string straight to the descriptor skips the stream's copy of the whole report into a Buffer
 * (24 MB of JSON for 10,000 objects). Terminals and pipes keep the stream.
 */
const stdoutIsFile = (() => {
  if (process.stdout.isTTY) return false;
  try {
    const info = fstatSync(1);
    return info.isFile() || info.isCharacterDevice();
  } catch {
    return false;
  }
})();

let encoded: Buffer | undefined;

function writeStdout(text: string): void {
  if (!stdoutIsFile) {
    process.stdout.write(text);
    return;
  }
  // Slices keep a short write (which a regular file only makes on a full disk) detectable per slice.
  // Each is encoded once, into one reused buffer (three bytes per UTF-16 unit at most), which also
  // gives its length in bytes.
  const SLICE = 1 << 20;
  encoded ??= Buffer.allocUnsafe(3 * (SLICE + 1));
  for (let i = 0; i < text.length; i += SLICE) {
    let end = Math.min(i + SLICE, text.length);
    // never split a surrogate pair between two slices
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    const bytes = encoded.write(text.slice(i, end));
    if (writeSync(1, encoded, 0, bytes) !== bytes) throw new Error('short write to standard output');
    i = end - SLICE;
  }
}

/** The process edge: builds the real CliIo and sets the exit code. Nothing else touches `process`. */
const io: CliIo = {
  stdout: { write: writeStdout, isTTY: process.stdout.isTTY },
  stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY },
  stdinIsTTY: Boolean(process.stdin.isTTY),
  readStdin: async () => {
    // a folder as standard input (`< k8s/`) reads as nothing through the stream: refused, as a read is
    if (fstatSync(0).isDirectory()) throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks); // decoded and checked as a file is (src/io/read-inputs.ts)
  },
  env: process.env,
  cwd: process.cwd(),
  // process.hrtime, not performance.now(): the global `performance` loads perf_hooks (~0.6 ms) on first use
  now: () => Number(process.hrtime.bigint()) / 1e6,
  prompts: { input: process.stdin, output: process.stdout },
  // A large lint or plan run goes through much code a few thousand times each (the rules, the
  // parser, the schema walk, the controllers, the scheduler): V8's default eagerness to optimize
  // spends more CPU compiling than the optimized code saves. Waiting for six times more work
  // before optimizing a function measured 10-15% less wall time and 25% less CPU on 10,000
  // documents (npm run bench). And the run keeps nearly all it allocates until it prints
  // (documents, index, findings): a full collection in the middle finds little to free, so the
  // heap may grow to 11 times what the previous one kept before the next (V8's default is at most
  // 4 times): 6-7% less wall time, the same peak memory. Not for small runs: changing a flag costs
  // Node its code cache for the built-in modules still to load (~5 ms of a 100 ms run), and
  // node:v8 is loaded only here (~2 ms to import); see LONG_RUN_CHARS for where it pays.
  expectLongRun: () => {
    if (tunedForLongRun) return;
    tunedForLongRun = true;
    loadV8().setFlagsFromString('--interrupt-budget=400000 --heap-growing-percent=1000');
  },
};

let tunedForLongRun = false;

function loadV8(): typeof import('node:v8') {
  return createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
}

// a promise, not a top-level await: the bundle is a CommonJS script (see bin/bundle.js)
void execute(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  exitOnceFlushed();
});

/**
 * Ends the process once everything printed has been handed to the system. Left to itself, Node
 * waits for the event loop to empty and then frees the heap piece by piece before exiting: ~15 ms
 * after a large lint run, which keeps some 200 MB until it prints. A pipe may still queue output
 * (its reader is slow, or writes to it are asynchronous, as on macOS): then after its last write,
 * whose callback also comes when the reader has gone (EPIPE).
 */
function exitOnceFlushed(): void {
  const queued = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0);
  let waiting = queued.length;
  if (waiting === 0) process.exit();
  for (const stream of queued) stream.write('', () => --waiting === 0 && process.exit());
}
