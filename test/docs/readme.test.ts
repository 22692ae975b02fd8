import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINT_OPTIONS } from '../../src/cli/commands/lint';
import { PLAN_OPTIONS } from '../../src/cli/commands/plan';
import { renderWorkflow } from '../../src/cli/init-files';
import { REPOSITORY, VERSION } from '../../src/cli/version';
import { parseYaml } from '../../src/source/parse-yaml';

const readme = readFileSync('README.md', 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const action = parseYaml('action.yml', readFileSync('action.yml', 'utf8')).documents[0]!.value as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

describe('README', () => {
  it('quick start: two commands, the first runs kubeplan check on the examples (test/cli/check.test.ts: exit 0 there)', () => {
    const block = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(block).toBe('npm ci && node bin/kubeplan.js check examples/\nnpm test\n');
  });

  it('shows the same workflow that kubeplan init writes', () => {
    const workflow = renderWorkflow(
      { kubernetesVersion: '1.34', preset: 'recommended', strict: true, nodePools: [], paths: 'k8s', preCommit: false, githubWorkflow: true },
      { version: VERSION, repository: REPOSITORY },
    );
    expect(yamlBlocks).toContain(workflow);
  });

  it('documents every input and output of action.yml', () => {
    for (const name of Object.keys(action.inputs)) expect(readme, `input ${name}`).toContain(`| \`${name}\` |`);
    for (const name of Object.keys(action.outputs)) expect(readme, `output ${name}`).toContain(`\`${name}\``);
  });

  it('its pre-commit snippet uses a hook this repository provides', () => {
    const hooks = parseYaml('h.yaml', readFileSync('.pre-commit-hooks.yaml', 'utf8')).documents[0]!.value as { id: string }[];
    const snippet = yamlBlocks.find((b) => b.startsWith('repos:'))!;
    const config = parseYaml('c.yaml', snippet).documents[0]!.value as { repos: { rev: string; hooks: { id: string }[] }[] };
    expect(config.repos[0]!.rev).toBe(`v${VERSION}`);
    expect(hooks.map((h) => h.id)).toContain(config.repos[0]!.hooks[0]!.id);
  });

  it('documents every option of kubeplan lint and kubeplan plan', () => {
    for (const name of [...Object.keys(LINT_OPTIONS), ...Object.keys(PLAN_OPTIONS)]) expect(readme, `--${name}`).toContain(`--${name}`);
  });
});
