import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { CORPUS_ABSENT, corpusPresent as present } from '../support/corpus';

/** The corpus as a user names it on the command line, relative to the repository. */
const CORPUS = join('..', 'shared', 'corpus');

describe.skipIf(!present)('kubeplan lint on the corpus of real manifests (../shared/corpus)', () => {
  // every rule, the opt-in ones included
  const config = join(mkdtempSync(join(tmpdir(), 'kubeplan-corpus-')), 'strict.yaml');
  writeFileSync(config, 'preset: strict\n');

  it('runs every rule on every object without a crash, every finding located in a corpus file, the same bytes twice', async () => {
    const first = await runCli(['lint', '--config', config, '--format', 'json', CORPUS]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1); // findings, but no I/O error
    const report = JSON.parse(first.stdout) as { summary: { resources: number }; findings: { rule: string; file: string; line: number }[] };
    expect(report.summary.resources).toBeGreaterThan(1000);
    expect(report.findings.filter((f) => f.rule === 'rule-crash')).toEqual([]);
    for (const f of report.findings) {
      expect(f.file.startsWith(CORPUS), f.file).toBe(true);
      expect(f.line, `${f.file} ${f.rule}`).toBeGreaterThanOrEqual(1);
    }
    const second = await runCli(['lint', '--config', config, '--format', 'json', CORPUS]);
    expect(second.stdout).toBe(first.stdout);
  });

  it.each(['text', 'sarif', 'github', 'junit'])('renders the whole corpus report as %s', async (format) => {
    const r = await runCli(['lint', '--config', config, '--format', format, CORPUS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeGreaterThan(1000);
  });
});

if (!present) {
  describe('kubeplan lint on the corpus of real manifests', () => {
    it.skip(CORPUS_ABSENT, () => {});
  });
}
