import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const built = existsSync('dist/kubeplan.cjs');

/** Runs the real binary and closes its standard output after the first chunk, as `| head` does. */
function runUntilFirstChunk(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/kubeplan.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Runs the real binary with its standard output on a pipe that is read only after `delay` ms. */
function runWithSlowReader(args: string[], cwd: string, delay: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(process.cwd(), 'bin/kubeplan.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.pause();
    child.stdout.on('data', (chunk) => (stdout += chunk));
    setTimeout(() => child.stdout.resume(), delay);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!built)('a reader slower than the run (kubeplan … | less)', () => {
  it('still gets every byte: the process ends only once its output is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-pipe-'));
    const docs = Array.from({ length: 2000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\ndata:\n  key: value-${i}\n`);
    writeFileSync(join(dir, 'many.yaml'), docs.join('---\n'));
    const args = ['plan', '--no-config', '--format', 'json', 'many.yaml'];
    const expected = await runCli(args, { cwd: dir });
    expect(expected.stdout.length).toBeGreaterThan(4 * 65536); // several pipe buffers

    const slow = await runWithSlowReader(args, dir, 300);
    expect(slow.stderr).toBe('');
    expect(slow.code).toBe(expected.code);
    expect(slow.stdout).toBe(expected.stdout);
  });
});

describe.skipIf(!built)('a reader that stops early (kubeplan … | head)', () => {
  it('ends the run quietly with its own exit code, no EPIPE stack trace', async () => {
    // far more output than a pipe buffers (64 KiB): 2,000 ConfigMaps make a long plan
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-pipe-'));
    const file = join(dir, 'many.yaml');
    const docs = Array.from({ length: 2000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\ndata:\n  key: value-${i}\n`);
    writeFileSync(file, docs.join('---\n'));

    const plan = await runUntilFirstChunk(['plan', '--no-config', file]);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);

    const pods = join(dir, 'pods.yaml');
    const podDocs = Array.from({ length: 500 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-${i}\nspec:\n  containers:\n    - name: web\n      image: nginx\n`);
    writeFileSync(pods, podDocs.join('---\n'));
    const lint = await runUntilFirstChunk(['lint', '--no-config', '--fail-on', 'warning', '--format', 'json', pods]);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1); // the findings (a latest tag, no probes…) still decide
  });
});

if (!built) {
  describe('a reader that stops early', () => {
    it.skip('skipped: dist/ is not built (npm ci builds it; or npm run build)', () => {});
  });
}
