// Bundles the CLI into dist/ (gitignored, rebuilt by `prepare`): one CommonJS script that
// bin/kubeplan.js runs with a V8 code cache made here by training runs of it (see bin/bundle.js
// and scripts/make-code-cache.mjs), and the parser alone for the benchmark's floor. With --action,
// bundles the GitHub Action into dist-action/ (one self-contained file, committed, because a Node
// action runs from the repository as it is). Deterministic: the same sources give the same bytes, which
// test/action/bundle.test.ts checks against the committed dist-action/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireShim = "import { createRequire as __kubeplanCreateRequire } from 'node:module';\nconst require = __kubeplanCreateRequire(import.meta.url);";

/** The CLI, every command in one script: with the code cache, loading code a run does not use costs little. */
export const buildOptions = {
  absWorkingDir: root,
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/kubeplan.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  // ASCII (non-ASCII characters escaped): read as one-byte text, 3 ms faster than a UTF-8 bundle
  charset: 'ascii',
  // the sources locate the package and require built-ins from import.meta.url
  define: { 'import.meta.url': '__kubeplanModuleUrl' },
  // strict mode first: the banner would otherwise push esbuild's "use strict" out of the prologue
  banner: { js: `'use strict';\nconst __kubeplanModuleUrl = require('node:url').pathToFileURL(__filename).href;` },
  logLevel: 'warning',
};

/** The parser alone, for the benchmark's floor (scripts/bench-parse-floor.mjs). */
export const floorBuildOptions = {
  absWorkingDir: root,
  entryPoints: { 'parse-floor': 'src/source/parse-yaml.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  charset: 'utf8',
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

/**
 * The bundle's code cache, written by training runs of the CLI (scripts/make-code-cache.mjs: what
 * they compile is what most runs need), then checked: V8 must accept it in a fresh process with
 * default flags.
 */
function buildCodeCache() {
  const node = (args) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const made = node([join(root, 'scripts', 'make-code-cache.mjs')]);
  if (made.status !== 0) throw new Error(`making the code cache failed: ${made.stderr}`);
  const check = "import('./bin/bundle.js').then((b) => process.exit(b.compileBundle().cachedDataRejected === false ? 0 : 1))";
  if (node(['-e', check]).status !== 0) {
    // most likely a training run tuned V8 for a long run: its inputs grew past LONG_RUN_CHARS (src/cli/cli-io.ts)
    throw new Error('V8 refuses the code cache made for dist/kubeplan.cjs: did a training run change V8 flags (scripts/make-code-cache.mjs)?');
  }
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
    await build(floorBuildOptions);
    buildCodeCache();
  }
}
