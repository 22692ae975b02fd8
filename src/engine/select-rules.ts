import type { ConfigProblem, KubeplanConfig, SeveritySetting } from '../config/config';
import { PLAN_RULE_INFO, RESERVED_RULES } from '../core/reserved-rules';
import { suggestName } from '../core/suggest';
import type { Severity } from '../core/types';
import type { AnyRule } from './rule';
import { checkRuleOptions } from './rule-options';
import type { ResolvedRule } from './run-rules';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, Severity> = { info: 'info', warn: 'warning', error: 'error' };

/**
 * Which rules run, at which severity, with which options: the preset first, then per-rule
 * settings. Unknown rule ids (in rules and in exclusions) and options that fail a rule's schema are
 * problems, all reported.
 */
export function selectRules(
  registry: ReadonlyMap<string, AnyRule>,
  config: Pick<KubeplanConfig, 'preset' | 'rules' | 'exclude'>,
): { rules: ResolvedRule[]; problems: ConfigProblem[] } {
  const preset = config.preset ?? 'recommended';
  const problems: ConfigProblem[] = [];
  const settings = config.rules ?? {};
  for (const id of Object.keys(settings)) {
    if (!registry.has(id)) problems.push({ path: ['rules', id], message: unknownRule(id, registry.keys()) });
  }

  // an exclusion naming no rule would silently exclude nothing
  const known = [...registry.keys(), ...RESERVED_RULES.keys(), PLAN_RULE_INFO.id];
  (config.exclude ?? []).forEach((exclusion, i) => {
    exclusion.rules?.forEach((id, j) => {
      if (!known.includes(id)) problems.push({ path: ['exclude', i, 'rules', j], message: unknownRule(id, known) });
    });
  });

  const rules: ResolvedRule[] = [];
  for (const [id, rule] of registry) {
    const raw = settings[id];
    const setting = typeof raw === 'string' ? { severity: raw } : (raw ?? {});
    let severity: Severity | null = presetSeverity(rule, preset);
    if (setting.severity !== undefined) severity = setting.severity === 'off' ? null : SEVERITY[setting.severity];
    if (severity === null) continue;
    let options: object = rule.meta.defaultOptions;
    if (setting.options !== undefined) {
      options = { ...rule.meta.defaultOptions, ...setting.options };
      problems.push(...checkRuleOptions(rule, options).map((p) => ({ ...p, path: ['rules', id, 'options', ...p.path] })));
    }
    rules.push({ rule, severity, options });
  }
  return { rules, problems };
}

function unknownRule(id: string, known: Iterable<string>): string {
  const suggestion = suggestName(id, known);
  return `unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; 'kubeplan rules' lists them`;
}

function presetSeverity(rule: AnyRule, preset: NonNullable<KubeplanConfig['preset']>): Severity | null {
  switch (preset) {
    case 'minimal':
      return rule.meta.category === 'correctness' && !rule.meta.optIn ? rule.meta.severity : null;
    case 'strict':
      return rule.meta.severity === 'warning' ? 'error' : rule.meta.severity;
    default:
      return rule.meta.optIn ? null : rule.meta.severity;
  }
}
