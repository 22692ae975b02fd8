// Loads the CLI bundle (dist/kubeplan.cjs, one CommonJS script built by scripts/build.mjs) with the
// V8 code cache made for it at build time (dist/kubeplan.cache). Compiling the bundle's code is
// most of what kubeplan adds to Node's own start-up: with the cache, V8 skips parsing and compiling
// every function the build's run of the examples needed (~20 ms of a 110 ms run of one small file).
// V8 refuses a cache made by another Node version, with other V8 flags or for a source of another
// length, and then compiles from source as without it. It does not compare the text itself: the
// build writes the bundle and its cache together, and dist/ is never edited by hand.
// (Node 22 has module.enableCompileCache for the same purpose; Node 20 has only node:vm.)
// bin/ is CommonJS (bin/package.json): an ES module entry would start Node's ES module loader,
// ~3 ms of every run.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'kubeplan.cjs');
const CODE_CACHE = join(__dirname, '..', 'dist', 'kubeplan.cache');

/** The bundle compiled as Node compiles a CommonJS module, with the code cache unless `useCache` is false. */
function compileBundle(useCache = true) {
  // Latin-1, the fastest decoding: esbuild escapes every non-ASCII character of the code (charset
  // ascii); only a few comments keep theirs. The wrapper is on the first line: line numbers in stack
  // traces stay the bundle's own.
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(BUNDLE, 'latin1')}\n})`;
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CODE_CACHE);
    } catch {
      // no cache (a build without one): compiled from source
    }
  }
  return new Script(source, { filename: BUNDLE, cachedData });
}

/** Runs the compiled bundle: the CLI reads process.argv and sets process.exitCode. */
function runBundle(script) {
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
}

module.exports = { BUNDLE, CODE_CACHE, compileBundle, runBundle };
