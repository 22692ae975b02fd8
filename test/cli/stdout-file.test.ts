import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const built = existsSync('dist/kubeplan.cjs');
/** The CLI writes a report to a file in slices of this many UTF-16 units (src/cli/bin.ts). */
const SLICE = 1 << 20;

describe.skipIf(!built)('standard output redirected to a file (written in slices, each encoded once)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubeplan-stdout-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes exactly the report, an emoji split by the first slice boundary included', async () => {
    // every invalid label value is quoted in a finding: 3,000 of them make more than one slice of
    // JUnit XML (the JSON report comes in parts of a hundred findings, each far below a slice)
    const manifest = join(dir, 'unicode.yaml');
    const args = ['lint', '--no-config', '--format', 'junit', manifest];
    /** The input, the first three names lengthened by `shift` (< 600) letters in all, 200 at most each. */
    const render = async (shift: number) => {
      const docs = Array.from({ length: 3000 }, (_, i) => {
        const name = `c${i}${'a'.repeat(i < 3 ? Math.max(0, Math.min(200, shift - 200 * i)) : 0)}`;
        return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  labels:\n    app: "é${'😀'.repeat(40)}"\n`;
      });
      writeFileSync(manifest, docs.join('---\n'));
      return (await runCli(args)).stdout;
    };
    // lengthen the first findings (their object names) so that the boundary falls inside an emoji
    const plain = await render(0);
    let split = SLICE - 1;
    while ((plain.charCodeAt(split) & 0xfc00) !== 0xd800) split--;
    const expected = await render(SLICE - 1 - split);
    expect(expected.charCodeAt(SLICE - 1) & 0xfc00).toBe(0xd800);
    expect(expected.length).toBeGreaterThan(SLICE);

    const out = join(dir, 'report.json');
    const fd = openSync(out, 'w');
    const run = spawnSync(process.execPath, ['bin/kubeplan.js', ...args], { stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    expect(run.stderr.toString()).toBe('');
    expect(run.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });
});
