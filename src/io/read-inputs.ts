// Synchronous reads on purpose: thousands of small files read one by one through the promise API
// spend most of their time waiting on the thread pool (measured: 1.4 s idle for 6,657 files).
import { type Stats, closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { flatString } from '../core/flat-string';
import { renderWithKubectl } from './kustomize';
import type { Finding, InputFile } from '../core/types';

export interface ReadInputsResult {
  files: InputFile[];
  /** `input` findings: paths that do not exist, unreadable or binary files. */
  findings: Finding[];
  /** True when a path could not be read at all (the CLI exits 2). */
  ioError: boolean;
}

export interface ReadInputsOptions {
  /** Relative paths are resolved against this folder; findings keep them as given. */
  cwd: string;
  /** Reads standard input when a path is "-": its bytes (checked as a file's are), or its text. */
  readStdin: () => Promise<string | Uint8Array>;
  /** Skip paths (relative, as discovered) matching this predicate. */
  ignore?: (path: string) => boolean;
  /** Renders a kustomize folder (default: `kubectl kustomize`). */
  renderKustomization?: (dir: string) => Promise<RenderResult>;
  /** Called with each input's text as soon as it is read (lint notices a large input early with it). */
  onRead?: (text: string) => void;
}

export type RenderResult = { text: string } | { error: string };

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export const STDIN_NAME = '<stdin>';
/** How findings name a rendered kustomization: its folder, then this. */
export const KUSTOMIZE_BUILD_SUFFIX = ' (kustomize build)';
const MANIFEST_EXTENSION = /\.(ya?ml|json)$/i;
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const SNIFF_BYTES = 8000;

/**
 * Reads the user's inputs: files, folders (recursive, sorted, skipping hidden files and folders
 * and node_modules; only .yaml/.yml/.json), and "-" for stdin. A path given explicitly is read
 * whatever its extension. Problems become `input` findings and never stop the other files.
 */
export async function readInputs(paths: readonly string[], options: ReadInputsOptions): Promise<ReadInputsResult> {
  const result: ReadInputsResult = { files: [], findings: [], ioError: false };
  const seen = new Set<string>();
  // Helm charts whose files were named (pre-commit passes the changed ones): one note per chart
  const charts = new Set<string>();
  for (const path of paths) {
    if (path !== '-' && options.ignore?.(path)) continue;
    if (path === '-') {
      let input: string | Uint8Array;
      try {
        input = await options.readStdin();
      } catch (error) {
        result.ioError = true;
        result.findings.push(inputFinding(STDIN_NAME, describeIoError(error)));
        continue;
      }
      const read = typeof input === 'string' ? { text: stripBom(input) } : decodeBytes(STDIN_NAME, Buffer.from(input.buffer, input.byteOffset, input.byteLength));
      if ('text' in read) addFile(result, options, STDIN_NAME, read.text);
      else result.findings.push(read.finding);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(resolve(options.cwd, path)).isDirectory();
    } catch (error) {
      result.ioError = true;
      result.findings.push(inputFinding(path, describeIoError(error)));
      continue;
    }
    const kustomizeRoot = isDirectory ? kustomizationIn(resolve(options.cwd, path)) : null;
    if (kustomizeRoot || KUSTOMIZATION_FILES.includes(basename(path))) {
      const dir = isDirectory ? path : dirname(path);
      await readKustomization(dir, options, result);
      continue;
    }
    if (!isDirectory) {
      const chart = helmChartOf(path, options.cwd);
      if (chart !== null) {
        if (!charts.has(chart)) result.findings.push(helmChartNote(chart));
        charts.add(chart);
        continue;
      }
    }
    const notes = result.findings.length;
    const files = isDirectory ? listManifests(path, options, result.findings) : [namedFile(path, resolve(options.cwd, path))];
    if (files.length === 0 && result.findings.length === notes) {
      // a mistyped folder, or manifests under another extension: say so rather than report a clean run
      result.findings.push({ ...inputFinding(path, 'no manifests in this folder (files ending in .yaml, .yml or .json)'), severity: 'warning' });
    }
    for (let i = 0; i < files.length; i++) {
      const { path: file, absolute, key } = files[i]!;
      if (seen.has(key)) continue;
      seen.add(key);
      const read = readManifest(file, absolute);
      if ('text' in read) addFile(result, options, file, read.text);
      else {
        result.findings.push(read.finding);
        result.ioError ||= read.ioError;
      }
    }
  }
  return result;
}

function addFile(result: ReadInputsResult, options: ReadInputsOptions, file: string, text: string): void {
  result.files.push({ file, text });
  options.onRead?.(text);
}

/**
 * A kustomize folder is rendered, never read file by file: its patches are partial objects.
 * Named explicitly, it is rendered with `kubectl kustomize`; met inside a folder walk, it is
 * skipped with a note saying how to lint it (rendering every base and overlay of a repository
 * would report the same objects several times).
 */
async function readKustomization(dir: string, options: ReadInputsOptions, result: ReadInputsResult): Promise<void> {
  const render = options.renderKustomization ?? renderWithKubectl;
  const rendered = await render(resolve(options.cwd, dir));
  const file = `${dir.replace(/\/+$/, '')}${KUSTOMIZE_BUILD_SUFFIX}`;
  if ('text' in rendered) addFile(result, options, file, rendered.text);
  else result.findings.push(inputFinding(join(dir, 'kustomization.yaml'), rendered.error));
}

const HELM_CHART_FILE = 'Chart.yaml';

/**
 * A Helm chart's templates are YAML only once rendered, and its Chart.yaml and values files are not
 * objects: the chart is noted, not read.
 */
function helmChartNote(dir: string): Finding {
  const message = `Helm chart not linted file by file (its templates are YAML only once rendered): run 'helm template ${dir} | kubeplan lint -' to check it`;
  return { ...inputFinding(join(dir, HELM_CHART_FILE), message), severity: 'info' };
}

/**
 * The Helm chart a named file belongs to: the nearest folder holding a Chart.yaml, from the file's
 * folder up to the working folder (outside it, the file's folder and its parent only). The folder
 * as the user would write it, or null.
 */
function helmChartOf(path: string, cwd: string): string | null {
  const root = resolve(cwd);
  const file = resolve(root, path);
  const inside = file.startsWith(root + sep);
  const folders = [dirname(file)];
  if (inside) while (folders[folders.length - 1] !== root) folders.push(dirname(folders[folders.length - 1]!));
  else folders.push(dirname(folders[0]!));
  const chart = folders.find((dir) => statOrNull(join(dir, HELM_CHART_FILE))?.isFile());
  if (chart === undefined) return null;
  return inside ? relative(root, chart) || '.' : chart;
}

function kustomizationIn(dir: string): string | null {
  try {
    const names = readdirSync(dir);
    return KUSTOMIZATION_FILES.find((n) => names.includes(n)) ?? null;
  } catch {
    return null;
  }
}

/** A listed manifest: its path as the user will read it, absolute (to read it), and the file it is (to skip repeats). */
interface ListedFile {
  path: string;
  absolute: string;
  key: string;
}

/**
 * The manifests under a folder. A symbolic link to a file is followed (as kubectl -R does), after
 * the folder's own files so that a link to one of them reads as a repeat; a link to a folder is
 * not followed (no cycles; an info note says how to lint it); a broken one gets a warning.
 */
function listManifests(root: string, { cwd, ignore }: ReadInputsOptions, notes: Finding[]): ListedFile[] {
  const out: ListedFile[] = [];
  const links: ListedFile[] = [];
  const rootAbsolute = resolve(cwd, root);
  // the files of the walk are keyed by their real path: the root's, then the names below it
  const realRoot = realPath(rootAbsolute);
  const realKey = realRoot === rootAbsolute ? (absolute: string) => absolute : (absolute: string) => realRoot + absolute.slice(rootAbsolute.length);
  // `join(dir, name)` for a folder's entries: a folder below the root is already normalised, and an
  // entry's name holds no separator and is never "." or "..", so the name is appended
  const under = (dir: string): string => {
    const normalised = join(dir);
    return normalised === '.' ? '' : normalised.endsWith(sep) ? normalised : `${normalised}${sep}`;
  };
  const walk = (dir: string, absoluteDir: string): void => {
    let entries;
    try {
      entries = readdirSync(absoluteDir, { withFileTypes: true });
    } catch {
      return;
    }
    if (dir !== root) {
      const kustomization = KUSTOMIZATION_FILES.find((n) => entries.some((e) => e.name === n));
      if (kustomization) {
        notes.push({
          ...inputFinding(join(dir, kustomization), `kustomize folder not linted file by file: run 'kubeplan lint ${dir}' to check its rendered output`),
          severity: 'info',
        });
        return;
      }
    }
    if (entries.some((e) => e.name === HELM_CHART_FILE)) {
      notes.push(helmChartNote(dir));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const prefix = under(dir);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const path = `${prefix}${entry.name}`;
      // Hidden entries (.git, .kubeplan.yaml, .pre-commit-config.yaml) are never manifests.
      if (entry.name.startsWith('.') || ignore?.(path)) continue;
      // an entry's name holds no separator: appending it keeps the absolute path normalised
      const absolute = absoluteDir.endsWith(sep) ? `${absoluteDir}${entry.name}` : `${absoluteDir}${sep}${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path, absolute);
      } else if (entry.isFile()) {
        // every finding, object and document of the file keeps its path
        if (MANIFEST_EXTENSION.test(entry.name)) out.push({ path: flatString(path), absolute, key: realKey(absolute) });
      } else if (entry.isSymbolicLink()) {
        const target = statOrNull(absolute);
        if (target?.isDirectory()) {
          notes.push({ ...inputFinding(path, `symbolic link to a folder, not followed: run 'kubeplan lint ${path}' to lint it`), severity: 'info' });
        } else if (MANIFEST_EXTENSION.test(entry.name)) {
          if (!target) notes.push({ ...inputFinding(path, 'broken symbolic link (its target does not exist): not linted'), severity: 'warning' });
          else if (target.isFile()) links.push({ path: flatString(path), absolute, key: realPath(absolute) });
        }
      }
    }
  };
  walk(root, rootAbsolute);
  return links.length === 0 ? out : [...out, ...links];
}

/** A file named explicitly: read whatever its extension. */
function namedFile(path: string, absolute: string): ListedFile {
  return { path, absolute, key: realPath(absolute) };
}

/** The path with every symbolic link resolved; the path itself when it cannot be resolved. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The file's text, or an `input` finding explaining why it cannot be linted. */
function readManifest(file: string, absolute: string): { text: string } | { finding: Finding; ioError: boolean } {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    // Most manifests fit the first buffer: a read, then one that finds the end, as readFileSync does.
    // Only a file that fills it is checked against the limit, without asking each file its size.
    let length = 0;
    let n: number;
    do {
      n = readSync(fd, FIRST_READ, length, FIRST_READ.length - length, null);
      length += n;
    } while (n !== 0 && length < FIRST_READ.length);
    if (length < FIRST_READ.length) bytes = FIRST_READ.subarray(0, length);
    else if (exceedsLimit(fd)) {
      const message = `file is too large to lint (${fstatSync(fd).size} bytes; the limit is ${MAX_FILE_BYTES})`;
      return { finding: inputFinding(file, message), ioError: false };
    } else bytes = Buffer.concat([FIRST_READ, readFileSync(fd)]);
  } catch (error) {
    return { finding: inputFinding(file, describeIoError(error)), ioError: true };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeBytes(file, bytes);
}

/** The text of a manifest's bytes, or an `input` finding when they are binary or not UTF-8. */
export function decodeBytes(file: string, bytes: Buffer): { text: string } | { finding: Finding; ioError: false } {
  const text = bytes.toString('utf8');
  const nul = text.indexOf('\0');
  // U+FFFD is what invalid UTF-8 decodes to: the bytes tell whether the file holds that character or invalid bytes
  if ((nul !== -1 && nul < SNIFF_BYTES) || text.includes('\uFFFD')) {
    const decoded = decodeManifest(file, bytes, text);
    return typeof decoded === 'string' ? { text: decoded } : { finding: decoded, ioError: false };
  }
  return { text: stripBom(text) };
}

/** The buffer every file is first read into (reads are synchronous: one is enough). */
const FIRST_READ = Buffer.allocUnsafe(1024 * 1024);

const PROBE = Buffer.alloc(1);

/**
 * Whether the file holds a byte past the limit: one read at that offset, rather than a stat (whose
 * Stats object, four Dates included, costs ~10 ms over 6,700 files). A pipe cannot be read at an
 * offset, nor sized: it is read as it comes.
 */
function exceedsLimit(fd: number): boolean {
  try {
    return readSync(fd, PROBE, 0, 1, MAX_FILE_BYTES) !== 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESPIPE') return false;
    throw error;
  }
}

/**
 * The text of bytes whose lossy decoding is `text`, refusing binary content (a NUL byte in the
 * first 8,000) and invalid UTF-8, which is reported at its first invalid byte.
 */
function decodeManifest(file: string, bytes: Uint8Array, text: string): string | Finding {
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return inputFinding(file, 'binary file (contains NUL bytes): not a YAML or JSON manifest');
  const invalid = firstInvalidUtf8(bytes, text);
  if (invalid === undefined) return stripBom(text);
  const byte = bytes[invalid.byte]!.toString(16).toUpperCase().padStart(2, '0');
  return { ...inputFinding(file, `file is not valid UTF-8 text (invalid byte 0x${byte}): not a YAML or JSON manifest`), ...positionOf(text, invalid.at) };
}

/**
 * The first invalid UTF-8 sequence in `bytes`, given their lossy decoding `text` (where each
 * invalid sequence is a U+FFFD): its offset in `text` and in `bytes`. Undefined when every U+FFFD
 * is the character itself (the bytes EF BF BD).
 */
function firstInvalidUtf8(bytes: Uint8Array, text: string): { at: number; byte: number } | undefined {
  let byte = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    // everything before `at` decoded from valid bytes: their UTF-8 length is their byte count
    byte += Buffer.byteLength(text.slice(from, at), 'utf8');
    from = at;
    if (bytes[byte] !== 0xef || bytes[byte + 1] !== 0xbf || bytes[byte + 2] !== 0xbd) return { at, byte };
  }
  return undefined;
}

/** The 1-based line and column of a character of `text` (in UTF-16 units as every position; a leading BOM is no column). */
function positionOf(text: string, at: number): { line: number; column: number; endLine: number; endColumn: number } {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const column = at - lineStart + (lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 0 : 1);
  return { line, column, endLine: line, endColumn: column + 1 };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'cannot read: no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    case 'EISDIR':
      return 'cannot read: is a directory';
    default:
      return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function inputFinding(file: string, message: string): Finding {
  return { rule: 'input', severity: 'error', message, file, line: 1, column: 1, endLine: 1, endColumn: 1, resource: null, path: null };
}
