import type { ClusterSection } from '../core/cluster-section';
import { ConfigError } from '../core/errors';
import { parseYaml } from '../source/parse-yaml';
import type { SourceDocument } from '../source/source-file';
import { checkClusterSection } from './cluster-section';
import { buildConfigProblems, configError } from './config-problems';
import { unifyNodePortRange } from './node-port-range';
import { validateConfig } from './validators.generated';

export { type ConfigProblem, configError, pointerToPath } from './config-problems';

export type SeveritySetting = 'off' | 'info' | 'warn' | 'error';

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface Exclusion {
  kind?: string;
  namespace?: string;
  name?: string;
  rules?: string[];
  reason: string;
}

/** `.kubeplan.yaml`, as validated by schemas/config.schema.json. */
export interface KubeplanConfig {
  kubernetesVersion?: string;
  strict?: boolean;
  schemaLocations?: string[];
  ignoreMissingSchemas?: boolean;
  failOn?: 'error' | 'warning' | 'info' | 'none';
  inlineIgnore?: boolean;
  preset?: 'recommended' | 'strict' | 'minimal';
  rules?: Record<string, SeveritySetting | RuleSetting>;
  ignorePaths?: string[];
  exclude?: Exclusion[];
  context?: string[];
  /** Validated with schemas/cluster.schema.json (referenced by the configuration schema). */
  cluster?: ClusterSection;
}

export interface ParsedConfig {
  file: string;
  config: KubeplanConfig;
  /** Maps a path in the configuration to its source, for later problems (unknown rules, bad options). */
  document: SourceDocument | null;
}

/**
 * Parses and validates a configuration file: schemas/config.schema.json (with the cluster
 * section's schemas/cluster.schema.json), then what a schema cannot express. Every problem is
 * reported at once, each located, in a ConfigError.
 */
export function parseConfig(file: string, text: string): ParsedConfig {
  const source = parseYaml(file, text);
  if (source.problems.length > 0) {
    throw new ConfigError(file, source.problems.map((p) => ({ line: p.location.line, column: p.location.column, message: p.message })));
  }
  const document = source.documents[0] ?? null;
  if (source.documents.length > 1) {
    const at = source.documents[1]!.locate([]);
    throw new ConfigError(file, [{ line: at.line, column: at.column, message: 'a configuration file holds one YAML document' }]);
  }
  const value = normalizeOff(document?.value ?? {});
  const problems = validateConfig(value) ? [] : buildConfigProblems(validateConfig.errors ?? []);
  if (isRecord(value)) problems.push(...checkClusterSection(value.cluster, ['cluster']));
  if (problems.length === 0) problems.push(...unifyNodePortRange(value as KubeplanConfig));
  if (problems.length > 0) throw configError(file, document, problems);
  return { file, config: value as KubeplanConfig, document };
}

/**
 * Manifests are read as YAML 1.1 (as the API server reads them), where a bare `off` is the
 * boolean false. In rule settings that can only mean the severity "off".
 */
function normalizeOff(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const rules = (value as KubeplanConfig).rules;
  if (typeof rules !== 'object' || rules === null) return value;
  for (const [id, setting] of Object.entries(rules) as [string, unknown][]) {
    if (setting === false) rules[id] = 'off';
    else if (typeof setting === 'object' && setting !== null && (setting as RuleSetting).severity === (false as never)) {
      (setting as RuleSetting).severity = 'off';
    }
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
