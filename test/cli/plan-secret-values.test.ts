import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

/**
 * Env values whose name says secret or that look like a credential, and ConfigMap values
 * no-secrets-in-configmap would flag, are masked in the plan's diff in every plan format, as Secret
 * data is (see test/planner for changed values).
 */
const DEPLOYMENT = 'test/fixtures/secret-values/deployment.yaml';
const PLAN_SECRETS = [/hunter2SuperSecret/, /ghp_abcdefghijklmnopqrstuvwxyz0123456789/, /AKIAIOSFODNN7EXAMPLE/, /mailPass4242/];

describe('secret env and ConfigMap values in the plan', () => {
  /** The diff lines of the Deployment's env and the ConfigMap's data, as every format prints them. */
  const DIFF_LINES = [
    '+      - env:',
    '+        - name: DB_PASSWORD',
    '+          value: "***"',
    '+        - name: GH',
    '+          value: "***"',
    '+        - name: CONFIG',
    '+          value: "***"',
    '+        - name: LOG_LEVEL',
    '+          value: debug',
    '+        image: nginx:1.25',
  ].join('\n');
  const CONFIGMAP_LINES = ['+data:', '+  LOG_FORMAT: json', '+  SMTP_PASSWORD: "***"', '+kind: ConfigMap'].join('\n');

  for (const command of ['plan', 'check']) {
    for (const format of ['text', 'json', 'markdown']) {
      it(`${command} -f ${format}: the diff masks them and shows the rest`, async () => {
        const r = await runCli([command, '--no-config', '-f', format, DEPLOYMENT]);
        expect(r.code).toBe(0);
        for (const secret of PLAN_SECRETS) expect(r.stdout).not.toMatch(secret);
        const diff = format === 'json' ? (JSON.parse(r.stdout) as { plan?: { diff: string }; diff?: string }) : null;
        const text = diff ? (diff.plan ?? diff).diff! : r.stdout;
        expect(text).toContain(DIFF_LINES);
        expect(text).toContain(CONFIGMAP_LINES);
      });
    }
  }

  it('plan: secrets in args, command and annotations are masked, the other entries shown', async () => {
    // the fixture's invalid labels and unquoted number (there for lint) would have the objects refused
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-plan-args-'));
    try {
      const file = join(dir, 'arguments.yaml');
      writeFileSync(file, readFileSync('test/fixtures/secret-values/arguments.yaml', 'utf8').replace(/\n  labels: \{tier: "not valid!"\}/g, '').replace('20260417', '"20260417"'));
      const r = await runCli(['plan', '--no-config', file]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/tokenAfterFlag77|hunter2FromFlag|s3cretFromShell|20260417|abcdefghijklmnop1234|bGFzdEFwcGxpZWQ/);
      expect(r.stdout).toContain(['+    example.com/owner: team-a', '+    example.com/webhook: "***"'].join('\n'));
      expect(r.stdout).toContain(
        [
          '+      - args:',
          '+        - "--authentication-token-webhook=true"',
          '+        - "--password-file=/run/secrets/password"',
          '+        - "--port=8080"',
          '+        - "--api-token"',
          '+        - "***"',
          '+        - "***"',
        ].join('\n'),
      );
      expect(r.stdout).toContain(['+      - args:', '+        - "--api-key"', '+        - "***"', '+        command:', '+        - sh', '+        - "-c"', '+        - "***"'].join('\n'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('plan: a custom resource\'s env values too (Rollout)', async () => {
    const r = await runCli(['plan', '--no-config', 'test/fixtures/secret-values/rollout.yaml']);
    expect(r.stdout).not.toMatch(/0777|\b511\b/);
    expect(r.stdout).toContain(['+        - name: API_TOKEN', '+          value: "***"', '+        - name: UMASK', '+          value: 420'].join('\n'));
  });
});
