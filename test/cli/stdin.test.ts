import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const built = existsSync('dist/kubeplan.cjs');

/** The real binary with standard input from `stdin` (a file or a folder, opened for reading). */
function runWithStdin(args: string[], stdin: string): { status: number | null; stdout: string; stderr: string } {
  const fd = openSync(stdin, 'r');
  try {
    return spawnSync(process.execPath, ['bin/kubeplan.js', ...args], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!built)('standard input (-) of the real process', () => {
  it('reads a manifest piped in, and refuses a folder given as standard input instead of passing it as empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-stdin-'));
    try {
      writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {a: "1"}\n');
      const piped = runWithStdin(['lint', '--no-config', '-'], join(dir, 'cm.yaml'));
      expect(piped.status).toBe(0);
      expect(piped.stdout).toBe('✔ no problems in 1 file, 1 resource\n');
      const folder = runWithStdin(['lint', '--no-config', '-f', 'json', '-', join(dir, 'cm.yaml')], dir);
      expect(folder.status).toBe(2);
      const report = JSON.parse(folder.stdout) as { summary: { files: number; resources: number }; findings: { rule: string; file: string; message: string }[] };
      expect(report.findings.map((f) => [f.rule, f.file, f.message])).toEqual([['input', '<stdin>', 'cannot read: is a directory']]);
      expect(report.summary).toMatchObject({ files: 2, resources: 1 }); // the other input is still checked
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

if (!built) {
  describe('standard input (-) of the real process', () => {
    it.skip('skipped: dist/ is not built (npm ci builds it; or npm run build)', () => {});
  });
}
