// Run by scripts/build.mjs: runs the CLI bundle once on the shipped examples (`kubeplan check
// examples/`: lint, schemas, the plan and the text report) and, at exit, writes the V8 code cache of
// all it compiled to dist/kubeplan.cache (see bin/bundle.js). The run must not change V8 flags
// (a large lint run does): V8 refuses a cache made under other flags.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { CODE_CACHE, compileBundle, runBundle } = createRequire(import.meta.url)('../bin/bundle.js');

const script = compileBundle(false);
process.argv = [process.argv[0], 'kubeplan', 'check', '--no-config', 'examples/'];
process.on('exit', () => writeFileSync(CODE_CACHE, script.createCachedData()));
runBundle(script);
