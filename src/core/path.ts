import { flatString } from './flat-string';
import type { Path } from './types';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Formats a path the way users read it: `spec.template.spec.containers[0].image`,
 * with keys that are not plain identifiers quoted: `metadata.annotations["kubeplan.io/ignore"]`.
 *
 * The texts are remembered in a tree of the paths formatted so far (bounded): a large run formats a
 * path per finding, and findings point at a few hundred places. Each place is then one string,
 * formatted once and shared by its findings, rather than a copy per finding kept until the report
 * (less for the garbage collector to copy, and a hash computed once where paths are map keys).
 */
export function formatPath(path: Path): string {
  let node = ROOT;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    let next = node.next?.get(segment);
    if (next === undefined) {
      if (formatted >= MAX_FORMATTED) return formatPathOnce(path);
      // kept by findings until the report: stored flat (see flatString)
      next = { text: flatString(node.text + formatSegment(segment, node === ROOT)), next: undefined };
      (node.next ??= new Map()).set(segment, next);
      formatted += 1;
    }
    node = next;
  }
  return node.text;
}

interface FormattedPath {
  readonly text: string;
  next: Map<string | number, FormattedPath> | undefined;
}

const ROOT: FormattedPath = { text: '', next: undefined };
const MAX_FORMATTED = 20_000;
let formatted = 0;

function formatPathOnce(path: Path): string {
  let out = '';
  for (let i = 0; i < path.length; i++) out += formatSegment(path[i]!, i === 0);
  return flatString(out);
}

function formatSegment(segment: string | number, first: boolean): string {
  if (typeof segment === 'number') return `[${segment}]`;
  if (IDENTIFIER.test(segment)) return first ? segment : `.${segment}`;
  return `[${JSON.stringify(segment)}]`;
}

/** Reads the value at `path` in a decoded object, or undefined when any step is missing. */
export function getAtPath(value: unknown, path: Path): unknown {
  let current: unknown = value;
  for (let i = 0; i < path.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[path[i]!];
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
