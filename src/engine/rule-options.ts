import type { ConfigProblem } from '../config/config';
import { pointerToPath } from '../config/config-problems';
import { validateNoOptions, validateOptionsOf } from '../config/validators.generated';
import type { AnyRule } from './rule';

/**
 * Validates a rule's options against its schema (`meta.optionsSchema`, compiled at build time by
 * scripts/generate-validators.mjs; a rule without one takes no options).
 */
export function checkRuleOptions(rule: AnyRule, options: object): ConfigProblem[] {
  const validate = validateOptionsOf[rule.id] ?? validateNoOptions;
  if (validate(options)) return [];
  return (validate.errors ?? []).map((e) => {
    const path = pointerToPath(e.instancePath);
    const extra =
      e.keyword === 'additionalProperties'
        ? `unknown option "${(e.params as { additionalProperty: string }).additionalProperty}" for rule ${rule.id}`
        : `option ${path.join('.') || '(options)'} ${e.message ?? 'is invalid'}`;
    return { path, message: extra };
  });
}
