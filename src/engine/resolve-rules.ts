import { Ajv, type ValidateFunction } from 'ajv';
import type { ConfigProblem, KubeplanConfig } from '../config/config';
import { pointerToPath } from '../config/config-problems';
import type { AnyRule } from './rule';
import type { ResolvedRule } from './run-rules';
import { selectRules } from './select-rules';

/**
 * Which rules run, at which severity, with which options (see selectRules), rule options checked
 * with ajv. The CLI calls selectRules itself and imports this module only when options are set.
 */
export function resolveRules(
  registry: ReadonlyMap<string, AnyRule>,
  config: Pick<KubeplanConfig, 'preset' | 'rules'>,
): { rules: ResolvedRule[]; problems: ConfigProblem[] } {
  return selectRules(registry, config, checkRuleOptions);
}

const validators = new Map<AnyRule, ValidateFunction>();
let ajv: Ajv | undefined;

/** Validates options against the rule's schema; compiled only for rules the user configures. */
export function checkRuleOptions(rule: AnyRule, options: object): ConfigProblem[] {
  const schema = rule.meta.optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} };
  let validate = validators.get(rule);
  if (!validate) {
    // the rules' own schemas, checked against the meta-schema by the tests
    ajv ??= new Ajv({ allErrors: true, strict: false, validateSchema: false });
    validate = ajv.compile(schema);
    validators.set(rule, validate);
  }
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
