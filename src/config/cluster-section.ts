import { type ClusterSection, parseNodePortRange } from '../core/cluster-section';
import { formatPath } from '../core/path';
import { MAX_INT64, exceedsInt64Milli, tryParseQuantity } from '../core/quantity';
import type { Path } from '../core/types';
import { type ConfigProblem, buildConfigProblems } from './config-problems';
import { validateCluster } from './validators.generated';

/** More simulated nodes than this is a typo (and would not fit in memory). */
export const MAX_NODES = 100_000;

/**
 * Validates a cluster section on its own (a `--cluster` file in short form): the schema, then
 * the rules a schema cannot express. Every problem at once; paths are from the section's root
 * after `prefix`. The value is a ClusterSection when the list is empty.
 */
export function validateClusterSection(value: unknown, prefix: Path = []): ConfigProblem[] {
  const problems = validateCluster(value) ? [] : buildConfigProblems(validateCluster.errors ?? [], prefix);
  return [...problems, ...checkClusterSection(value, prefix)];
}

/**
 * What schemas/cluster.schema.json cannot say: a port range in order, pool names used once, a
 * bounded node count, finite numbers, quantities Kubernetes can hold. Parts of the wrong shape are
 * skipped (the schema reports them).
 */
export function checkClusterSection(value: unknown, prefix: Path = []): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!isRecord(value)) return problems;
  const section = value as ClusterSection;
  if (typeof section.nodePortRange === 'string') {
    const path = [...prefix, 'nodePortRange'];
    // A malformed range is the schema's to report; here, one whose numbers are no port range.
    if (/^\s*\d+\s*-\s*\d+\s*$/.test(section.nodePortRange) && typeof parseNodePortRange(section.nodePortRange) === 'string') {
      problems.push({ path, message: `${formatPath(path)} ${JSON.stringify(section.nodePortRange)} is not a port range (first ≤ last, within 1-65535)` });
    }
  }
  if (!Array.isArray(section.nodePools)) return problems;
  const names = new Set<string>();
  let total = 0;
  section.nodePools.forEach((pool: unknown, i) => {
    if (!isRecord(pool)) return;
    if (typeof pool.name === 'string') {
      const path = [...prefix, 'nodePools', i, 'name'];
      if (names.has(pool.name)) problems.push({ path, message: `${formatPath(path)}: the node pool "${pool.name}" is already defined` });
      names.add(pool.name);
    }
    if (typeof pool.count === 'number' && Number.isInteger(pool.count) && pool.count > 0) total += pool.count;
    else if (typeof pool.count === 'number' && !Number.isFinite(pool.count)) {
      const path = [...prefix, 'nodePools', i, 'count'];
      problems.push({ path, message: `${formatPath(path)} must be a whole number of nodes (got ${pool.count})` });
    }
    for (const field of ['capacity', 'allocatable'] as const) {
      const list = pool[field];
      if (isRecord(list)) problems.push(...checkQuantities(list, [...prefix, 'nodePools', i, field]));
    }
  });
  if (total > MAX_NODES) {
    const path = [...prefix, 'nodePools'];
    problems.push({ path, message: `${formatPath(path)}: at most ${MAX_NODES} nodes are supported (got ${total})` });
  }
  return problems;
}

/**
 * Resource quantities beyond an int64 of milli-units (what Kubernetes' Quantity.MilliValue holds)
 * would overflow its arithmetic, and ours; an infinite number (YAML `.inf`) is no quantity.
 * Text that does not parse is the schema's to report.
 */
function checkQuantities(list: Record<string, unknown>, path: Path): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [key, value] of Object.entries(list)) {
    const at = [...path, key];
    if (typeof value === 'number' && !Number.isFinite(value)) {
      problems.push({ path: at, message: `${formatPath(at)} must be a resource quantity such as "4", "3800m" or "16Gi" (got ${value})` });
      continue;
    }
    const q = tryParseQuantity(value);
    if (q !== undefined && exceedsInt64Milli(q)) {
      problems.push({ path: at, message: `${formatPath(at)} ${JSON.stringify(String(value))} is more than Kubernetes can hold (at most ${MAX_INT64}m, about 9.2e15)` });
    }
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
