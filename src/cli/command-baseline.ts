import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { InvalidFileError, UsageError } from '../core/errors';
import type { Finding } from '../core/types';
import { type Baseline, type BaselineFileKey, type BaselineProblem, buildBaseline, filterByBaseline, formatBaseline, parseBaseline } from '../engine/baseline';
import { KUSTOMIZE_BUILD_SUFFIX, STDIN_NAME } from '../io/read-inputs';
import type { CliIo } from './cli-io';

/** The options of the commands that take a baseline (`lint`, `check`). */
export interface BaselineOptions {
  baseline?: string;
  'update-baseline'?: boolean;
}

/** A run's `--baseline` file: read to filter findings, or (`--update-baseline`) to be written. */
export interface CommandBaseline {
  /** As the command line names it, for messages. */
  name: string;
  path: string;
  fileKey: BaselineFileKey;
  /** `--update-baseline`: the run writes the file (and exits 0) instead of reading it. */
  update: boolean;
  /** The accepted findings; null when the run writes the file. */
  baseline: Baseline | null;
}

/** `--baseline FILE` read (or, with `--update-baseline`, only located); null without the option. */
export async function loadCommandBaseline(options: BaselineOptions, io: CliIo): Promise<CommandBaseline | null> {
  const name = options.baseline;
  if (options['update-baseline'] && !name) throw new UsageError('--update-baseline needs --baseline FILE');
  if (!name) return null;
  const path = resolve(io.cwd, name);
  const fileKey = buildBaselineFileKey(io.cwd, dirname(path));
  if (options['update-baseline']) return { name, path, fileKey, update: true, baseline: null };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read baseline ${name}: ${describeFsError(error)}`);
  }
  const parsed = parseBaseline(text, fileKey);
  if (!parsed.baseline) throw await locateBaselineProblems(name, text, parsed.problems);
  return { name, path, fileKey, update: false, baseline: parsed.baseline };
}

/** How many problems of a broken baseline are listed (a file of thousands of entries could have as many). */
const MAX_PROBLEMS_LISTED = 20;

/** The problems at their line and column; the parser (and the `yaml` library) loaded only for a broken file. */
async function locateBaselineProblems(name: string, text: string, problems: readonly BaselineProblem[]): Promise<InvalidFileError> {
  const { parseYaml } = await import('../source/parse-yaml');
  const source = parseYaml(name, text);
  const document = source.documents[0];
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED).map(({ at, message }) => {
    const { line, column } = typeof at === 'number' ? source.lines.position(at) : (document?.locate(at, 'value') ?? { line: 1, column: 1 });
    return { line, column, message };
  });
  return new InvalidFileError('baseline', name, listed, problems.length - listed.length);
}

/** The findings a baseline read does not account for (all of them when the run writes one). */
export function filterByCommandBaseline(run: CommandBaseline, findings: readonly Finding[]): Finding[] {
  return run.baseline ? filterByBaseline(findings, run.baseline, run.fileKey) : [...findings];
}

/** Writes the findings as the baseline (`--update-baseline`) and says so on stderr. */
export function writeCommandBaseline(run: CommandBaseline, findings: readonly Finding[], io: CliIo): void {
  try {
    writeFileSync(run.path, formatBaseline(buildBaseline(findings, run.fileKey)));
  } catch (error) {
    throw new UsageError(`cannot write baseline ${run.name}: ${describeFsError(error)}`);
  }
  io.stderr.write(`kubeplan: wrote ${findings.length} finding(s) to ${run.name}\n`);
}

/**
 * A finding's file (relative to the working folder `cwd`, or absolute) as a baseline in `folder`
 * names it: relative to that folder, `.` and `..` resolved, `/`-separated. Stdin stays `<stdin>`; a
 * rendered kustomization keeps its suffix after its folder. Remembered per file: every finding asks.
 */
export function buildBaselineFileKey(cwd: string, folder: string): BaselineFileKey {
  const keys = new Map<string, string>();
  const keyOf = (file: string): string => {
    // standard input, and no file (a plan problem about an object only at the --base ref)
    if (file === STDIN_NAME || file === '') return file;
    if (file.endsWith(KUSTOMIZE_BUILD_SUFFIX)) return keyOf(file.slice(0, -KUSTOMIZE_BUILD_SUFFIX.length)) + KUSTOMIZE_BUILD_SUFFIX;
    return relative(folder, resolve(cwd, file)).split(sep).join('/') || '.';
  };
  return (file) => {
    let key = keys.get(file);
    if (key === undefined) keys.set(file, (key = keyOf(file)));
    return key;
  };
}

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
  }
}
