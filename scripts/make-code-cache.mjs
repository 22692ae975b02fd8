// Run by scripts/build.mjs: runs the CLI bundle on training inputs and, at exit, writes the V8 code
// cache of all it compiled to dist/kubeplan.cache (see bin/bundle.js). A function the training does
// not call is not in the cache: V8 parses and compiles it when a later run first calls it. The
// training, in one process (the cache is the compiled code of this process's script):
// - `kubeplan check examples/` (lint with every rule, schemas, the plan, the text and JSON reports);
// - `kubeplan lint --format json` on every rule's documented examples (rules/*.md: the valid and
//   the invalid cases of each rule) and scripts/code-cache/ (what those do not show: objects the
//   schemas refuse, every YAML scalar style, a JSON manifest).
// The runs must not change V8 flags (a lint or plan run of 128,000 characters of manifests or more
// does: LONG_RUN_CHARS in src/cli/cli-io.ts; these are ~70,000): V8 refuses a cache made under
// other flags, which the build checks.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';

const { CODE_CACHE, compileBundle, runBundle } = createRequire(import.meta.url)('../bin/bundle.js');

const CONFIG = ['--config', 'scripts/code-cache.kubeplan.yaml', '--fail-on', 'none'];
const examples = writeRuleExamples();
const runs = [
  ['check', ...CONFIG, '--output', `json=${devNull}`, 'examples/'],
  ['lint', ...CONFIG, '--format', 'json', examples, 'scripts/code-cache/'],
];

const script = compileBundle(false);
// a run ends with process.exit once its output is written: the next run starts there instead, unless it failed
const exit = process.exit.bind(process);
process.exit = (code = process.exitCode ?? 0) => (code === 0 && runs.length > 0 ? run(runs.shift()) : exit(code));
process.on('exit', () => {
  rmSync(examples, { recursive: true, force: true });
  writeFileSync(CODE_CACHE, script.createCachedData());
});
run(runs.shift());

function run(args) {
  process.argv = [process.argv[0], 'kubeplan', ...args];
  runBundle(script);
}

/** Every rule's documented examples, one file each, in a new temporary folder. */
function writeRuleExamples() {
  const dir = mkdtempSync(join(tmpdir(), 'kubeplan-code-cache-'));
  const rulesDir = new URL('../rules/', import.meta.url);
  for (const name of readdirSync(rulesDir).filter((f) => f.endsWith('.md'))) {
    const doc = readFileSync(new URL(name, rulesDir), 'utf8');
    let n = 0;
    for (const [, code] of doc.matchAll(/```yaml (?:valid|invalid)\n([\s\S]*?)```/g)) {
      writeFileSync(join(dir, `${name.slice(0, -'.md'.length)}-${++n}.yaml`), code);
    }
  }
  return dir;
}
