import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const LIST = `{
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"},
     "spec": {"ports": [{"port": "80"}], "selectr": {"a": "b"}}},
    {
      "apiVersion": "apps/v1",
      "kind": "Deploymnet",
      "metadata": {"name": "d"}
    }
  ]
}
`;
const TRAILING_COMMA = '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x",}}\n';
const STREAM = '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"on": true}}\n{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b", "lables": {}}}\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubeplan-json-'));
  writeFileSync(join(dir, 'list.json'), LIST);
  writeFileSync(join(dir, 'trailing.json'), TRAILING_COMMA);
  writeFileSync(join(dir, 'stream.json'), STREAM);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Out = { summary: { resources: number }; findings: { rule: string; file: string; line: number; column: number; message: string }[] };
const brief = (out: Out) => out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);

describe('JSON manifests through the CLI', () => {
  it('reads a JSON List, a stream of JSON objects and refuses invalid JSON, each at its exact position', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'json', '.'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Out;
    expect(brief(out)).toEqual([
      'list.json:6:34 schema expected an integer, got string "80"',
      'list.json:6:42 schema unknown field "selectr" (did you mean "selector"?)',
      'list.json:9:15 schema-missing unknown kind "Deploymnet" in apps/v1 (did you mean "Deployment"?)',
      'stream.json:1:85 schema expected a string, got boolean true; quote it ("true")',
      'stream.json:2:69 schema unknown field "lables" (did you mean "labels"?)',
      'trailing.json:1:68 yaml invalid JSON (kubectl reads a file that starts with "{" as JSON): Expected double-quoted property name',
    ]);
    expect(out.summary.resources).toBe(4);
  });

  it('reads a stream of JSON objects on stdin', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'json', '-'], { cwd: dir, stdin: STREAM });
    expect(brief(JSON.parse(r.stdout) as Out)).toEqual([
      '<stdin>:1:85 schema expected a string, got boolean true; quote it ("true")',
      '<stdin>:2:69 schema unknown field "lables" (did you mean "labels"?)',
    ]);
  });
});
