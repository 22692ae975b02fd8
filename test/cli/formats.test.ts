import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { sarifSchemaErrors } from '../support/sarif-schema';

const WEB = 'test/fixtures/cli/app/web.yaml';
const MESSAGE = 'spec.selector does not match the template labels (app=web vs app=webb)';
const FIX = 'make spec.selector.matchLabels a subset of spec.template.metadata.labels';

describe('kubeplan lint --format / --output', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kubeplan-formats-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--format github prints workflow commands only', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'github', WEB]);
    expect(r).toEqual({
      code: 1,
      stdout: `::error file=${WEB},line=9,col=5,endLine=9,endColumn=16,title=kubeplan valid-workload-selector::${MESSAGE}%0ADeployment default/web%0Afix: ${FIX}\n`,
      stderr: '',
    });
  });

  it('--format sarif prints a schema-valid log with the finding and the tool version', async () => {
    const r = await runCli(['lint', '--no-config', '-f', 'sarif', 'test/fixtures/cli']);
    expect(r.code).toBe(1);
    expect(sarifSchemaErrors(r.stdout)).toEqual([]);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.results.map((x: { ruleId: string; locations: any[] }) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine])).toEqual([
      ['valid-workload-selector', 'test/fixtures/cli/app/web.yaml', 9],
      ['input', 'test/fixtures/cli/bad/blob.yaml', 1],
      ['yaml', 'test/fixtures/cli/bad/broken.yaml', 12],
      ['input', 'test/fixtures/cli/bad/broken.yaml', 14],
    ]);
  });

  it('--format junit prints one suite per file', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'junit', WEB]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="kubeplan" tests="1" failures="1" errors="0">',
        `  <testsuite name="${WEB}" tests="1" failures="1" errors="0" skipped="0">`,
        `    <testcase classname="${WEB}" name="Deployment default/web">`,
        `      <failure message="${MESSAGE}" type="valid-workload-selector">error valid-workload-selector at ${WEB}:9:5`,
        'path: spec.selector.matchLabels',
        `fix: ${FIX}</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('--output writes other formats to files while text goes to stdout', async () => {
    const sarif = join(dir, 'results.sarif');
    const junit = join(dir, 'junit.xml');
    const text = join(dir, 'report.txt');
    const r = await runCli(['lint', '--no-config', '--output', `sarif=${sarif}`, '-o', `junit=${junit}`, '--output', `text=${text}`, WEB], {
      tty: true,
      env: { FORCE_COLOR: '1' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\u001b[31m'); // the terminal gets colour…
    expect(readFileSync(text, 'utf8')).toBe(
      [
        `error  correctness/valid-workload-selector  ${MESSAGE}`,
        `  ${WEB}:9:5  Deployment default/web`,
        '   7 |   replicas: 2',
        '   8 |   selector:',
        ' > 9 |     matchLabels:',
        '     |     ^^^^^^^^^^^',
        `  fix: ${FIX}`,
        '',
        '✖ 1 error, 0 warnings in 1 file, 1 resource', // …files never get colour or timings
        '',
      ].join('\n'),
    );
    expect(sarifSchemaErrors(readFileSync(sarif, 'utf8'))).toEqual([]);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results).toHaveLength(1);
    expect(readFileSync(junit, 'utf8')).toContain(`<failure message="${MESSAGE}" type="valid-workload-selector">`);
  });

  it('--output writes a report made in parts (over a hundred findings) with the bytes standard output gets, replacing the file', async () => {
    // 120 Services whose selector matches no pod: a finding each, with a non-ASCII character in its message
    const manifests = join(dir, 'services.yaml');
    const services = Array.from({ length: 120 }, (_, i) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  selector: { app: café-${i} }\n  ports: [{ port: 80 }]\n`,
    );
    writeFileSync(manifests, services.join('---\n'));
    const json = join(dir, 'report.json');
    writeFileSync(json, 'x'.repeat(10_000_000)); // longer than the report: replaced, not overwritten in place
    const r = await runCli(['lint', '--no-config', '--format', 'json', '--output', `json=${json}`, manifests]);
    expect(r.code).toBe(1); // "café-0" is no valid label value
    const report = JSON.parse(r.stdout);
    const unmatched = report.findings.filter((f: { rule: string }) => f.rule === 'valid-service-selector');
    expect(unmatched).toHaveLength(120);
    expect(unmatched[0].message).toContain('café');
    expect(readFileSync(json, 'utf8')).toBe(r.stdout);
  });

  it('a malformed --output is a usage error before anything runs', async () => {
    for (const bad of ['sarif', 'xml=out.xml', 'sarif=', '=out.sarif']) {
      const r = await runCli(['lint', '--no-config', '--output', bad, WEB]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`kubeplan: --output must be FORMAT=FILE with FORMAT one of text, json, sarif, github, junit (got "${bad}")\n`);
    }
    // not a file named "-": standard output is --format's
    const dash = await runCli(['lint', '--no-config', '--output', 'json=-', WEB]);
    expect(dash).toEqual({ code: 2, stdout: '', stderr: 'kubeplan: --output writes a file: for standard output, use --format json\n' });
  });

  it('an --output file that cannot be written exits 2 and still prints the report', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'json', '--output', `sarif=${join(dir, 'missing', 'x.sarif')}`, WEB]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kubeplan: cannot write ${join(dir, 'missing', 'x.sarif')}: ENOENT\n`);
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
  });

  it('an unknown --format lists the formats', async () => {
    const r = await runCli(['lint', '--format', 'xml', WEB]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kubeplan: --format must be one of text, json, sarif, github, junit (got "xml")\n');
  });
});
