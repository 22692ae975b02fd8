// The lint benchmark's floor: read every manifest under a folder and parse it with the same
// parser kubeplan uses, keeping nothing. Whatever kubeplan does beyond this is its own cost.
// With --keep, every parsed file is kept until the end, as a linter that checks across objects must.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { parseYaml } from '../dist/parse-floor.js';

// the V8 settings kubeplan's CLI gives a large lint run (expectLongRun in src/cli/bin.ts): the floor gets them too
setFlagsFromString('--interrupt-budget=400000 --heap-growing-percent=1000');

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(path);
  }
  return out;
}

const keep = process.argv.includes('--keep');
const kept = [];
let documents = 0;
for (const file of walk(process.argv[process.argv.length - 1])) {
  const parsed = parseYaml(file, readFileSync(file, 'utf8'));
  if (keep) kept.push(parsed);
  documents += parsed.documents.length;
}
if (documents === 0) process.exit(2);
