// Bundles the CLI (and later the GitHub Action) into dist/: self-contained ESM, code-split so that
// each command loads only what it needs. Deterministic: the same sources give the same bytes,
// which test/build/bundle.test.ts checks against the committed dist/.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const buildOptions = {
  absWorkingDir: root,
  // parse-floor: the parser alone, for the benchmark's floor (scripts/bench-parse-floor.mjs).
  entryPoints: { kubeplan: 'src/cli/bin.ts', 'parse-floor': 'src/source/parse-yaml.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  charset: 'utf8',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __kubeplanCreateRequire } from 'node:module';\nconst require = __kubeplanCreateRequire(import.meta.url);" },
  logLevel: 'warning',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
  await build(buildOptions);
}
