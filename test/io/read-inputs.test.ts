import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/io/read-inputs';

const cwd = 'test/fixtures/kustomize';
const stdin = async () => '';

function hasKubectl(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('readInputs', () => {
  it('walks folders in sorted order and notes kustomize folders instead of reading their patches', async () => {
    const result = await readInputs(['.'], { cwd, readStdin: stdin, renderKustomization: async () => ({ text: 'unused' }) });
    expect(result.files.map((f) => f.file)).toEqual(['plain/configmap.yaml']);
    expect(result.findings.map((f) => [f.rule, f.severity, f.file, f.message])).toEqual([
      ['input', 'info', 'app/base/kustomization.yaml', "kustomize folder not linted file by file: run 'kubeplan lint app/base' to check its rendered output"],
    ]);
  });

  it('reads a file once when paths overlap: a folder, the same folder spelled otherwise, a file inside it', async () => {
    const result = await readInputs(['plain', './plain/', 'plain/configmap.yaml', `${process.cwd()}/${cwd}/plain`], { cwd, readStdin: stdin });
    expect(result.files.map((f) => f.file)).toEqual(['plain/configmap.yaml']);
  });

  it('renders a kustomize folder named explicitly', async () => {
    const seen: string[] = [];
    const result = await readInputs(['app/base'], {
      cwd,
      readStdin: stdin,
      renderKustomization: async (dir) => {
        seen.push(dir);
        return { text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: rendered}\n' };
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/test\/fixtures\/kustomize\/app\/base$/);
    expect(result.files).toEqual([{ file: 'app/base (kustomize build)', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: rendered}\n' }]);
  });

  it('explains how to render when rendering fails', async () => {
    const result = await readInputs(['app/base/kustomization.yaml'], {
      cwd,
      readStdin: stdin,
      renderKustomization: async () => ({ error: 'is a kustomize folder and kubectl is not on PATH' }),
    });
    expect(result.files).toEqual([]);
    expect(result.findings.map((f) => [f.file, f.severity, f.message])).toEqual([
      ['app/base/kustomization.yaml', 'error', 'is a kustomize folder and kubectl is not on PATH'],
    ]);
  });

  it.skipIf(!hasKubectl())('renders with the real kubectl kustomize (skipped when kubectl is not installed)', async () => {
    const result = await readInputs(['app/base'], { cwd, readStdin: stdin });
    expect(result.findings).toEqual([]);
    expect(result.files[0]!.text).toContain('name: prod-web');
  });
});
