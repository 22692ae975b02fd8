import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import { ConfigError } from '../core/errors';
import type { Path } from '../core/types';
import { parseYaml } from '../source/parse-yaml';
import type { SourceDocument } from '../source/source-file';

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
  cluster?: Record<string, unknown>;
}

export interface ParsedConfig {
  file: string;
  config: KubeplanConfig;
  /** Maps a path in the configuration to its source, for later problems (unknown rules, bad options). */
  document: SourceDocument | null;
}

export interface ConfigProblem {
  path: Path;
  message: string;
}

let validateConfig: ReturnType<Ajv['compile']> | undefined;

/**
 * Parses and validates a configuration file. Every problem is reported at once, each located,
 * in a ConfigError.
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
  validateConfig ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validateConfig(value)) {
    throw configError(file, document, pruneAnyOfNoise(validateConfig.errors ?? []).flatMap((e) => describeAjvError(e)));
  }
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

/** Turns path-based problems into a located ConfigError. */
export function configError(file: string, document: SourceDocument | null, problems: readonly ConfigProblem[]): ConfigError {
  return new ConfigError(
    file,
    problems.map((p) => {
      const at = document?.locate(p.path, 'key') ?? { line: 1, column: 1 };
      return { line: at.line, column: at.column, message: p.message };
    }),
  );
}

/** JSON pointer → Path (`/rules/no-latest-tag` → ['rules', 'no-latest-tag']). */
export function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/**
 * An `anyOf` failure also reports why each branch failed. Keep the most useful: the errors inside
 * the value when it is an object (e.g. a bad `severity`), otherwise the one `anyOf` summary.
 */
function pruneAnyOfNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const hasInner = (p: string) => errors.some((e) => e.instancePath.startsWith(`${p}/`));
  return errors.filter((e) => {
    if (!anyOfPaths.has(e.instancePath)) return true;
    if (e.keyword === 'anyOf') return !hasInner(e.instancePath);
    return false;
  });
}

function describeAjvError(e: ErrorObject): ConfigProblem[] {
  const path = pointerToPath(e.instancePath);
  const where = path.length === 0 ? 'configuration' : path.join('.');
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return [{ path: [...path, key], message: `unknown setting "${key}"${path.length ? ` in ${where}` : ''}` }];
    }
    case 'required':
      return [{ path, message: `${where}: missing required "${(e.params as { missingProperty: string }).missingProperty}"` }];
    case 'enum':
      return [{ path, message: `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}` }];
    case 'anyOf':
      return [{ path, message: `${where} must be off, info, warn, error, or { severity, options }` }];
    default:
      return [{ path, message: `${where} ${e.message ?? 'is invalid'}` }];
  }
}
