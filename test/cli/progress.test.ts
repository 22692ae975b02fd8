import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { startProgress } from '../../src/cli/progress';
import { runCli } from '../support/cli';

function fakeIo(tty: boolean, env: Record<string, string> = {}, now: () => number = () => 0): { io: CliIo; stderr: () => string } {
  let err = '';
  const io: CliIo = {
    stdout: { write: () => {}, isTTY: tty },
    stderr: { write: (t) => void (err += t), isTTY: tty },
    stdinIsTTY: tty,
    readStdin: async () => '',
    env,
    cwd: '.',
    now,
  };
  return { io, stderr: () => err };
}

describe('progress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('on a terminal, appears only after the delay, redraws with the current phase, and clears its line', () => {
    const { io, stderr } = fakeIo(true);
    const progress = startProgress(io, { delayMs: 1000, intervalMs: 80 });
    progress.update('reading manifests');
    vi.advanceTimersByTime(999);
    expect(stderr()).toBe(''); // quick runs print nothing extra
    vi.advanceTimersByTime(1);
    expect(stderr()).toBe('\r⠋ reading manifests\u001b[K');
    progress.update('linting 12,000 resources');
    vi.advanceTimersByTime(80);
    expect(stderr()).toBe('\r⠋ reading manifests\u001b[K\r⠙ linting 12,000 resources\u001b[K\r⠹ linting 12,000 resources\u001b[K');
    progress.stop();
    expect(stderr().endsWith('\r\u001b[K')).toBe(true);
    const before = stderr();
    vi.advanceTimersByTime(5000);
    expect(stderr()).toBe(before);
  });

  it('a phase that starts after the delay shows at once, even when a long synchronous step kept the timer from firing', () => {
    let clock = 0;
    const { io, stderr } = fakeIo(true, {}, () => clock);
    const progress = startProgress(io, { delayMs: 1000 });
    progress.update('parsing 200 files');
    expect(stderr()).toBe('');
    clock = 2500; // parsing ran synchronously for 2.5 s: no timer could fire
    progress.update('linting 20,000 resources');
    expect(stderr()).toBe('\r⠋ linting 20,000 resources\u001b[K');
    progress.stop();
    progress.update('late');
    expect(stderr()).toBe('\r⠋ linting 20,000 resources\u001b[K\r\u001b[K');
  });

  it('a run that ends before the delay leaves stderr empty', () => {
    const { io, stderr } = fakeIo(true);
    const progress = startProgress(io);
    progress.update('parsing 3 files');
    vi.advanceTimersByTime(500);
    progress.stop();
    vi.advanceTimersByTime(5000);
    expect(stderr()).toBe('');
  });

  it.each([
    ['a pipe', false, {}],
    ['CI', true, { CI: 'true' }],
    ['GitHub Actions', true, { GITHUB_ACTIONS: 'true' }],
  ])('prints nothing in %s', (_, tty, env) => {
    const { io, stderr } = fakeIo(tty, env);
    const progress = startProgress(io, { delayMs: 0 });
    expect(progress.active).toBe(false);
    progress.update('reading');
    vi.advanceTimersByTime(10_000);
    progress.stop();
    expect(stderr()).toBe('');
  });
});

describe('lint output in CI', () => {
  it('has nothing but the findings on a terminal in CI', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'github', 'test/fixtures/cli/app'], { tty: true, env: { CI: 'true' } });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
