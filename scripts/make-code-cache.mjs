// Run by scripts/build.mjs: runs the CLI bundle once on the shipped examples (`kubeplan check
// examples/`: lint with every rule, schemas, the plan, the text and JSON reports) and, at exit,
// writes the V8 code cache of all it compiled to dist/kubeplan.cache (see bin/bundle.js). A function
// the run does not call is not in the cache: V8 compiles it when a later run first calls it. The run
// must not change V8 flags (a large lint run does): V8 refuses a cache made under other flags.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { devNull } from 'node:os';

const { CODE_CACHE, compileBundle, runBundle } = createRequire(import.meta.url)('../bin/bundle.js');

const script = compileBundle(false);
process.argv = [
  process.argv[0], 'kubeplan', 'check', '--config', 'scripts/code-cache.kubeplan.yaml', '--fail-on', 'none',
  '--output', `json=${devNull}`, 'examples/',
];
process.on('exit', () => writeFileSync(CODE_CACHE, script.createCachedData()));
runBundle(script);
