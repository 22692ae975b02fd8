import type { ErrorObject } from 'ajv';
import { ConfigError } from '../core/errors';
import { formatPath } from '../core/path';
import type { Path } from '../core/types';
import type { SourceDocument } from '../source/source-file';

/** A problem in a configuration value: where (a path from the file's root) and what. */
export interface ConfigProblem {
  path: Path;
  message: string;
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
 * Ajv's errors (compiled with `verbose: true`) as located problems in words a person reads:
 * `cluster.nodePools[0].name must be a DNS-1123 label … (got "Worker")`. `prefix` is where the
 * validated value sits in the file.
 */
export function buildConfigProblems(errors: readonly ErrorObject[], prefix: Path = []): ConfigProblem[] {
  return pruneAnyOfNoise(errors).flatMap((e) => describe(e, prefix));
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

function describe(e: ErrorObject, prefix: Path): ConfigProblem[] {
  const path = [...prefix, ...pointerToPath(e.instancePath)];
  const where = path.length === 0 ? 'configuration' : formatPath(path);
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
    case 'pattern':
      return [{ path, message: `${where} must be ${formatMeaning(e) ?? `matching ${(e.params as { pattern: string }).pattern}`} (got ${JSON.stringify(e.data)})` }];
    case 'type': {
      const meaning = formatMeaning(e);
      if (meaning) return [{ path, message: `${where} must be ${meaning} (got ${JSON.stringify(e.data)})` }];
      return [{ path, message: `${where} must be ${(e.params as { type: string | string[] }).type.toString().split(',').join(' or ')}` }];
    }
    default:
      return [{ path, message: `${where} ${e.message ?? 'is invalid'}` }];
  }
}

/**
 * What a patterned value means, from its schema's description: "A port range such as
 * "30000-32767": the API server's …" → "a port range such as "30000-32767"". Undefined for
 * schemas without a pattern (their descriptions describe a setting, not a format).
 */
function formatMeaning(e: ErrorObject): string | undefined {
  const schema = e.parentSchema as { description?: unknown; pattern?: unknown } | undefined;
  if (typeof schema?.description !== 'string' || schema.pattern === undefined) return undefined;
  const clause = schema.description.split(/[;:]\s|\.(?:\s|$)/)[0]!.trim();
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}
