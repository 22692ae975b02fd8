import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real manifests from public projects, kept beside the repository in ../shared/corpus (never copied
 * into it: some are not ours to ship). Tests that use it skip, saying so, when it is absent.
 */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const corpusPresent = existsSync(CORPUS);
export const CORPUS_ABSENT = `skipped: ${CORPUS} not found (the corpus lives beside the repository, in ../shared/corpus)`;

/** The YAML and JSON files under a folder, recursively, in a stable order. */
export function listManifests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listManifests(path));
    else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}
