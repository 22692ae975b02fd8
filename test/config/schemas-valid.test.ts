import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import clusterSchema from '../../schemas/cluster.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { RULES } from '../../rules/index';

// The CLI compiles these without checking them against the JSON Schema meta-schema (it costs every run
// ~10 ms): they are checked here instead.
describe('the schemas kubeplan compiles at run time', () => {
  const ajv = new Ajv({ strict: false });
  const valid = (schema: object) => (ajv.validateSchema(schema) ? '' : ajv.errorsText(ajv.errors));

  it('configuration and cluster section', () => {
    expect(valid(configSchema)).toBe('');
    expect(valid(clusterSchema)).toBe('');
  });

  it.each([...RULES].filter(([, rule]) => rule.meta.optionsSchema !== undefined))('options of %s', (_, rule) => {
    expect(valid(rule.meta.optionsSchema!)).toBe('');
  });

  it('finds a broken schema', () => {
    expect(valid({ type: 'object', properties: { a: { type: 'strng' } } })).not.toBe('');
  });
});
