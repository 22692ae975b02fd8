import { type ClusterSection, parseNodePortRange } from '../core/cluster-section';
import { formatPath } from '../core/path';
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
 * bounded node count. Parts of the wrong shape are skipped (the schema reports them).
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
  });
  if (total > MAX_NODES) {
    const path = [...prefix, 'nodePools'];
    problems.push({ path, message: `${formatPath(path)}: at most ${MAX_NODES} nodes are supported (got ${total})` });
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
