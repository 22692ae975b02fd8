import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { VALIDATORS_FILE, buildValidators } from '../../scripts/generate-validators.mjs';
import { RULES } from '../../rules/index';
import { validateOptionsOf } from '../../src/config/validators.generated';

// kubeplan's own schemas are compiled at build time (scripts/generate-validators.mjs), not on every run
describe('src/config/validators.generated', () => {
  it('is what the generator makes of schemas/ and the rules today', async () => {
    const { js, dts } = await buildValidators();
    // On failure: run `npm run validators` and commit src/config/validators.generated.*.
    expect(readFileSync(`${VALIDATORS_FILE}.js`, 'utf8') === js, 'validators.generated.js is stale: run npm run validators').toBe(true);
    expect(readFileSync(`${VALIDATORS_FILE}.d.ts`, 'utf8')).toBe(dts);
  });

  it('has a validator for every rule that takes options', () => {
    const withOptions = [...RULES].filter(([, rule]) => rule.meta.optionsSchema !== undefined).map(([id]) => id);
    expect(Object.keys(validateOptionsOf).sort()).toEqual(withOptions.sort());
  });

  it('refuses a schema that is not a JSON schema (checked against the meta-schema)', async () => {
    await expect(buildValidators({ 'some-rule': { type: 'object', properties: { a: { type: 'strng' } } } })).rejects.toThrow(/schema is invalid/);
  });
});
