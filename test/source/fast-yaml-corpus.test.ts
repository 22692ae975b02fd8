import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlWithLibrary } from '../../src/source/parse-yaml-with-library';
import { CORPUS, CORPUS_ABSENT, corpusPresent as present, listManifests } from '../support/corpus';
import { compareParsers } from './compare-parsers';
import { mutationsOf } from './yaml-arbitraries';

describe.skipIf(!present)('fast parser against the library on the corpus (../shared/corpus)', () => {
  it('gives identical values, problems, locations and source text, and handles every valid file', () => {
    const files = listManifests(CORPUS);
    expect(files.length).toBeGreaterThan(100);
    const differences: string[] = [];
    const fallbacks: string[] = [];
    let fast = 0;
    for (const path of files) {
      const name = relative(CORPUS, path);
      const text = readFileSync(path, 'utf8');
      const result = compareParsers(text);
      if (!result.fast) {
        // Falling back is only acceptable for files the library itself finds problems in.
        if (parseYamlWithLibrary(name, text).problems.length === 0) fallbacks.push(`${name}: ${result.reason}`);
        continue;
      }
      fast += 1;
      differences.push(...result.differences.map((d) => `${name}: ${d}`));
    }
    console.info(`fast YAML parser: ${fast} of ${files.length} corpus files on the fast path`);
    expect(differences).toEqual([]);
    expect(fallbacks).toEqual([]);
    expect(fast).toBeGreaterThan(files.length * 0.95);
  });

  it('agrees with the library on corpus files with random edits whenever it accepts them', () => {
    const texts = listManifests(CORPUS)
      .map((path) => readFileSync(path, 'utf8'))
      .filter((text) => text.length < 20_000);
    let fast = 0;
    fc.assert(
      fc.property(mutationsOf(texts), (text) => {
        const result = compareParsers(text);
        if (!result.fast) {
          expect(result.reason).not.toMatch(/^internal error/);
          return;
        }
        fast += 1;
        expect(result.differences).toEqual([]);
      }),
      { numRuns: 400 },
    );
    expect(fast).toBeGreaterThan(400 * 0.2);
  });
});

describe.skipIf(present)('corpus', () => {
  it.skip(`${CORPUS_ABSENT}: the corpus comparison of the fast YAML parser is skipped`, () => {});
});
