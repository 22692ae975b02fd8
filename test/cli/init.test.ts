import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config';
import { parseYaml } from '../../src/source/parse-yaml';
import { runCli } from '../support/cli';
import { KEY, driveTerminal } from '../support/terminal';

const configSchema = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8'));
const clusterSchema = JSON.parse(readFileSync('schemas/cluster.schema.json', 'utf8'));
// As an editor validates the file: the configuration schema and the cluster schema it references.
const validateConfig = new Ajv({ allErrors: true, strict: false }).addSchema(clusterSchema).compile(configSchema);

/** Valid against schemas/config.schema.json (and cluster.schema.json), and accepted by kubeplan's own config reader. */
function expectValidConfig(text: string) {
  const source = parseYaml('.kubeplan.yaml', text);
  expect(source.problems).toEqual([]);
  const value = source.documents[0]!.value;
  expect(validateConfig(value), JSON.stringify(validateConfig.errors)).toBe(true);
  expect(() => parseConfig('.kubeplan.yaml', text)).not.toThrow();
  return value as Record<string, unknown>;
}

const WORKFLOW = (paths: string) => `name: kubeplan
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  security-events: write # upload the SARIF log to code scanning

jobs:
  kubeplan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # lets kubeplan annotate the lines a pull request changes and plan it against its base
      - id: kubeplan
        uses: kubeplan/kubeplan@v0.1.0
        with:
          paths: "${paths}"
          # plan: false          # lint only; by default the change is also planned (job summary, annotations)
          # cluster: nodes.yaml  # the nodes to plan onto (default: cluster: in .kubeplan.yaml)
      - if: always() && steps.kubeplan.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: \${{ steps.kubeplan.outputs.sarif-file }}
          category: kubeplan
`;

describe('kubeplan init', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kubeplan-init-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('without a terminal, explains the flags and exits 2 without writing', async () => {
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('kubeplan init asks its questions on a terminal, and this is not one (or CI is set).\n');
    expect(r.stderr).toContain('  kubeplan init --yes --kubernetes-version 1.36 --preset recommended --paths k8s \\\n    --node-pool general:3:4:16Gi --pre-commit --github-workflow\n');
    expect(r.stderr).toContain('--node-pool <pool>');
    expect(existsSync(join(dir, '.kubeplan.yaml'))).toBe(false);
  });

  it('on a terminal in CI, does not prompt either', async () => {
    const term = driveTerminal([]);
    const r = await runCli(['init'], { cwd: dir, tty: true, env: { CI: 'true' }, prompts: term.streams });
    expect(r.code).toBe(2);
    expect(term.screen()).toBe('');
  });

  it('--yes with flags writes a valid .kubeplan.yaml and the snippets', async () => {
    const r = await runCli(
      ['init', '--yes', '--kubernetes-version', 'v1.33', '--preset', 'strict', '--no-strict', '--paths', 'deploy/k8s', '--node-pool', 'general:3:4:16Gi', '--node-pool', 'gpu:2:8:64Gi', '--pre-commit', '--github-workflow'],
      { cwd: dir },
    );
    expect(r).toEqual({ code: 0, stdout: 'wrote .kubeplan.yaml\nwrote .pre-commit-config.yaml\nwrote .github/workflows/kubeplan.yml\n', stderr: '' });
    expect(read('.kubeplan.yaml')).toBe(
      [
        '# kubeplan configuration (schema: schemas/config.schema.json in the kubeplan package).',
        '# `kubeplan rules` lists the rules; re-grade one with  rules: { rule-id: off | info | warn | error }',
        'kubernetesVersion: "1.33"',
        'preset: strict',
        'strict: false',
        '# Other files of the repository are indexed so references resolve (not linted).',
        'context: ["deploy/k8s"]',
        '# The cluster kubeplan plan schedules onto.',
        'cluster:',
        '  nodePools:',
        '    - name: "general"',
        '      count: 3',
        '      capacity: { cpu: "4", memory: "16Gi", ephemeral-storage: "100Gi", pods: 110 }',
        '    - name: "gpu"',
        '      count: 2',
        '      capacity: { cpu: "8", memory: "64Gi", ephemeral-storage: "100Gi", pods: 110 }',
        '',
      ].join('\n'),
    );
    expect(expectValidConfig(read('.kubeplan.yaml'))).toMatchObject({ kubernetesVersion: '1.33', preset: 'strict', strict: false });
    expect(read('.pre-commit-config.yaml')).toBe(
      'repos:\n  - repo: https://github.com/kubeplan/kubeplan\n    rev: v0.1.0\n    hooks:\n      - id: kubeplan-lint\n        files: "^deploy/k8s/.*\\\\.(ya?ml|json)$"\n',
    );
    const hook = parseYaml('p.yaml', read('.pre-commit-config.yaml')).documents[0]!.value as any;
    expect(new RegExp(hook.repos[0].hooks[0].files).test('deploy/k8s/web.yaml')).toBe(true);
    expect(new RegExp(hook.repos[0].hooks[0].files).test('deploy/k8s.yaml')).toBe(false);
    expect(read('.github/workflows/kubeplan.yml')).toBe(WORKFLOW('deploy/k8s'));
    // kubeplan itself accepts the configuration it wrote.
    const lint = await runCli(['lint', '.kubeplan.yaml'], { cwd: dir });
    expect(lint.stderr).toBe('');
  });

  it('what it accepts at the edges still validates: a 50-character pool name, quantities such as 1.5, +2, 1e3 and 512Mi', async () => {
    const name = `p${'-'.repeat(48)}q`;
    const r = await runCli(['init', '--yes', '--node-pool', `${name}:9999:1.5:512Mi`, '--node-pool', 'b:1:+2:1e3'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(expectValidConfig(read('.kubeplan.yaml')).cluster).toEqual({
      nodePools: [
        { name, count: 9999, capacity: { cpu: '1.5', memory: '512Mi', 'ephemeral-storage': '100Gi', pods: 110 } },
        { name: 'b', count: 1, capacity: { cpu: '+2', memory: '1e3', 'ephemeral-storage': '100Gi', pods: 110 } },
      ],
    });
    // And plans onto what it wrote.
    writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n');
    const plan = await runCli(['plan', '-f', 'json', 'cm.yaml'], { cwd: dir });
    expect(plan.stderr).toBe('');
    expect(JSON.parse(plan.stdout).nodes.length).toBe(10000);
  });

  it('--yes alone writes the defaults', async () => {
    const r = await runCli(['init', '-y'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(read('.kubeplan.yaml')).toBe(
      [
        '# kubeplan configuration (schema: schemas/config.schema.json in the kubeplan package).',
        '# `kubeplan rules` lists the rules; re-grade one with  rules: { rule-id: off | info | warn | error }',
        'kubernetesVersion: "1.36"',
        'preset: recommended',
        'strict: true',
        '# kubeplan plan uses the default cluster: 3 nodes of 4 CPU / 16Gi memory / 100Gi ephemeral-storage / 110 pods over zones a, b, c.',
        '',
      ].join('\n'),
    );
    expectValidConfig(read('.kubeplan.yaml'));
  });

  it('never overwrites silently: refuses (exit 2, nothing written) unless --force', async () => {
    writeFileSync(join(dir, '.pre-commit-config.yaml'), 'repos: []\n');
    const r = await runCli(['init', '--yes', '--pre-commit'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'kubeplan: .pre-commit-config.yaml already exists; nothing written. Use --force to overwrite, or run kubeplan init on a terminal to choose file by file.\n',
    );
    expect(existsSync(join(dir, '.kubeplan.yaml'))).toBe(false);
    expect(read('.pre-commit-config.yaml')).toBe('repos: []\n');
    const forced = await runCli(['init', '--yes', '--pre-commit', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(read('.pre-commit-config.yaml')).toContain('id: kubeplan-lint');
  });

  it('rejects bad flag values as usage errors', async () => {
    for (const [args, message] of [
      [['--node-pool', 'gpu:two:8:64Gi'], '--node-pool must be NAME:COUNT:CPU:MEMORY with a whole number of nodes from 1 to 9999 (got "gpu:two:8:64Gi")'],
      [['--node-pool', 'GPU:2:8:64Gi'], '--node-pool must be NAME:COUNT:CPU:MEMORY with lower-case letters, digits and "-" (a DNS label of at most 50 characters) (got "GPU:2:8:64Gi")'],
      [['--node-pool', `${'p'.repeat(51)}:2:8:64Gi`], `--node-pool must be NAME:COUNT:CPU:MEMORY with lower-case letters, digits and "-" (a DNS label of at most 50 characters) (got "${'p'.repeat(51)}:2:8:64Gi")`],
      [['--node-pool', 'gpu:2:8:64Gi', '--node-pool', 'gpu:1:4:16Gi'], '--node-pool must be NAME:COUNT:CPU:MEMORY with a name not used by another pool (got "gpu")'],
      [['--node-pool', 'gpu:2:0.0:64Gi'], '--node-pool must be NAME:COUNT:CPU:MEMORY with a CPU quantity such as 4 or 3500m (got "gpu:2:0.0:64Gi")'],
      [['--node-pool', 'gpu:2:8:lots'], '--node-pool must be NAME:COUNT:CPU:MEMORY with a memory quantity such as 16Gi (got "gpu:2:8:lots")'],
      [['--kubernetes-version', '2.0'], '--kubernetes-version must be one of the versions kubeplan ships schemas for: 1.27, 1.28, 1.29, 1.30, 1.32, 1.33, 1.34, 1.36 (got "2.0")'],
      [['--paths', '/abs'], '--paths must be one relative folder inside the repository, such as k8s or . (got "/abs")'],
      [['--paths', '../outside'], '--paths must be one relative folder inside the repository, such as k8s or . (got "../outside")'],
    ] as const) {
      const r = await runCli(['init', '--yes', ...args], { cwd: dir });
      expect(r.stderr).toBe(`kubeplan: ${message}\n`);
      expect(r.code).toBe(2);
    }
    expect(existsSync(join(dir, '.kubeplan.yaml'))).toBe(false);
  });

  it('the wizard asks each question and writes what was answered, asking before overwriting', async () => {
    writeFileSync(join(dir, '.pre-commit-config.yaml'), 'repos: []\n');
    const clear = KEY.backspace.repeat(10);
    const term = driveTerminal([
      ['Target Kubernetes version', `${clear}1.32${KEY.enter}`],
      ['Rule preset', `${KEY.down}${KEY.enter}`], // recommended → strict
      ['Treat unknown fields as errors', `${KEY.enter}`], // yes
      ['Cluster for kubeplan plan', `${KEY.down}${KEY.enter}`], // my node pools
      ['Pool 1: name', `${clear}web${KEY.enter}`],
      ['Pool 1: number of nodes', `${clear}0${KEY.enter}`], // invalid: the prompt says why and waits
      ['a whole number of nodes from 1 to 9999', `${clear}5${KEY.enter}`],
      ['Pool 1: CPU per node', `${clear}3500m${KEY.enter}`],
      ['Pool 1: memory per node', KEY.enter], // 16Gi
      ['Add another node pool?', 'y'],
      ['Pool 2: name', `${clear}web${KEY.enter}`], // taken
      ['a name not used by another pool', `${clear}batch${KEY.enter}`],
      ['Pool 2: number of nodes', KEY.enter],
      ['Pool 2: CPU per node', KEY.enter],
      ['Pool 2: memory per node', `${clear}32Gi${KEY.enter}`],
      ['Add another node pool?', KEY.enter], // no
      ['Folder with your manifests', `${clear}k8s${KEY.enter}`],
      ['Also add', `${KEY.space}${KEY.down}${KEY.space}${KEY.enter}`], // both
      ['.pre-commit-config.yaml exists. Overwrite it?', KEY.enter], // no (default)
    ]);
    const r = await runCli(['init'], { cwd: dir, tty: true, prompts: term.streams });
    expect(term.pending()).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const config = read('.kubeplan.yaml');
    expect(config).toBe(
      [
        '# kubeplan configuration (schema: schemas/config.schema.json in the kubeplan package).',
        '# `kubeplan rules` lists the rules; re-grade one with  rules: { rule-id: off | info | warn | error }',
        'kubernetesVersion: "1.32"',
        'preset: strict',
        'strict: true',
        '# Other files of the repository are indexed so references resolve (not linted).',
        'context: ["k8s"]',
        '# The cluster kubeplan plan schedules onto.',
        'cluster:',
        '  nodePools:',
        '    - name: "web"',
        '      count: 5',
        '      capacity: { cpu: "3500m", memory: "16Gi", ephemeral-storage: "100Gi", pods: 110 }',
        '    - name: "batch"',
        '      count: 3',
        '      capacity: { cpu: "4", memory: "32Gi", ephemeral-storage: "100Gi", pods: 110 }',
        '',
      ].join('\n'),
    );
    expectValidConfig(config);
    expect(read('.github/workflows/kubeplan.yml')).toBe(WORKFLOW('k8s'));
    expect(read('.pre-commit-config.yaml')).toBe('repos: []\n'); // the user said no
    const screen = term.screen();
    expect(screen).toContain('Not written: merge this into .pre-commit-config.yaml yourself');
    expect(screen).toContain('id: kubeplan-lint');
    expect(screen).toContain('Wrote .kubeplan.yaml, .github/workflows/kubeplan.yml. Next: kubeplan lint k8s');
  });

  it('Ctrl-C cancels the wizard without writing anything', async () => {
    const term = driveTerminal([['Target Kubernetes version', KEY.ctrlC]]);
    const r = await runCli(['init'], { cwd: dir, tty: true, prompts: term.streams });
    expect(r.code).toBe(2);
    expect(term.screen()).toContain('Nothing written.');
    expect(existsSync(join(dir, '.kubeplan.yaml'))).toBe(false);
  });
});
