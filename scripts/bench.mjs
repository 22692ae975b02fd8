#!/usr/bin/env node
// kubeplan benchmark: `npm run bench`. Builds its own inputs under .bench/, runs each case several
// times in fresh processes, in rounds with its floor, and prints medians of wall time, CPU time and
// peak memory, each as a ratio against the floor measured in the same run on the same machine:
//   - one small file end to end (and with a .kubeplan.yaml) vs `node -e 0`
//   - the corpus as it is (a repository's size, for information), schemas and the default rules vs reading and parsing it
//   - 10,000 documents, schemas and the default rules (and, for information, every rule) vs reading and parsing the same bytes (the floor)
//   - 10,000 pods on 1,000 nodes (planner)  absolute (target: under 1 s): Deployments, StatefulSets, a DaemonSet
// Options: --runs N (default 5), --json (machine-readable), --only NAME[,NAME] (small, corpus, lint, plan).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, '.bench');
const corpusDir = join(root, '..', 'shared', 'corpus');
const probe = join(root, 'scripts', 'bench-probe.mjs');
const parseFloor = join(root, 'scripts', 'bench-parse-floor.mjs');
const cli = join(root, 'bin', 'kubeplan.js');

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const asJson = args.includes('--json');
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const TARGET_DOCUMENTS = 10_000;

if (!existsSync(join(root, 'dist', 'kubeplan.cjs'))) {
  console.error('dist/ is missing: run `npm run build` first (npm ci does it).');
  process.exit(2);
}

// ---------- inputs ----------

function listYaml(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(path));
    else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Exits when the corpus (../shared/corpus) is absent: `what` needs it. */
function requireCorpus(what) {
  if (existsSync(corpusDir)) return;
  console.error(`the corpus is absent (${relative(root, corpusDir)}): ${what} needs it.`);
  process.exit(2);
}

/** The corpus replicated to about 10,000 documents, each copy's objects renamed so all are unique. */
function buildCorpusInput() {
  const dir = join(benchDir, 'corpus-10k');
  if (existsSync(join(dir, '.done'))) return dir;
  requireCorpus('the 10k-document benchmark');
  rmSync(dir, { recursive: true, force: true });
  const sources = [];
  for (const file of listYaml(corpusDir)) {
    const docs = parseAllDocuments(readFileSync(file, 'utf8'), { version: '1.1' });
    const good = (Array.isArray(docs) ? docs : []).filter(
      (d) => d.errors.length === 0 && d.contents && typeof d.get('kind') === 'string' && !/List$/.test(d.get('kind')),
    );
    if (good.length > 0) sources.push({ file: relative(corpusDir, file), docs: good });
  }
  const perCopy = sources.reduce((n, s) => n + s.docs.length, 0);
  const copies = Math.ceil(TARGET_DOCUMENTS / perCopy);
  let written = 0;
  for (let copy = 0; copy < copies && written < TARGET_DOCUMENTS; copy++) {
    for (const { file, docs } of sources) {
      if (written >= TARGET_DOCUMENTS) break;
      const texts = [];
      for (const doc of docs.slice(0, TARGET_DOCUMENTS - written)) {
        const clone = doc.clone();
        const name = clone.getIn(['metadata', 'name']);
        if (typeof name === 'string') clone.setIn(['metadata', 'name'], `${name}-c${copy}`);
        texts.push(clone.toString());
        written++;
      }
      const target = join(dir, `copy-${copy}`, file.replace(/\.json$/, '.yaml'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, texts.join('---\n'));
    }
  }
  writeFileSync(join(dir, '.done'), `${written}\n`);
  return dir;
}

function buildSmallFile() {
  const file = join(benchDir, 'small', 'web.yaml');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: { app: web }
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27.3
          ports: [{ name: http, containerPort: 8080 }]
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { memory: 256Mi }
          readinessProbe: { httpGet: { path: /healthz, port: http } }
          livenessProbe: { httpGet: { path: /healthz, port: http } }
          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: { drop: [ALL] }
`,
  );
  return file;
}

/**
 * 10,000 pods on 1,000 nodes in three zones: 85 Deployments and 5 StatefulSets of 100 replicas
 * (8,500 + 500 pods) and one DaemonSet (a pod on each of the 1,000 nodes).
 */
function buildPlanInput() {
  const dir = join(benchDir, 'plan');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'cluster.yaml'),
    'nodePools:\n  - name: node\n    count: 1000\n    capacity: { cpu: "16", memory: 64Gi, pods: 110 }\n    zones: [a, b, c]\n',
  );
  const workload = (kind, name, replicas, extra = '') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
spec:
${replicas === null ? '' : `  replicas: ${replicas}\n`}${extra}  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: app
          image: registry.example.com/${name}:1.0.0
          resources:
            requests: { cpu: 100m, memory: 128Mi }
`;
  const docs = [];
  for (let i = 0; i < 85; i++) docs.push(workload('Deployment', `app-${i}`, 100));
  for (let i = 0; i < 5; i++) docs.push(workload('StatefulSet', `db-${i}`, 100, `  serviceName: db-${i}\n`));
  docs.push(workload('DaemonSet', 'node-agent', null));
  writeFileSync(join(dir, 'workloads.yaml'), docs.join('---\n'));
  return dir;
}

// ---------- measuring ----------

/** A case to measure: a command run in fresh processes. */
const command = (name, commandArgs) => ({ name, commandArgs });

/**
 * Measures a row's cases (`{ subject: command(…), floor: command(…), … }`) in rounds: each round
 * runs every case once, in a fresh process, so that the machine's speed drifting during the bench
 * moves a case and its floor alike. The first round warms the file cache and is not counted; then
 * `runs` rounds. Each case: medians of wall, CPU (user+sys) and peak RSS.
 */
function measureRow(cases) {
  const entries = Object.entries(cases);
  const samples = new Map(entries.map(([key]) => [key, []]));
  for (let round = 0; round < runs + 1; round++) {
    for (const [key, { name, commandArgs }] of entries) {
      const sample = runOnce(name, commandArgs);
      if (round > 0) samples.get(key).push(sample);
    }
  }
  return Object.fromEntries(
    entries.map(([key, { name }]) => {
      const list = samples.get(key);
      return [key, { name, wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rss: median(list.map((s) => s.rss)), samples: list }];
    }),
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * A case's ratio to its floor: the median of the rounds' ratios. The two ran one after the other
 * in each round, so a round's ratio is free of the machine's drift between rounds, which moves a
 * ratio of the two medians (their rounds differ) by several percent on a shared machine.
 */
function pairedRatio(a, b, field) {
  return median(a.samples.map((s, i) => s[field] / b.samples[i][field]));
}

/** One run of Node with these arguments: its wall time, CPU time (user+sys) and peak RSS, from the probe. */
function runOnce(name, commandArgs) {
  const out = join(benchDir, `probe-${process.pid}.json`);
  rmSync(out, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', probe, ...commandArgs], {
    cwd: root,
    env: { ...process.env, KUBEPLAN_BENCH_PROBE: out, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${name} failed (exit ${result.status}): ${result.stderr.toString().slice(0, 500)}`);
  }
  const usage = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return { wall, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000, rss: usage.maxRSS / 1024 };
}

function report(rows) {
  if (asJson) {
    const ratios = (a, b) => ({ wall: pairedRatio(a, b, 'wall'), cpu: pairedRatio(a, b, 'cpu'), rss: pairedRatio(a, b, 'rss') });
    const withRatios = rows.map((row) => ({
      ...row,
      ...(row.floor ? { ratio: ratios(row.subject, row.floor) } : {}),
      ...(row.floor && row.alternative ? { alternativeRatio: ratios(row.alternative, row.floor) } : {}),
      ...(row.context ? { contextRatio: ratios(row.subject, row.context) } : {}),
    }));
    console.log(JSON.stringify({ machine: machine(), runs, rows: withRatios }, null, 2));
    return;
  }
  console.log(`kubeplan bench — ${machine().cpu} ×${machine().cores}, ${machine().memory}, Node ${process.versions.node}, medians of ${runs} runs\n`);
  for (const row of rows) {
    console.log(row.title);
    for (const m of [row.subject, row.floor]) if (m) printMeasurement(m);
    if (row.floor) printRatio('ratio', row.subject, row.floor, row.target ? `   (target ${row.target})` : '');
    else console.log(`  target ${row.target}`);
    if (row.alternative) {
      printMeasurement(row.alternative);
      printRatio('ratio to the floor', row.alternative, row.floor);
    }
    if (row.context) {
      // for information: a second floor, not the target's
      printMeasurement(row.context);
      printRatio('ratio to it', row.subject, row.context);
    }
    console.log('');
  }
}

function printMeasurement(m) {
  console.log(`  ${m.name.padEnd(34)} wall ${m.wall.toFixed(0).padStart(6)} ms   cpu ${m.cpu.toFixed(0).padStart(6)} ms   peak ${m.rss.toFixed(0).padStart(5)} MB`);
}

function printRatio(label, a, b, tail = '') {
  const ratio = (field) => pairedRatio(a, b, field).toFixed(2);
  console.log(`  ${label.padEnd(34)} wall ${ratio('wall').padStart(6)} ×    cpu ${ratio('cpu').padStart(6)} ×    peak ${ratio('rss').padStart(5)} ×${tail}`);
}

/** A configuration file for a bench case, written beside its inputs. */
function writeConfig(name, text) {
  const file = join(benchDir, `${name}.kubeplan.yaml`);
  writeFileSync(file, text);
  return file;
}

/** What a project's .kubeplan.yaml typically holds: a version, rule settings with options, an exclusion. */
const PROJECT_CONFIG = `kubernetesVersion: "1.34"
rules:
  no-latest-tag:
    options: { mutableTags: [latest, main] }
  require-resource-requests: warn
exclude:
  - { kind: Deployment, name: legacy, reason: being replaced }
`;

function machine() {
  return { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, memory: `${Math.round(totalmem() / 2 ** 30)} GiB` };
}

// ---------- cases ----------

mkdirSync(benchDir, { recursive: true });
const rows = [];
const want = (name) => !only || only.has(name);

if (want('small')) {
  const small = buildSmallFile();
  rows.push({
    title: 'One small file end to end (kubeplan lint web.yaml)',
    target: '≤ 2× node -e 0',
    ...measureRow({
      subject: command('kubeplan lint (1 file)', [cli, 'lint', '--no-config', small]),
      floor: command('node -e 0', ['-e', '0']),
      // as a project runs it: with its configuration file
      alternative: command('kubeplan lint (.kubeplan.yaml)', [cli, 'lint', '--config', writeConfig('project', PROJECT_CONFIG), small]),
    }),
  });
}

if (want('corpus')) {
  requireCorpus('the corpus benchmark');
  const files = listYaml(corpusDir);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  rows.push({
    title: `The corpus as it is, a repository's size (${files.length} files, ${Math.round(bytes / 1024)} KB), schemas and the rules kubeplan lint runs`,
    ...measureRow({
      subject: command('kubeplan lint (default rules)', [cli, 'lint', '--no-config', '--format', 'json', corpusDir]),
      floor: command('read + parse only (floor)', [parseFloor, corpusDir]),
    }),
  });
}

if (want('lint')) {
  const corpus = buildCorpusInput();
  const documents = readFileSync(join(corpus, '.done'), 'utf8').trim();
  const bytes = listYaml(corpus).reduce((n, f) => n + statSync(f).size, 0);
  rows.push({
    title: `${documents} documents (${(bytes / 2 ** 20).toFixed(1)} MB), schemas and the rules kubeplan lint runs (opt-in rules off)`,
    target: '≤ 3× the parse floor, and ≤ 0.5× kubeconform -strict -n 2',
    ...measureRow({
      subject: command('kubeplan lint (default rules)', [cli, 'lint', '--no-config', '--format', 'json', corpus]),
      floor: command('read + parse only (floor)', [parseFloor, corpus]),
      // linting across objects keeps every document in memory, which makes garbage collection dearer
      context: command('parse floor, documents kept', [parseFloor, '--keep', corpus]),
      // every rule, the opt-in ones too (the strict preset): some 22,000 more findings to report
      alternative: command('kubeplan lint (every rule)', [cli, 'lint', '--config', writeConfig('every-rule', 'preset: strict\n'), '--format', 'json', corpus]),
    }),
  });
}

if (want('plan')) {
  const dir = buildPlanInput();
  rows.push({
    title: '10,000 pods on 1,000 nodes (kubeplan plan: 85 Deployments and 5 StatefulSets × 100 replicas, a DaemonSet)',
    target: 'under 1 s',
    ...measureRow({
      subject: command('kubeplan plan --format json', [cli, 'plan', '--no-config', '--format', 'json', '--cluster', join(dir, 'cluster.yaml'), join(dir, 'workloads.yaml')]),
    }),
  });
}

report(rows);
