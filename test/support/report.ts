import { RULES } from '../../rules/index';
import { ruleInfo } from '../../src/cli/commands/lint';
import type { LintReport } from '../../src/core/report';
import type { Finding, InputFile } from '../../src/core/types';
import { selectRules } from '../../src/engine/select-rules';
import { type AnyRule, createRule } from '../../src/engine/rule';
import { runLint } from '../../src/engine/run-lint';
import { parseInputs } from '../../src/resources/parse-inputs';

/**
 * A cross-object rule for formatter tests: a Deployment's envFrom ConfigMap must exist; when a
 * ConfigMap of a similar name exists, it is reported as a related location.
 */
export const crossRefRule = createRule({
  id: 'test-config-ref',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: 'envFrom ConfigMaps exist.',
    rationale: 'A missing ConfigMap keeps the pod from starting.',
    fix: 'create the ConfigMap or fix the name',
    messages: { missing: 'ConfigMap "{{name}}" does not exist' },
    defaultOptions: {},
    kinds: ['Deployment'],
  },
  check({ object, resource, index, report }) {
    const containers = (object as any).spec?.template?.spec?.containers ?? [];
    containers.forEach((c: any, i: number) => {
      (c.envFrom ?? []).forEach((e: any, j: number) => {
        const name = e.configMapRef?.name;
        if (typeof name !== 'string' || index.get('ConfigMap', resource.namespace, name)) return;
        const similar = index.byKind('ConfigMap').filter((cm) => cm.name.startsWith(name.slice(0, 3)));
        report({
          messageId: 'missing',
          data: { name },
          path: ['spec', 'template', 'spec', 'containers', i, 'envFrom', j, 'configMapRef', 'name'],
          related: similar.map((cm) => ({ resource: cm, path: ['metadata', 'name'], message: `ConfigMap ${cm.namespace}/${cm.name} exists` })),
        });
      });
    });
  },
});

/** The real pipeline (parse, index, rules, suppression) over in-memory files; all rules unless `rules` is given. */
export function buildReport(files: InputFile[], options: { rules?: AnyRule[]; inputFindings?: Finding[] } = {}): LintReport {
  const registry = options.rules ? new Map(options.rules.map((r) => [r.id, r] as const)) : RULES;
  const { rules } = selectRules(registry, {});
  return runLint(parseInputs(files), {
    schema: null,
    rules,
    kubernetesVersion: '1.34',
    inputFindings: options.inputFindings ?? [],
    ruleInfo: ruleInfo(registry),
  });
}

/** `count` Pods in one file, each with one container that may escalate privileges: one no-privilege-escalation finding per pod. */
export function podsFile(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n`,
  ).join('---\n');
}
