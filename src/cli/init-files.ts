import { KUBERNETES_VERSIONS } from '../schema/kubernetes-versions';
import clusterSchema from '../../schemas/cluster.schema.json' with { type: 'json' };
import { tryParseQuantity } from '../core/quantity';

/** Everything `kubeplan init` asks, whether from prompts or flags. */
export interface InitAnswers {
  kubernetesVersion: string;
  preset: 'recommended' | 'strict' | 'minimal';
  strict: boolean;
  /** Empty for the embedded default cluster (3 nodes × 4 CPU / 16Gi over 3 zones). */
  nodePools: NodePoolAnswer[];
  /** Where the manifests are, relative to the repository root ('.' for everywhere). */
  paths: string;
  preCommit: boolean;
  githubWorkflow: boolean;
}

export interface NodePoolAnswer {
  name: string;
  count: number;
  cpu: string;
  memory: string;
}

export const CONFIG_FILE = '.kubeplan.yaml';
export const PRE_COMMIT_FILE = '.pre-commit-config.yaml';
export const WORKFLOW_FILE = '.github/workflows/kubeplan.yml';

export interface InitFile {
  path: string;
  content: string;
}

/** The files `kubeplan init` writes for these answers, in order. Pure: same answers, same bytes. */
export function buildInitFiles(answers: InitAnswers, tool: { version: string; repository: string }): InitFile[] {
  const files = [{ path: CONFIG_FILE, content: renderConfig(answers) }];
  if (answers.preCommit) files.push({ path: PRE_COMMIT_FILE, content: renderPreCommitConfig(answers, tool) });
  if (answers.githubWorkflow) files.push({ path: WORKFLOW_FILE, content: renderWorkflow(answers, tool) });
  return files;
}

/** `.kubeplan.yaml`, valid against schemas/config.schema.json. Strings are JSON-quoted (valid YAML). */
export function renderConfig(a: InitAnswers): string {
  const lines = [
    '# kubeplan configuration (schema: schemas/config.schema.json in the kubeplan package).',
    '# `kubeplan rules` lists the rules; re-grade one with  rules: { rule-id: off | info | warn | error }',
    `kubernetesVersion: ${JSON.stringify(a.kubernetesVersion)}`,
    `preset: ${a.preset}`,
    `strict: ${a.strict}`,
  ];
  if (a.paths !== '.') {
    lines.push('# Other files of the repository are indexed so references resolve (not linted).');
    lines.push(`context: [${JSON.stringify(a.paths)}]`);
  }
  if (a.nodePools.length === 0) {
    lines.push('# kubeplan plan uses the default cluster: 3 nodes of 4 CPU / 16Gi memory / 100Gi ephemeral-storage / 110 pods over zones a, b, c.');
  } else {
    lines.push('# The cluster kubeplan plan schedules onto.', 'cluster:', '  nodePools:');
    for (const p of a.nodePools) {
      lines.push(
        `    - name: ${JSON.stringify(p.name)}`,
        `      count: ${p.count}`,
        `      capacity: { cpu: ${JSON.stringify(p.cpu)}, memory: ${JSON.stringify(p.memory)}, ephemeral-storage: "100Gi", pods: 110 }`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A user's `.pre-commit-config.yaml` pointing at kubeplan's own hook. */
export function renderPreCommitConfig(a: InitAnswers, tool: { version: string; repository: string }): string {
  const lines = [
    'repos:',
    `  - repo: https://github.com/${tool.repository}`,
    `    rev: v${tool.version}`,
    '    hooks:',
    '      - id: kubeplan-lint',
  ];
  if (a.paths !== '.') lines.push(`        files: ${JSON.stringify(`^${escapeRegExp(trimSlashes(a.paths))}/.*\\.(ya?ml|json)$`)}`);
  return `${lines.join('\n')}\n`;
}

/** A GitHub workflow: the Action (lint and plan) on pull requests and pushes, SARIF uploaded to code scanning. */
export function renderWorkflow(a: InitAnswers, tool: { version: string; repository: string }): string {
  return `name: kubeplan
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
        uses: ${tool.repository}@v${tool.version}
        with:
          paths: ${JSON.stringify(a.paths)}
          # plan: false          # lint only; by default the change is also planned (job summary, annotations)
          # cluster: nodes.yaml  # the nodes to plan onto (default: cluster: in .kubeplan.yaml)
      - if: always() && steps.kubeplan.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: \${{ steps.kubeplan.outputs.sarif-file }}
          category: kubeplan
`;
}

/** Validation shared by prompts and flags: a message when the value is unusable. */
export const validate = {
  kubernetesVersion: (v: string) =>
    (KUBERNETES_VERSIONS as readonly string[]).includes(v.trim().replace(/^v/, ''))
      ? undefined
      : `one of the versions kubeplan ships schemas for: ${KUBERNETES_VERSIONS.join(', ')}`,
  // schemas/cluster.schema.json: a DNS-1123 label of at most 50 characters (nodes are <name>-<n>).
  poolName: (v: string) =>
    /^[a-z0-9]([-a-z0-9]{0,48}[a-z0-9])?$/.test(v.trim()) ? undefined : 'lower-case letters, digits and "-" (a DNS label of at most 50 characters)',
  count: (v: string) => (/^[1-9][0-9]{0,3}$/.test(v.trim()) ? undefined : 'a whole number of nodes from 1 to 9999'),
  cpu: (v: string) => (isPositiveQuantity(v) ? undefined : 'a CPU quantity such as 4 or 3500m'),
  memory: (v: string) => (isPositiveQuantity(v) ? undefined : 'a memory quantity such as 16Gi'),
  // inside the repository: pre-commit matches the files of the repository only
  paths: (v: string) =>
    v.trim() !== '' && !/[\s,]/.test(v.trim()) && !v.trim().startsWith('/') && !v.trim().split(/[/\\]/).includes('..')
      ? undefined
      : 'one relative folder inside the repository, such as k8s or .',
};

/** A quantity above zero that the cluster schema accepts (the written configuration must validate). */
function isPositiveQuantity(v: string): boolean {
  const q = tryParseQuantity(v.trim());
  return q !== undefined && QUANTITY.test(v.trim()) && !/^\+?0*(\.0*)?([eE][+-]?[0-9]+|[a-zA-Z]*)$/.test(v.trim());
}

const QUANTITY = new RegExp(clusterSchema.definitions.quantity.pattern);

function trimSlashes(path: string): string {
  return path.replace(/^\.\//, '').replace(/\/+$/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
