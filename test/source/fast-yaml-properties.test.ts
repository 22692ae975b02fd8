import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFastYaml } from '../../src/source/fast-yaml';
import { parseYaml } from '../../src/source/parse-yaml';
import { compareParsers } from './compare-parsers';
import { mutatedYaml, yamlGarbage, yamlStream } from './yaml-arbitraries';

/**
 * Runs `compareParsers` over generated inputs: whenever the fast parser accepts an input it must
 * agree with the library exactly, and it must never fail for an internal reason (a bug).
 * Returns how many inputs took the fast path.
 */
function checkAgreement(arbitrary: fc.Arbitrary<string>, numRuns: number): number {
  let fast = 0;
  fc.assert(
    fc.property(arbitrary, (text) => {
      const result = compareParsers(text);
      if (!result.fast) {
        expect(result.reason).not.toMatch(/^internal error/);
        return;
      }
      fast += 1;
      expect(result.differences).toEqual([]);
    }),
    { numRuns },
  );
  return fast;
}

describe('fast parser agrees with the library whenever it accepts an input', () => {
  it('on generated documents (block and flow styles, tricky scalars, comments, markers)', () => {
    const fast = checkAgreement(yamlStream, Number(process.env.FUZZ_RUNS ?? 1500));
    // the generator must mostly produce input the fast path handles, or this test proves little
    expect(fast).toBeGreaterThan(1500 * 0.3);
  });

  it('on generated documents with random edits', () => {
    const fast = checkAgreement(mutatedYaml, Number(process.env.FUZZ_RUNS ?? 1500));
    expect(fast).toBeGreaterThan(1500 * 0.1);
  });

  it('on YAML-flavoured garbage', () => {
    checkAgreement(yamlGarbage, Number(process.env.FUZZ_RUNS ?? 2000));
  });
});

describe('parsers never throw', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    yamlGarbage,
    mutatedYaml,
  );

  it('parseFastYaml returns a result or a reason for any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseFastYaml('x.yaml', text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1500 },
    );
  });

  it('parseYaml turns any string into documents and located problems', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const file = parseYaml('x.yaml', text);
        for (const problem of file.problems) {
          expect(problem.message).not.toBe('');
          expect(problem.location.line).toBeGreaterThanOrEqual(1);
          expect(problem.location.column).toBeGreaterThanOrEqual(1);
        }
        for (const document of file.documents) {
          expect(document.locate([]).line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
