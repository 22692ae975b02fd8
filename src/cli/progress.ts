import { type CliIo, isInteractive } from './cli-io';

/** A progress line on stderr for long runs; a no-op outside an interactive terminal. */
export interface Progress {
  /** Whether anything can ever be shown (an interactive terminal). */
  readonly active: boolean;
  /** The current phase ("reading 120 files", "linting 3,200 resources"). */
  update(text: string): void;
  /** Lets the event loop run so the spinner can draw; free when inactive. */
  pause(): Promise<void>;
  /** Clears the line. */
  stop(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
export const NO_PROGRESS: Progress = { active: false, update() {}, pause: async () => {}, stop() {} };

/** Runs `work` with a progress line (on a terminal), stopped however the work ends. */
export async function withProgress<T>(io: CliIo, work: (progress: Progress) => Promise<T>): Promise<T> {
  const progress = startProgress(io);
  try {
    return await work(progress);
  } finally {
    progress.stop();
  }
}

/**
 * Starts a spinner that appears only once the run has taken `delayMs` (about a second), so quick
 * runs print nothing extra. Only on an interactive stderr: never in CI, pipes or files.
 */
export function startProgress(io: CliIo, options: { delayMs?: number; intervalMs?: number } = {}): Progress {
  if (!isInteractive(io, io.stderr)) return NO_PROGRESS;
  const { delayMs = 1000, intervalMs = 80 } = options;
  const started = io.now();
  let text = '';
  let frame = 0;
  let shown = false;
  let stopped = false;
  let interval: ReturnType<typeof setInterval> | undefined;
  const draw = () => {
    shown = true;
    io.stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${text}\u001b[K`);
  };
  const timer = setTimeout(() => {
    draw();
    interval = setInterval(draw, intervalMs);
    interval.unref?.();
  }, delayMs);
  timer.unref?.();
  return {
    active: true,
    update(next) {
      text = next;
      // Long synchronous phases keep the timer from firing: a phase that starts late shows at once.
      if (!stopped && (shown || io.now() - started >= delayMs)) draw();
    },
    // A timer, not setImmediate: the spinner's own (expired) timer runs in the same phase, first.
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (interval) clearInterval(interval);
      if (shown) io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
