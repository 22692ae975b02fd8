import type { Path, Severity, Target } from '../core/types';
import type { ClusterIndex } from '../index/cluster-index';
import type { KubeObject, Resource } from '../resources/resource';

export type RuleCategory = 'correctness' | 'reliability' | 'security' | 'best-practice';

/** A JSON schema for a rule's options object (validated by the engine before the rule runs). */
export type OptionsSchema = Readonly<Record<string, unknown>>;

export interface RuleMeta<Options extends object, MessageId extends string> {
  readonly category: RuleCategory;
  /** Default severity; configuration may re-grade it. */
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly summary: string;
  /** Why it matters. */
  readonly rationale: string;
  /** How to fix a finding, in general. */
  readonly fix: string;
  /** Message templates by id; `{{name}}` placeholders are filled from the report's data. */
  readonly messages: Readonly<Record<MessageId, string>>;
  /** JSON schema of the options object; omit when the rule has no options. */
  readonly optionsSchema?: OptionsSchema;
  readonly defaultOptions: Options;
  /** The kinds the rule looks at; omit for every kind. The engine calls the rule only for these. */
  readonly kinds?: readonly string[];
  /** Off unless enabled in configuration. */
  readonly optIn?: boolean;
  /**
   * The messages that mean the API server refuses the object (`kubectl apply` fails with "is
   * invalid"): `kubeplan plan` does not create or change an object with such a finding.
   */
  readonly refusals?: readonly NoInfer<MessageId>[];
}

export interface RelatedObject {
  readonly resource: Resource;
  readonly path: Path;
  readonly message: string;
}

export interface RuleReport<MessageId extends string> {
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Path into the object being checked; the engine maps it to file, line and column. */
  readonly path: Path;
  /** 'key' to point at a field's key, 'value' (default) at its value. */
  readonly target?: Target;
  /** A lower severity for this one finding (an optional reference is info, not error). */
  readonly severity?: Severity;
  /** A more specific fix than the rule's general one. */
  readonly fix?: string;
  readonly related?: readonly RelatedObject[];
  /** The reported value is a secret: code frames must not print it. */
  readonly sensitive?: boolean;
}

export interface RuleContext<Options extends object, MessageId extends string> {
  readonly resource: Resource;
  readonly object: KubeObject;
  readonly index: ClusterIndex;
  readonly options: Options;
  /** Target Kubernetes minor version, e.g. "1.34". */
  readonly kubernetesVersion: string;
  /** Its minor number (34), parsed once per run; Infinity when the version names none. */
  readonly kubernetesMinor: number;
  /**
   * Reports a finding. One at a value output must never show (a Secret's data, a secret env or
   * ConfigMap value: src/resources/sensitive-values.ts) has that value replaced by `***` wherever
   * its data, fix or related messages hold it, and code frames mask it.
   */
  report(report: RuleReport<MessageId>): void;
}

export interface Rule<Options extends object = object, MessageId extends string = string> {
  /** kebab-case; equals the rule's file name under rules/. */
  readonly id: string;
  readonly meta: RuleMeta<Options, MessageId>;
  check(context: RuleContext<Options, MessageId>): void;
}

/** Any rule, whatever its options and message ids. */
export type AnyRule = Rule<any, string>;

/**
 * Defines a rule. Typed so that a wrong message id or an option of the wrong type is a compile
 * error; the engine merges defaults and validates options before `check` runs.
 */
export function createRule<Options extends object, MessageId extends string>(
  rule: Rule<Options, MessageId>,
): Rule<Options, MessageId> {
  return rule;
}
