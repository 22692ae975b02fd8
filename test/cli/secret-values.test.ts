import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

/**
 * Literal values that are secrets outside a Secret: env values whose name says so or that look like
 * a credential, ConfigMap values no-secrets-in-configmap would flag. No output format shows them,
 * whatever reports them (schema, a rule) and wherever (message, fix, code frame, baseline, plan diff).
 */
const DIR = 'test/fixtures/secret-values';
const POD = `${DIR}/pod.yaml`;
const ROLLOUT = `${DIR}/rollout.yaml`;
const BROKEN = `${DIR}/broken.yaml`;
const ARGUMENTS = `${DIR}/arguments.yaml`;

/** What arguments.yaml holds in args, command and annotations and no output may show. */
const ARGUMENT_SECRETS = [/tokenAfterFlag77/, /hunter2FromFlag/, /s3cretFromShell/, /20260417/, /abcdefghijklmnop1234/, /bGFzdEFwcGxpZWQ/];

/** What the fixtures hold and no output may show (511 is 0777 read as octal). */
const LINT_SECRETS = [/84920317/, /0777/, /\b511\b/, /\byes\b/i, /55512345/];

function expectNone(text: string, secrets: readonly RegExp[]): void {
  for (const secret of secrets) expect(text).not.toMatch(secret);
}

interface JsonFinding {
  rule: string;
  line: number;
  column: number;
  message: string;
  fix?: string;
}

const schemaAndCoercion = (stdout: string) =>
  (JSON.parse(stdout) as { findings: JsonFinding[] }).findings
    .filter((f) => f.rule === 'schema' || f.rule === 'no-yaml-type-coercion')
    .map(({ rule, line, column, message, fix }) => ({ rule, line, column, message, fix }));

describe('secret env and ConfigMap values in lint output', () => {
  it('text: the schema message hides the value as it does for Secret data, and the frame masks it', async () => {
    const r = await runCli(['lint', '--no-config', POD]);
    expect(r.code).toBe(1);
    expectNone(r.stdout, LINT_SECRETS);
    expect(r.stdout).toContain(
      [
        'error  schema  expected a string (value hidden)',
        `  ${POD}:13:18  Pod default/app`,
        '   11 |       env:',
        '   12 |         - name: DB_PASSWORD',
        ' > 13 |           value: ********',
        '      |                  ^^^^^^^^',
        '  fix: quote the value',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        'error  schema  expected a string (value hidden)',
        `  ${POD}:15:18  Pod default/app`,
        '   13 |           value: ********',
        '   14 |         - name: API_TOKEN',
        ' > 15 |           value: ****',
        '      |                  ^^^^',
        '  fix: quote the value',
      ].join('\n'),
    );
    // "yes" is harmless for no-secrets-in-env (it does not report it), but the name says secret
    expect(r.stdout).toContain(
      [
        'error  schema  expected a string (value hidden)',
        `  ${POD}:17:18  Pod default/app`,
        '   15 |           value: ****',
        '   16 |         - name: AWS_SECRET_ACCESS_KEY',
        ' > 17 |           value: ***',
        '      |                  ^^^',
        '  fix: quote the value',
      ].join('\n'),
    );
    // no secret: quoted as before
    expect(r.stdout).toContain(
      [
        'error  schema  expected a string, got number 3; quote it ("3")',
        `  ${POD}:19:18  Pod default/app`,
        '   17 |           value: ***',
        '   18 |         - name: LOG_LEVEL',
        ' > 19 |           value: 3',
        '      |                  ^',
        '  fix: quote the value: "3"',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        'error  schema  expected a string (value hidden)',
        `  ${POD}:26:18  ConfigMap default/settings`,
        '   24 |   name: settings',
        '   25 | data:',
        ' > 26 |   SMTP_PASSWORD: ********',
        '      |                  ^^^^^^^^',
        '  fix: quote the value',
      ].join('\n'),
    );
  });

  it('json: messages and fixes at the values, none of them quoting a secret', async () => {
    const r = await runCli(['lint', '--no-config', '-f', 'json', POD]);
    expectNone(r.stdout, LINT_SECRETS);
    expect(schemaAndCoercion(r.stdout)).toEqual([
      { rule: 'schema', line: 13, column: 18, message: 'expected a string (value hidden)', fix: 'quote the value' },
      { rule: 'schema', line: 15, column: 18, message: 'expected a string (value hidden)', fix: 'quote the value' },
      { rule: 'schema', line: 17, column: 18, message: 'expected a string (value hidden)', fix: 'quote the value' },
      { rule: 'schema', line: 19, column: 18, message: 'expected a string, got number 3; quote it ("3")', fix: 'quote the value: "3"' },
      { rule: 'schema', line: 26, column: 18, message: 'expected a string (value hidden)', fix: 'quote the value' },
      { rule: 'schema', line: 27, column: 12, message: 'expected a string, got number 5; quote it ("5")', fix: 'quote the value: "5"' },
    ]);
  });

  for (const format of ['sarif', 'github', 'junit']) {
    it(`${format}: no secret, the hidden-value message present`, async () => {
      const r = await runCli(['lint', '--no-config', '-f', format, POD]);
      expect(r.code).toBe(1);
      // SARIF describes the rules that reported, no-yaml-type-coercion's "on, off, yes, no" included
      const output = format === 'sarif' ? JSON.stringify({ ...JSON.parse(r.stdout), runs: JSON.parse(r.stdout).runs.map((run: { results: unknown }) => run.results) }) : r.stdout;
      expectNone(output, LINT_SECRETS);
      expect(r.stdout.split('expected a string (value hidden)').length - 1).toBeGreaterThanOrEqual(4);
    });
  }

  it('github: each hidden value annotated at its line', async () => {
    const r = await runCli(['lint', '--no-config', '-f', 'github', POD]);
    const schema = r.stdout.split('\n').filter((l) => l.includes('title=kubeplan schema'));
    expect(schema.map((l) => /line=(\d+),col=(\d+)/.exec(l)!.slice(1).join(':') + ' ' + l.slice(l.indexOf('::', 2) + 2).split('%0A')[0])).toEqual([
      '13:18 expected a string (value hidden)',
      '15:18 expected a string (value hidden)',
      '17:18 expected a string (value hidden)',
      '19:18 expected a string, got number 3; quote it ("3")',
      '26:18 expected a string (value hidden)',
      '27:12 expected a string, got number 5; quote it ("5")',
    ]);
  });

  it('the baseline file written by --update-baseline holds no secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-secret-baseline-'));
    try {
      const baseline = join(dir, 'b.json');
      const r = await runCli(['lint', '--no-config', '--baseline', baseline, '--update-baseline', POD]);
      expect(r.code).toBe(0);
      const text = readFileSync(baseline, 'utf8');
      expectNone(text, LINT_SECRETS);
      expect(text.split('"message": "expected a string (value hidden)"').length - 1).toBe(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a rule finding at a secret value (no-yaml-type-coercion in a custom resource) masks it in its message', async () => {
    const r = await runCli(['lint', '--no-config', '-f', 'json', ROLLOUT]);
    expect(r.stdout).not.toMatch(/0777|\b511\b/);
    expect(schemaAndCoercion(r.stdout)).toEqual([
      {
        rule: 'no-yaml-type-coercion',
        line: 14,
        column: 22,
        message: '*** is read as the number ***; quote it if you meant the text "***"',
        fix: 'quote the key or value ("on", "1.10") so that it stays the text you wrote',
      },
      {
        rule: 'no-yaml-type-coercion',
        line: 16,
        column: 22,
        message: '0644 is read as the number 420; quote it if you meant the text "0644"',
        fix: 'quote the key or value ("on", "1.10") so that it stays the text you wrote',
      },
    ]);
    const text = await runCli(['lint', '--no-config', ROLLOUT]);
    expect(text.stdout).not.toMatch(/0777|\b511\b/);
    expect(text.stdout).toContain(' > 14 |               value: ****\n');
  });

  it('secrets in args, command and annotations: frames mask them, messages hide them, the rest is shown', async () => {
    const text = await runCli(['lint', '--no-config', ARGUMENTS]);
    expect(text.code).toBe(1);
    expectNone(text.stdout, ARGUMENT_SECRETS);
    const frame = (line: number, column: number, resource: string, lines: string[]) =>
      expect(text.stdout).toContain([`  ${ARGUMENTS}:${line}:${column}  ${resource}`, ...lines].join('\n'));
    frame(9, 18, 'Deployment default/args', ['   7 |     example.com/owner: team-a', '   8 |     example.com/webhook: ********', ' > 9 |   labels: {tier: "not valid!"}']);
    frame(25, 18, 'Deployment default/args', ['   23 |             - ********', '   24 |             - ********', ' > 25 |           image: nginx']);
    frame(28, 29, 'Deployment default/args', ['   26 |         - name: migrate', '   27 |           command: [sh, -c, ********]', ' > 28 |           args: [--api-key, ********]']);
    frame(37, 18, 'Secret default/exported', ['   35 |   annotations:', '   36 |     kubectl.kubernetes.io/last-applied-configuration: ********', ' > 37 |   labels: {tier: "not valid!"}']);

    const json = await runCli(['lint', '--no-config', '-f', 'json', ARGUMENTS]);
    expectNone(json.stdout, ARGUMENT_SECRETS);
    expect(schemaAndCoercion(json.stdout)).toEqual([
      { rule: 'schema', line: 28, column: 29, message: 'expected a string (value hidden)', fix: 'quote the value' },
    ]);
  });

  it('around a YAML error, where no object was read, the frame masks secret env values', async () => {
    const r = await runCli(['lint', '--no-config', BROKEN]);
    expect(r.stdout).not.toMatch(/hunter2pass|ghp_/);
    expect(r.stdout).toContain(
      [
        'error  yaml  All mapping items must start at the same column',
        `  ${BROKEN}:15:1`,
        '   13 |         - name: GH',
        '   14 |           value: ********',
        ' > 15 |        bad: [',
        '      | ^',
      ].join('\n'),
    );
  });
});
