import { flatString } from './flat-string';
import type { Path } from './types';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Formats a path the way users read it: `spec.template.spec.containers[0].image`,
 * with keys that are not plain identifiers quoted: `metadata.annotations["kubeplan.io/ignore"]`.
 */
export function formatPath(path: Path): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (isPlainKey(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  // kept by findings until the report
  return flatString(out);
}

/**
 * Whether a key prints without quotes, remembered by key (bounded): every finding formats a path,
 * paths repeat the same few keys, and a regular expression per key costs more than the lookup.
 */
function isPlainKey(segment: string): boolean {
  let plain = plainKeys.get(segment);
  if (plain === undefined) {
    plain = IDENTIFIER.test(segment);
    if (plainKeys.size < 10_000) plainKeys.set(segment, plain);
  }
  return plain;
}

const plainKeys = new Map<string, boolean>();

/** Reads the value at `path` in a decoded object, or undefined when any step is missing. */
export function getAtPath(value: unknown, path: Path): unknown {
  let current: unknown = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * The longest prefix of `path` that exists in `value` (all of `path` when it exists). Lets a rule
 * report a missing setting at the deepest place that is written, so the finding's path and its
 * source location agree.
 */
export function existingPrefix(value: unknown, path: Path): Path {
  let current: unknown = value;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (current === null || typeof current !== 'object') return path.slice(0, i);
    if (Array.isArray(current)) {
      if (typeof segment !== 'number' || segment < 0 || segment >= current.length) return path.slice(0, i);
    } else if (typeof segment !== 'string' || !Object.prototype.hasOwnProperty.call(current, segment)) {
      return path.slice(0, i);
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return path;
}
