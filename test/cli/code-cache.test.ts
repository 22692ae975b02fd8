import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';

const built = existsSync('dist/kubeplan.cjs');

/** Prints whether V8 refused the package's code cache (compiling the bundle, not running it). */
const REFUSED = "import('./bin/bundle.js').then((b) => console.log(String(b.compileBundle().cachedDataRejected)))";
const refused = (cwd: string) => spawnSync(process.execPath, ['-e', REFUSED], { cwd, encoding: 'utf8' }).stdout;

const run = (cwd: string, bin: string, args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe.skipIf(!built)('the CLI bundle and its V8 code cache (bin/bundle.js, made by npm run build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubeplan-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('V8 accepts the cache the build made, in a process with default flags', () => {
    expect(refused(process.cwd())).toBe('false\n');
  });

  it('trains on inputs that show what the rules\' documented examples do not (scripts/code-cache/)', () => {
    // the schemas' error paths and the JSON reader must stay in the cache: each file has objects the schemas refuse
    const { status, stdout } = run(process.cwd(), 'bin/kubeplan.js', ['lint', '--config', 'scripts/code-cache.kubeplan.yaml', '--format', 'json', 'scripts/code-cache/']);
    expect(status).toBe(1);
    const schema = (JSON.parse(stdout) as { findings: { rule: string; file: string; line: number }[] }).findings
      .filter((f) => f.rule === 'schema')
      .map((f) => `${f.file}:${f.line}`);
    expect(schema).toEqual([
      'scripts/code-cache/config.json:5',
      'scripts/code-cache/mistakes.yaml:18',
      'scripts/code-cache/mistakes.yaml:43',
      'scripts/code-cache/mistakes.yaml:46',
      'scripts/code-cache/mistakes.yaml:47',
      'scripts/code-cache/mistakes.yaml:91',
    ]);
  });

  it('runs the bundle in strict mode (a write to a frozen object throws, as in the sources)', () => {
    expect(readFileSync('dist/kubeplan.cjs', 'utf8').split('\n', 1)[0]).toBe("'use strict';");
  });

  it('gives the same report with a foreign cache or none: V8 refuses it and compiles from source', () => {
    // a copy of the installed package whose cache is another script's
    const pkg = join(dir, 'package');
    for (const part of ['bin', 'dist', 'schemas', 'package.json']) cpSync(part, join(pkg, part), { recursive: true });
    symlinkSync(resolve('node_modules'), join(pkg, 'node_modules'));
    const manifest = resolve('examples/web.yaml');
    const args = ['lint', '--no-config', '--format', 'json', manifest];
    const expected = run(process.cwd(), 'bin/kubeplan.js', args);
    expect(expected.status).toBe(1); // without the repository's configuration, the example has errors
    expect(JSON.parse(expected.stdout).findings.length).toBeGreaterThan(0);

    writeFileSync(join(pkg, 'dist', 'kubeplan.cache'), new Script('"another script"').createCachedData());
    expect(refused(pkg)).toBe('true\n');
    const foreign = run(pkg, 'bin/kubeplan.js', args);
    expect([foreign.status, foreign.stderr, foreign.stdout]).toEqual([1, '', expected.stdout]);

    rmSync(join(pkg, 'dist', 'kubeplan.cache'));
    const none = run(pkg, 'bin/kubeplan.js', args);
    expect([none.status, none.stderr, none.stdout]).toEqual([1, '', expected.stdout]);
  });
});

if (!built) {
  describe('the CLI bundle and its V8 code cache', () => {
    it.skip('skipped: dist/ is not built (npm ci builds it; or npm run build)', () => {});
  });
}
