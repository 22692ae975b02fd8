import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Keeps the layering of STYLE.md true: imports point one way, down the pipeline, and only the
 * edges (io, cli, action) touch the file system, processes or the terminal.
 */
const ROOT = new URL('..', import.meta.url).pathname;

/** Which layers each layer may import (besides itself and npm packages). */
const ALLOWED: Record<string, string[]> = {
  'src/core': [],
  'src/source': ['src/core'],
  'src/resources': ['src/core', 'src/source'],
  'src/schema': ['src/core', 'src/source', 'src/resources'],
  'src/index': ['src/core', 'src/resources'],
  'src/config': ['src/core', 'src/source', 'src/resources'],
  'src/engine': ['src/core', 'src/source', 'src/resources', 'src/index', 'src/config'],
  'src/formatters': ['src/core', 'src/source'],
  'src/planner': ['src/core', 'src/source', 'src/resources', 'src/index'],
  'src/io': ['src/core', 'src/source', 'src/resources', 'src/config', 'src/schema'],
  rules: ['src/core', 'src/resources', 'src/index', 'src/engine/rule.ts', 'src/schema/kubernetes-versions.ts'],
};
const EDGES = ['src/io', 'src/cli', 'src/action'];
const IMPURE_MODULES = /^(node:)?(fs|fs\/promises|child_process|process|readline|net|http|https|worker_threads|tty)$/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2]!);
}

function layerOf(file: string): string | undefined {
  if (file.startsWith('rules/')) return 'rules';
  const parts = file.split('/');
  return parts[0] === 'src' ? `src/${parts[1]}` : undefined;
}

const files = [...sources('src'), ...sources('rules')];

describe('architecture', () => {
  it.each(files.filter((f) => ALLOWED[layerOf(f) ?? ''] !== undefined))('%s imports only what its layer may', (file) => {
    const layer = layerOf(file)!;
    const allowed = ALLOWED[layer]!;
    const offending = importsOf(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(ROOT, join(ROOT, file, '..', spec)).replace(/\\/g, '/'))
      .map((target) => (target.endsWith('.ts') || target.endsWith('.json') ? target : `${target}.ts`))
      .filter((target) => {
        if (target.startsWith('schemas/')) return false; // data files
        if (layerOf(target) === layer) return false;
        return !allowed.some((a) => target === a || target.startsWith(`${a}/`));
      });
    expect(offending).toEqual([]);
  });

  it.each(files.filter((f) => !EDGES.some((e) => f.startsWith(`${e}/`))))('%s is pure (no fs, processes, terminal)', (file) => {
    const impure = importsOf(file).filter((spec) => IMPURE_MODULES.test(spec));
    expect(impure).toEqual([]);
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(text.match(/\bprocess\.(env|exit|argv|stdout|stderr|stdin|cwd|exitCode)\b/g) ?? []).toEqual([]);
  });

  it('only the two programs\' bin files (the CLI and the GitHub Action) set the exit code', () => {
    const setters = files.filter((f) => /process\.exitCode\s*=/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(setters).toEqual(['src/action/bin.ts', 'src/cli/bin.ts']);
  });
});
