import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { RULES } from '../../../rules/index';
import type { ParsedConfig } from '../../config/config';
import { configError } from '../../config/config-problems';
import { buildExclusionMatcher } from '../../config/exclusions';
import { UsageError } from '../../core/errors';
import type { LintReport, RuleInfo } from '../../core/report';
import { type Finding, type InputFile, SEVERITY_RANK, type Severity } from '../../core/types';
import { selectRules } from '../../engine/select-rules';
import type { AnyRule } from '../../engine/rule';
import { type LintOptions, type LintResult, runLint } from '../../engine/run-lint';
import type { ResolvedRule } from '../../engine/run-rules';
import { formatGithubParts } from '../../formatters/github';
import { formatJsonParts } from '../../formatters/json';
import { formatJunitParts } from '../../formatters/junit';
import { formatSarifParts } from '../../formatters/sarif';
import { type TextFormatOptions, formatTextParts } from '../../formatters/text';
import { readInputs } from '../../io/read-inputs';
import { type ParsedInputs, buildParsedInputs } from '../../resources/build-parsed-inputs';
import { isJsonStream, parseJsonStream } from '../../source/json-stream';
import { parseWithoutLibrary } from '../../source/parse-without-library';
import type { Refusals, Resource } from '../../resources/resource';
import type { SourceFile } from '../../source/source-file';
import { type OptionSpecs, type ParsedOptions, formatOptionsHelp, parseCommandArgs } from '../args';
import { type CliIo, isInteractive, useColor, watchForLongRun } from '../cli-io';
import { type CommandBaseline, filterByCommandBaseline, loadCommandBaseline, writeCommandBaseline } from '../command-baseline';
import { buildIgnoreMatcher, loadCommandConfig } from '../command-config';
import type { Command } from '../main';
import { NO_PROGRESS, type Progress, withProgress } from '../progress';
import { buildKindValidator, needsSchemaCompiler } from '../../schema/kind-validator';
import { DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS, type KubernetesVersion, parseKubernetesVersion } from '../../schema/kubernetes-versions';
import { loadSchemaCatalog } from '../../io/load-schemas';
import { HOMEPAGE, VERSION } from '../version';

/** Finding formats: one formatter file each in src/formatters. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export const LINT_OPTIONS = {
  format: { type: 'string', short: 'f', help: 'output format on stdout (default text)', value: 'format', choices: FORMATS },
  output: {
    type: 'string',
    short: 'o',
    multiple: true,
    help: 'also write a format to a file, e.g. sarif=results.sarif; repeatable',
    value: 'format=file',
  },
  'fail-on': {
    type: 'string',
    help: 'exit 1 when a finding has at least this severity (default error)',
    value: 'severity',
    choices: ['error', 'warning', 'info', 'none'],
  },
  'kubernetes-version': {
    type: 'string',
    help: `target Kubernetes minor version: ${KUBERNETES_VERSIONS.join(', ')} (default: config, else ${DEFAULT_KUBERNETES_VERSION})`,
    value: 'version',
  },
  'no-strict': { type: 'boolean', help: 'unknown fields are not errors (schema validation)' },
  'schema-location': {
    type: 'string',
    multiple: true,
    help: "extra schemas: a folder or URL template in kubeconform's layout, or 'default'; repeatable",
    value: 'location',
  },
  'ignore-missing-schemas': { type: 'boolean', help: 'a kind without a schema is not an error' },
  config: { type: 'string', short: 'c', help: 'configuration file (default: nearest .kubeplan.yaml)', value: 'file' },
  'no-config': { type: 'boolean', help: 'ignore any .kubeplan.yaml' },
  context: {
    type: 'string',
    multiple: true,
    help: 'also index these files/folders so references resolve (not linted); repeatable',
    value: 'path',
  },
  'skip-non-manifests': {
    type: 'boolean',
    help: 'skip files without any Kubernetes object (no apiVersion or kind: CI or tool configuration); for pre-commit',
  },
  'no-inline-ignore': { type: 'boolean', help: 'refuse kubeplan.io/ignore annotations and # kubeplan-ignore comments' },
  baseline: { type: 'string', help: 'report only findings that are not in this baseline file', value: 'file' },
  'update-baseline': { type: 'boolean', help: 'write the current findings to the --baseline file and exit 0' },
} satisfies OptionSpecs;

export const command: Command = {
  summary: 'check manifests: YAML, schemas and lint rules',
  help: `Usage: kubeplan lint [options] [paths...]

Checks Kubernetes manifests: files, folders (recursive), or - for stdin; default the current folder.

Options:
${formatOptionsHelp(LINT_OPTIONS)}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.`,
  async run(argv, io) {
    const { options, positionals } = parseCommandArgs('lint', argv, LINT_OPTIONS);
    const outputs = parseOutputs(options.output ?? []);
    const started = io.now();
    const result = await withProgress(io, (progress) => lint(positionals, options, io, progress));
    if (result.baseline?.update) writeCommandBaseline(result.baseline, result.report.findings, io);
    const code = writeOutputs(outputs, io, (format) => renderReportParts(result.report, format, { color: false }));
    for (const part of formatReport(result.report, (options.format ?? 'text') as Format, io, io.now() - started)) io.stdout.write(part);
    return Math.max(code, result.exitCode);
  },
};

export interface OutputTarget<F extends string = Format> {
  format: F;
  file: string;
}

/** `--output FORMAT=FILE` values; a bad one is a usage error before anything runs. */
export function parseOutputs<F extends string = Format>(values: readonly string[], formats: readonly F[] = FORMATS as readonly string[] as readonly F[]): OutputTarget<F>[] {
  return values.map((value) => {
    const at = value.indexOf('=');
    const format = value.slice(0, at) as F;
    const file = value.slice(at + 1);
    if (at <= 0 || file === '' || !formats.includes(format)) {
      throw new UsageError(`--output must be FORMAT=FILE with FORMAT one of ${formats.join(', ')} (got "${value}")`);
    }
    if (file === '-') throw new UsageError(`--output writes a file: for standard output, use --format ${format}`);
    return { format, file };
  });
}

/** Writes each `--output` file (`render` gives plain text: no colour or timings); a write failure exits 2. */
export function writeOutputs<F extends string>(
  outputs: readonly OutputTarget<F>[],
  io: CliIo,
  render: (format: F) => string | Iterable<string>,
): number {
  let code = 0;
  for (const { format, file } of outputs) {
    try {
      writeReport(resolve(io.cwd, file), render(format));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      io.stderr.write(`kubeplan: cannot write ${file}: ${reason}\n`);
      code = 2;
    }
  }
  return code;
}

/** Writes a report, made whole or in parts, to a file (replaced). */
function writeReport(path: string, report: string | Iterable<string>): void {
  if (typeof report === 'string') return writeFileSync(path, report);
  const fd = openSync(path, 'w');
  try {
    for (const part of report) {
      const bytes = Buffer.from(part);
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    }
  } finally {
    closeSync(fd);
  }
}

export interface LintRun {
  report: LintResult;
  exitCode: number;
  config: ParsedConfig | null;
  /** The settings the run used, after flags and configuration. */
  settings: { kubernetesVersion: string; strict: boolean; failOn: Severity | 'none' };
  /** What was linted (after --skip-non-manifests): `check` plans these same objects. */
  parsed: ParsedInputs;
  /** The run's exclusions, inline suppressions and baseline, for findings added later (the plan's). */
  suppression: Pick<LintOptions, 'inlineSuppressions' | 'isExcluded' | 'baseline'>;
  /**
   * The --baseline file. With --update-baseline the caller writes it (lint its findings, check its
   * findings and the plan's) and the exit code is 0.
   */
  baseline: CommandBaseline | null;
}

export { DEFAULT_KUBERNETES_VERSION };

/** Everything `kubeplan lint` does before printing; `check` reuses it. */
export async function lint(
  positionals: string[],
  options: ParsedOptions<typeof LINT_OPTIONS>,
  io: CliIo,
  progress: Progress = NO_PROGRESS,
): Promise<LintRun> {
  const config = await loadCommandConfig(options, io);
  const settings = config?.config ?? {};
  const rules = selectConfiguredRules(config);

  const ignore = buildIgnoreMatcher(config, io.cwd);
  const paths = positionals.length > 0 ? positionals : ['.'];
  progress.update('reading manifests');
  const read = await readInputs(paths, { cwd: io.cwd, readStdin: io.readStdin, ignore, onRead: watchForLongRun(io) });
  const all = await parseWithProgress(read.files, progress);
  const parsed = options['skip-non-manifests'] ? dropNonManifests(all) : all;

  // the configuration's paths are relative to its file, as ignorePaths are
  const configDir = config ? dirname(resolve(io.cwd, config.file)) : io.cwd;
  const contextPaths = [...(options.context ?? []), ...(settings.context ?? []).map((p) => relative(io.cwd, resolve(configDir, p)) || '.')];
  const contextRead = contextPaths.length > 0 ? await readInputs(contextPaths, { cwd: io.cwd, readStdin: io.readStdin, ignore }) : null;
  let context: Resource[] = [];
  if (contextRead) {
    const linted = new Set(read.files.map((f) => resolve(io.cwd, f.file)));
    context = buildParsedInputs(await parseFiles(contextRead.files.filter((f) => !linted.has(resolve(io.cwd, f.file))))).resources;
  }

  // a context path that does not exist (or holds no manifests) is said, as a linted one is; the notes
  // about what a folder walk skips (charts, kustomizations) are not: the context is not linted
  const inputFindings = contextRead ? [...read.findings, ...contextRead.findings.filter((f) => f.severity !== 'info')] : read.findings;
  const ioError = read.ioError || Boolean(contextRead?.ioError);

  const kubernetesVersion = parseKubernetesVersion(options['kubernetes-version'] ?? settings.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION);
  const strict = options['no-strict'] ? false : (settings.strict ?? true);
  const failOn = (options['fail-on'] ?? settings.failOn ?? 'error') as Severity | 'none';
  const resolved = { kubernetesVersion, strict, failOn };

  const baseline = await loadCommandBaseline(options, io);

  const schema = await buildSchemaValidator(parsed.resources, context, io, {
    kubernetesVersion,
    strict,
    schemaLocations: [...(options['schema-location'] ?? []), ...(settings.schemaLocations ?? [])],
    ignoreMissingSchemas: Boolean(options['ignore-missing-schemas'] || settings.ignoreMissingSchemas),
  });

  progress.update(`linting ${plural(parsed.resources.length, 'resource')}`);
  await progress.pause();
  const suppression: LintRun['suppression'] = {
    inlineSuppressions: !(options['no-inline-ignore'] || settings.inlineIgnore === false),
    isExcluded: buildExclusionMatcher(settings.exclude ?? []),
    ...(baseline?.baseline ? { baseline: (findings: readonly Finding[]) => filterByCommandBaseline(baseline, findings) } : {}),
  };
  const report = runLint(parsed, {
    schema,
    rules,
    kubernetesVersion,
    context,
    inputFindings,
    ...suppression,
    ruleInfo: ruleInfo(RULES),
  });

  const exitCode = baseline?.update ? 0 : ioError ? 2 : failsAt(report, failOn) ? 1 : 0;
  return { report, exitCode, config, settings: resolved, parsed, suppression, baseline };
}

/** Parses the files; on a terminal, in slices so that the progress line can move between them. */
async function parseWithProgress(files: readonly InputFile[], progress: Progress): Promise<ParsedInputs> {
  return buildParsedInputs(await parseFiles(files, progress));
}

/**
 * parseYaml, with the `yaml` library (~10 ms to load) imported only when a file needs it: most
 * runs' files all take the fast parser's path.
 */
async function parseFiles(files: readonly InputFile[], progress: Progress = NO_PROGRESS): Promise<SourceFile[]> {
  const sources: SourceFile[] = [];
  let library: typeof import('../../source/parse-yaml-with-library') | undefined;
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    if (progress.active && i % 25 === 0) {
      progress.update(`parsing ${formatCount(i)}/${plural(files.length, 'file')}`);
      await progress.pause();
    }
    let source: SourceFile | null;
    if (isJsonStream(f.text)) {
      const loaded = (library ??= await import('../../source/parse-yaml-with-library'));
      const parse = (file: string, text: string) => parseWithoutLibrary(file, text) ?? loaded.parseYamlWithLibrary(file, text);
      source = parseJsonStream(f.file, f.text, parse) ?? parse(f.file, f.text);
    } else {
      source = parseWithoutLibrary(f.file, f.text);
    }
    if (!source) {
      library ??= await import('../../source/parse-yaml-with-library');
      source = library.parseYamlWithLibrary(f.file, f.text);
    }
    sources.push(source);
  }
  return sources;
}

/**
 * Drops the files that hold no Kubernetes object at all (every document lacks both apiVersion and
 * kind), e.g. a CI workflow or a tool's configuration handed over by pre-commit. Files that do not
 * parse are kept: a syntax error is worth reporting wherever it is.
 */
export function dropNonManifests(parsed: ParsedInputs): ParsedInputs {
  const looksLikeManifest = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && ('apiVersion' in value || 'kind' in value);
  const skipped = new Set(
    parsed.sources.filter((s) => s.problems.length === 0 && !s.documents.some((d) => looksLikeManifest(d.value))).map((s) => s.file),
  );
  if (skipped.size === 0) return parsed;
  return {
    sources: parsed.sources.filter((s) => !skipped.has(s.file)),
    resources: parsed.resources.filter((r) => !skipped.has(r.file)),
    findings: parsed.findings.filter((f) => !skipped.has(f.file)),
  };
}

export function ruleInfo(registry: ReadonlyMap<string, AnyRule>): Map<string, RuleInfo> {
  return new Map(
    [...registry].map(([id, r]) => [
      id,
      { id, category: r.meta.category, severity: r.meta.severity, summary: r.meta.summary, rationale: r.meta.rationale, fix: r.meta.fix },
    ]),
  );
}

/**
 * The report for stdout, in parts to write one after another (see renderReportParts): colour and
 * timings only for an interactive terminal.
 */
export function formatReport(report: LintReport, format: Format, io: CliIo, elapsedMs: number): Iterable<string> {
  const text: TextFormatOptions = { color: useColor(io), ...(isInteractive(io, io.stdout) ? { elapsedMs } : {}) };
  return renderReportParts(report, format, text);
}

interface SchemaSettings {
  kubernetesVersion: KubernetesVersion;
  strict: boolean;
  schemaLocations: string[];
  ignoreMissingSchemas: boolean;
}

/** The schema validation of the objects (`context`: objects that are not linted but may define CRDs). */
async function buildSchemaValidator(resources: readonly Resource[], context: readonly Resource[], io: CliIo, settings: SchemaSettings) {
  const { kubernetesVersion, strict, schemaLocations, ignoreMissingSchemas } = settings;
  const catalog = await loadSchemaCatalog({ kubernetesVersion, schemaLocations, strict, resources, cwd: io.cwd });
  const schemaResources = [...resources, ...context];
  // ajv (slow to load and to compile) only for CRDs and external schemas the interpreter cannot follow
  const schemaOptions = { kubernetesVersion, strict, ignoreMissingSchemas };
  const compiler = needsSchemaCompiler(schemaOptions, catalog, schemaResources) ? (await import('../../schema/ajv-compiler')).buildAjvCompiler : null;
  return buildKindValidator(schemaOptions, catalog, schemaResources, compiler);
}

/** The rules a configuration enables, with their options; unknown rules and bad options refused, located. */
function selectConfiguredRules(config: ParsedConfig | null): ResolvedRule[] {
  const { rules, problems } = selectRules(RULES, config?.config ?? {});
  if (config && problems.length > 0) throw configError(config.file, config.document, problems);
  return rules;
}

/**
 * What the API server would refuse in the objects `kubeplan plan` applies, found as lint finds it
 * (schema errors, the refusals of the enabled rules, exclusions and inline suppressions honoured)
 * without printing anything. `context`: the current state, which references may point to.
 */
export async function findRefusals(
  parsed: ParsedInputs,
  context: readonly Resource[],
  config: ParsedConfig | null,
  kubernetesVersion: string,
  io: CliIo,
): Promise<Refusals> {
  const settings = config?.config ?? {};
  const rules = selectConfiguredRules(config);
  // plan takes any 1.x version; schemas ship for some
  const shipped = (KUBERNETES_VERSIONS as readonly string[]).includes(kubernetesVersion);
  const schema = shipped
    ? await buildSchemaValidator(parsed.resources, context, io, {
        kubernetesVersion: kubernetesVersion as KubernetesVersion,
        strict: settings.strict ?? true,
        schemaLocations: settings.schemaLocations ?? [],
        ignoreMissingSchemas: Boolean(settings.ignoreMissingSchemas),
      })
    : null;
  return runLint(parsed, {
    schema,
    rules: rules.filter((r) => r.rule.meta.refusals !== undefined),
    kubernetesVersion,
    context,
    inlineSuppressions: settings.inlineIgnore !== false,
    isExcluded: buildExclusionMatcher(settings.exclude ?? []),
  }).refusals;
}

/** Any finding format, as a string. */
export function renderReport(report: LintReport, format: Format, text: TextFormatOptions): string {
  return [...renderReportParts(report, format, text)].join('');
}

/**
 * Any finding format, in consecutive parts to write one after another: a large report in many,
 * of some 64K characters or a hundred findings each, made one at a time as they are written.
 */
export function renderReportParts(report: LintReport, format: Format, text: TextFormatOptions): Iterable<string> {
  switch (format) {
    case 'json':
      return formatJsonParts(report);
    case 'sarif':
      return formatSarifParts(report, { version: VERSION, informationUri: HOMEPAGE });
    case 'github':
      return formatGithubParts(report);
    case 'junit':
      return formatJunitParts(report);
    default:
      return formatTextParts(report, text);
  }
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** `12345` → `12,345`, as toLocaleString('en-US') writes it, without loading ICU's locale data (~12 ms). */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function failsAt(report: LintReport, level: Severity | 'none'): boolean {
  return reachesFailOn(report.findings, level);
}

/** Whether any of these (findings, or plan problems) has at least the --fail-on severity. */
export function reachesFailOn(items: readonly { severity: Severity }[], level: Severity | 'none'): boolean {
  if (level === 'none') return false;
  return items.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}
