// Bundles the CLI into dist/ (self-contained ESM, code-split so that each command loads only what
// it needs; gitignored, rebuilt by `prepare`) and, with --action, the GitHub Action into
// dist-action/ (one self-contained file, committed, because a Node action runs from the
// repository as it is). Deterministic: the same sources give the same bytes, which
// test/action/bundle.test.ts checks against the committed dist-action/.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireShim = "import { createRequire as __kubeplanCreateRequire } from 'node:module';\nconst require = __kubeplanCreateRequire(import.meta.url);";

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
  banner: { js: requireShim },
  logLevel: 'warning',
};

export const ACTION_DIR = 'dist-action';

export const actionBuildOptions = {
  absWorkingDir: root,
  entryPoints: { index: 'src/action/bin.ts' },
  outdir: ACTION_DIR,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  charset: 'utf8',
  banner: { js: `// The kubeplan GitHub Action, bundled by scripts/build.mjs --action: do not edit.\n${requireShim}` },
  metafile: true,
  logLevel: 'warning',
};

/**
 * Builds the Action in memory: the bundle and the notices of the third-party packages in it.
 * Returns file name → text, relative to dist-action/.
 */
export async function buildAction() {
  const result = await build({ ...actionBuildOptions, write: false });
  const files = {};
  for (const out of result.outputFiles) files[out.path.slice(join(root, ACTION_DIR).length + 1)] = out.text;
  files['THIRD_PARTY_NOTICES.txt'] = await thirdPartyNotices(Object.keys(result.metafile.inputs));
  return files;
}

/** The licence of every npm package whose code is in the bundle, as the licences require. */
async function thirdPartyNotices(inputs) {
  const packages = new Set();
  for (const input of inputs) {
    const match = /^(node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const sections = [];
  for (const dir of [...packages].sort()) {
    const manifest = JSON.parse(await readFile(join(root, dir, 'package.json'), 'utf8'));
    const licenceFile = (await readdir(join(root, dir))).filter((f) => /^(licen[cs]e|copying)/i.test(f)).sort()[0];
    const text = licenceFile ? (await readFile(join(root, dir, licenceFile), 'utf8')).trim() : `License: ${manifest.license}`;
    sections.push(`${manifest.name}@${manifest.version} (${manifest.license})\n\n${text}\n`);
  }
  return `Third-party software bundled in dist-action/index.mjs\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--action')) {
    const files = await buildAction();
    await rm(join(root, ACTION_DIR), { recursive: true, force: true });
    for (const [name, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, ACTION_DIR, name)), { recursive: true });
      await writeFile(join(root, ACTION_DIR, name), text);
    }
  } else {
    await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
    await build(buildOptions);
  }
}
