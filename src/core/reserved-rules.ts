import type { RuleInfo } from './report';
import type { ReservedRuleId } from './types';

/**
 * The findings that are not lint rules (the JSON contract), described like rules so that every format that
 * lists rules (SARIF's tool.driver.rules, `kubeplan explain`) can name them.
 */
export const RESERVED_RULES: ReadonlyMap<ReservedRuleId, RuleInfo> = new Map<ReservedRuleId, RuleInfo>([
  [
    'yaml',
    {
      id: 'yaml',
      name: 'InvalidYaml',
      category: 'correctness',
      severity: 'error',
      summary: 'The file is not valid YAML.',
      rationale: 'kubectl and the API server refuse a file they cannot parse; kubeplan reads it as YAML 1.1, as Kubernetes does.',
      fix: 'fix the YAML syntax at the location shown (indentation, quoting, duplicate keys)',
    },
  ],
  [
    'schema',
    {
      id: 'schema',
      name: 'SchemaViolation',
      category: 'correctness',
      severity: 'error',
      summary: "The object does not match its kind's schema.",
      rationale: 'The API server rejects unknown fields (with strict field validation), wrong types, out-of-range values and missing required fields.',
      fix: 'correct the field as the message says; check the field name and type in the API reference',
    },
  ],
  [
    'schema-missing',
    {
      id: 'schema-missing',
      name: 'MissingSchema',
      category: 'correctness',
      severity: 'error',
      summary: 'No schema is known for the object\'s apiVersion and kind.',
      rationale: 'An object without a schema cannot be validated: a typo in apiVersion or kind, or a custom resource whose CRD is not in the input.',
      fix: 'fix apiVersion/kind, add the CustomResourceDefinition to the input, pass --schema-location, or use --ignore-missing-schemas',
    },
  ],
  [
    'input',
    {
      id: 'input',
      name: 'UnusableInput',
      category: 'correctness',
      severity: 'error',
      summary: 'The input cannot be linted as a Kubernetes object.',
      rationale: 'A path that does not exist, an unreadable or binary file, or a document that is not a mapping with apiVersion and kind cannot be applied.',
      fix: 'check the path, or make the document a Kubernetes object with apiVersion, kind and metadata.name',
    },
  ],
  [
    'rule-crash',
    {
      id: 'rule-crash',
      name: 'RuleCrash',
      category: 'internal',
      severity: 'error',
      summary: 'A lint rule failed on this object.',
      rationale: 'A rule threw an error, which is a kubeplan bug; the other rules and objects were still checked.',
      fix: 'report it with the manifest; disable the rule in .kubeplan.yaml meanwhile',
    },
  ],
]);

/**
 * The reserved id of plan problems reported as findings (`kubeplan check`, the GitHub Action).
 * Not among RESERVED_RULES: a lint run never reports it, so its SARIF does not describe it.
 */
export const PLAN_RULE_INFO: RuleInfo = {
  id: 'plan',
  name: 'PlanProblem',
  category: 'reliability',
  severity: 'error',
  summary: 'Applying the manifests would not go as intended (kubeplan check).',
  rationale:
    'kubeplan check simulates applying the manifests: admission, the controllers and the scheduler. It finds what lint cannot: ' +
    'pods that never schedule, rollouts that stall, quota and LimitRange rejections, immutable fields the API server refuses, ' +
    'NodePort and ClusterIP collisions, and Services whose endpoints become empty. The message starts with the Kubernetes reason.',
  fix: 'read the reason in the message: lower the requests or add nodes (cluster: in .kubeplan.yaml, --cluster), relax placement rules, raise the quota, or replace the object',
};
