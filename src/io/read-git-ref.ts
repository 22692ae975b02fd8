/**
 * `kubeplan plan --base REF`: the same paths as the working tree, read at a git ref, so that a pull
 * request plans its change against its base. Returns the files the loader takes (as readInputs
 * does); names are relative to the working folder like the user's own paths.
 *
 * Folders are listed with `git ls-tree` and read with one `git cat-file --batch`, following
 * readInputs's rules: .yaml/.yml/.json only, hidden entries and node_modules skipped, sorted.
 * A path that does not exist at the ref is simply absent there (the plan creates its objects).
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors';
import type { Finding, InputFile } from '../core/types';
import { decodeBytes } from './read-inputs';

const MANIFEST_EXTENSION = /\.(ya?ml|json)$/i;
const MAX_BUFFER = 512 * 1024 * 1024;

export interface ReadGitRefOptions {
  cwd: string;
  /** Skip paths (relative to cwd) matching this predicate, as readInputs does. */
  ignore?: (path: string) => boolean;
}

/** The files read at the ref, and an `input` finding for each that is binary or not UTF-8 (as readInputs). */
export interface ReadGitRefResult {
  files: InputFile[];
  findings: Finding[];
}

export async function readGitRef(ref: string, paths: readonly string[], options: ReadGitRefOptions): Promise<ReadGitRefResult> {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--base must name a git ref (got "${ref}")`);
  const { cwd } = options;
  // The repository is the one holding the paths (the working folder may be outside it).
  const anchor = paths.map((p) => resolve(cwd, p)).find((p) => existsSync(p));
  const gitCwd = anchor === undefined ? cwd : statSync(anchor).isDirectory() ? anchor : dirname(anchor);
  const top = resolve((await git(['rev-parse', '--show-toplevel'], gitCwd, 'kubeplan plan --base needs a git repository')).trim());
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top, `--base: unknown git ref "${ref}"`);

  const wanted = paths.filter((p) => p !== '-').map((p) => toRepoPath(top, resolve(cwd, p)));
  if (wanted.some((p) => p === null)) throw new UsageError('--base: every path must be inside the git repository');
  const listed = (await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--', ...(wanted as string[])], top, `--base: cannot list ${ref}`))
    .split('\0')
    .filter((p) => p !== '');
  const roots = wanted as string[];
  const files = listed
    .filter((p) => roots.some((root) => selected(p, root)))
    .map((p) => ({ repoPath: p, file: relative(cwd, resolve(top, ...p.split('/'))).split(sep).join('/') || p }))
    .filter((f) => !options.ignore?.(f.file))
    .sort((a, b) => (a.repoPath < b.repoPath ? -1 : a.repoPath > b.repoPath ? 1 : 0));
  const result: ReadGitRefResult = { files: [], findings: [] };
  if (files.length === 0) return result;
  const contents = await catFiles(ref, files.map((f) => f.repoPath), top);
  files.forEach((f, i) => {
    const decoded = decodeBytes(f.file, contents[i]!);
    if ('text' in decoded) result.files.push({ file: f.file, text: decoded.text });
    else result.findings.push(decoded.finding);
  });
  return result;
}

/** A file given by name, or a manifest below a given folder outside hidden folders and node_modules. */
function selected(path: string, root: string): boolean {
  if (path === root) return true;
  if (root !== '.' && !path.startsWith(`${root}/`)) return false;
  const below = root === '.' ? path : path.slice(root.length + 1);
  return MANIFEST_EXTENSION.test(path) && !below.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

function toRepoPath(top: string, absolute: string): string | null {
  const rel = relative(top, absolute);
  if (rel.startsWith('..') || resolve(top, rel) !== absolute) return null;
  return rel === '' ? '.' : posix.normalize(rel.split(sep).join('/'));
}

/** `git cat-file --batch`: every blob in one process. */
async function catFiles(ref: string, paths: readonly string[], cwd: string): Promise<Buffer[]> {
  const output = await run('git', ['cat-file', '--batch'], cwd, paths.map((p) => `${ref}:${p}\n`).join(''));
  if (output.code !== 0) throw new UsageError(`--base: cannot read files at ${ref}: ${output.stderr.toString().trim()}`);
  const buffer = output.stdout;
  const out: Buffer[] = [];
  let at = 0;
  for (const path of paths) {
    const newline = buffer.indexOf(0x0a, at);
    const header = buffer.subarray(at, newline).toString('utf8');
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!match) throw new UsageError(`--base: cannot read ${path} at ${ref} (${header})`);
    const size = Number(match[1]);
    out.push(buffer.subarray(newline + 1, newline + 1 + size));
    at = newline + 1 + size + 1;
  }
  return out;
}

async function git(args: string[], cwd: string, failure: string): Promise<string> {
  const result = await run('git', args, cwd);
  if (result.code !== 0) {
    const detail = result.stderr.toString().trim();
    throw new UsageError(detail ? `${failure}: ${detail}` : failure);
  }
  return result.stdout.toString('utf8');
}

function run(command: string, args: string[], cwd: string, input?: string): Promise<{ code: number; stdout: Buffer; stderr: Buffer }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BUFFER) child.kill();
      else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'ENOENT' ? new UsageError('kubeplan plan --base needs git on PATH') : error),
    );
    child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr) }));
    // git may exit before reading its input (an unknown ref): that is its answer, not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}
