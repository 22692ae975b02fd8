import { createRequire } from 'node:module';
import type { RenderResult } from './read-inputs';

/** Renders a kustomize folder with `kubectl kustomize` (offline: kustomize reads local files). */
export async function renderWithKubectl(dir: string): Promise<RenderResult> {
  // loaded here: node:child_process costs ~2.5 ms at start-up, and few runs render a kustomization
  // (required, not import()ed: the CLI bundle runs as a script, which has no dynamic import)
  const { execFile } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  return new Promise((resolvePromise) => {
    execFile('kubectl', ['kustomize', dir], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolvePromise({ text: stdout });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return resolvePromise({
          error: `is a kustomize folder and kubectl is not on PATH: render it first, e.g. 'kustomize build ${dir} | kubeplan lint -'`,
        });
      }
      const reason = (stderr || error.message).trim().split('\n').slice(0, 3).join(' ');
      resolvePromise({ error: `kubectl kustomize failed: ${reason}` });
    });
  });
}
