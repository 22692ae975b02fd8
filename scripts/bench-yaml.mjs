#!/usr/bin/env node
/**
 * Measures YAML parsing speed: the fast parser against the `yaml` library path (and the library's
 * lexer alone, as a floor), on the corpus files repeated until they hold 10,000 documents.
 *
 *   node scripts/bench-yaml.mjs [corpus-dir] [--docs N] [--runs N]
 *
 * The corpus defaults to ../shared/corpus (relative to the repository root). The TypeScript
 * sources are bundled with esbuild into node_modules/.cache first (so that `yaml` resolves).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Lexer } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args.splice(i, 2)[1]);
};
const targetDocs = option('--docs', 10_000);
const runs = option('--runs', 5);
const corpus = resolve(args[0] ?? join(root, '../shared/corpus'));

const cache = join(root, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'kubeplan-bench-'));
try {
  await build({
    stdin: {
      contents: [
        "export { parseFastYaml } from './src/source/fast-yaml';",
        "export { parseYamlWithLibrary } from './src/source/parse-yaml-with-library';",
        "export { parseYaml } from './src/source/parse-yaml';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: join(out, 'source.mjs'),
    logLevel: 'warning',
  });
  const { parseFastYaml, parseYamlWithLibrary, parseYaml } = await import(pathToFileURL(join(out, 'source.mjs')).href);

  const paths = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/.test(entry.name)) paths.push(path);
    }
  };
  walk(corpus);
  paths.sort();
  const files = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  for (const file of files) file.docs = parseYamlWithLibrary(file.path, file.text).documents.length;

  // repeat the corpus until it holds the target number of documents
  const inputs = [];
  let docs = 0;
  for (let i = 0; docs < targetDocs; i = (i + 1) % files.length) {
    inputs.push(files[i]);
    docs += files[i].docs;
  }
  const megabytes = inputs.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / 1e6;
  const fallbacks = files.filter((f) => !parseFastYaml(f.path, f.text).ok);

  console.log(`corpus: ${corpus}`);
  console.log(`${files.length} files, ${fallbacks.length} fall back to the library (the library reports problems in ${
    fallbacks.filter((f) => parseYamlWithLibrary(f.path, f.text).problems.length > 0).length
  } of them)`);
  console.log(`input: ${inputs.length} files, ${docs} documents, ${megabytes.toFixed(1)} MB, best of ${runs} runs\n`);

  // Wall time, and CPU time of the process (less sensitive to other load on a shared machine;
  // it includes the garbage collector's helper threads).
  const time = (name, fn) => {
    const times = [];
    const cpu = [];
    for (let r = 0; r < runs; r++) {
      const start = process.hrtime.bigint();
      const startCpu = process.cpuUsage();
      fn();
      const used = process.cpuUsage(startCpu);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      cpu.push((used.user + used.system) / 1e3);
    }
    const best = Math.min(...times);
    const ms = (n) => n.toFixed(0).padStart(6);
    console.log(`${name.padEnd(34)} ${ms(best)} ms   cpu ${ms(Math.min(...cpu))} ms   (first run ${times[0].toFixed(0)} ms)`);
    return best;
  };
  let sink = 0;
  const read = time('read files (utf8)', () => {
    for (const f of inputs) sink += readFileSync(f.path, 'utf8').length;
  });
  const lexer = time('yaml Lexer only (tokens)', () => {
    for (const f of inputs) for (const token of new Lexer().lex(f.text)) sink += token.length;
  });
  const library = time('parseYamlWithLibrary (reference)', () => {
    for (const f of inputs) sink += parseYamlWithLibrary(f.path, f.text).documents.length;
  });
  const fast = time('parseFastYaml', () => {
    for (const f of inputs) {
      const result = parseFastYaml(f.path, f.text);
      sink += result.ok ? result.file.documents.length : 0;
    }
  });
  const combined = time('parseYaml (fast, else library)', () => {
    for (const f of inputs) sink += parseYaml(f.path, f.text).documents.length;
  });
  console.log(`\nparseYaml is ${(library / combined).toFixed(1)}x faster than the library path,`);
  console.log(`${(lexer / combined).toFixed(1)}x faster than the library's lexer alone,`);
  console.log(`and takes ${(combined / read).toFixed(1)}x the time of reading the files (fast parser alone: ${fast.toFixed(0)} ms).`);
  if (sink < 0) console.log(sink);
} finally {
  rmSync(out, { recursive: true, force: true });
}
