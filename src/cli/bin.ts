import type { CliIo } from './cli-io';
import { execute } from './main';

// A reader that stops early (`kubeplan plan | head`) closes the pipe: what is left to print goes
// nowhere, quietly, as with Unix tools, and the exit code is still the run's, not a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

/** The process edge: builds the real CliIo and sets the exit code. Nothing else touches `process`. */
const io: CliIo = {
  stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY },
  stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY },
  stdinIsTTY: Boolean(process.stdin.isTTY),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  env: process.env,
  cwd: process.cwd(),
  now: () => performance.now(),
  prompts: { input: process.stdin, output: process.stdout },
};

process.exitCode = await execute(process.argv.slice(2), io);
