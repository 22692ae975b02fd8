import { type NodePortRange, parseNodePortRange, parsePortRangeFlag } from '../core/cluster-section';
import type { Path } from '../core/types';
import type { ConfigProblem } from './config-problems';
import type { KubeplanConfig, RuleSetting } from './config';

const RULE = 'valid-node-port';
const OPTION_PATH: Path = ['rules', RULE, 'options', 'range'];

/**
 * A cluster has one NodePort range (the API server's --service-node-port-range), which a
 * configuration may give in two places: `cluster.nodePortRange`, which the plan allocates from,
 * and the `range` option of valid-node-port, which lint checks against. Either one sets the other
 * (in place), so that lint and plan agree; both set must be the same range. Returns the problems.
 * For a configuration the schema accepted.
 */
export function unifyNodePortRange(config: KubeplanConfig): ConfigProblem[] {
  const setting = config.rules?.[RULE];
  const option = typeof setting === 'object' ? setting.options?.range : undefined;
  const fromOption = typeof option === 'string' ? parseOptionRange(option) : undefined;
  if (typeof fromOption === 'string') return [{ path: OPTION_PATH, message: fromOption }];
  const written = config.cluster?.nodePortRange;
  const fromCluster = written === undefined ? undefined : parseNodePortRange(written);
  if (typeof fromCluster === 'string') return []; // the cluster section's own check reports it

  if (fromOption && fromCluster) {
    if (fromOption.min === fromCluster.min && fromOption.max === fromCluster.max) return [];
    const message =
      `rules.${RULE}.options.range ${option} differs from cluster.nodePortRange ${written}: ` +
      'a cluster has one NodePort range; set it once, as cluster.nodePortRange';
    return [{ path: OPTION_PATH, message }];
  }
  if (fromOption) config.cluster = { ...config.cluster, nodePortRange: `${fromOption.min}-${fromOption.max}` };
  else if (fromCluster) {
    const range = `${fromCluster.min}-${fromCluster.max}`;
    const base: RuleSetting = typeof setting === 'string' ? { severity: setting } : (setting ?? {});
    config.rules = { ...config.rules, [RULE]: { ...base, options: { ...base.options, range } } };
  }
  return [];
}

/** The range an option gives; undefined for another shape (the options schema reports it). */
function parseOptionRange(text: string): NodePortRange | string | undefined {
  const range = parsePortRangeFlag(text);
  if (!range || (range.min >= 1 && range.max <= 65535 && range.min <= range.max)) return range;
  return `rules.${RULE}.options.range "${text}" is not a port range (first ≤ last, within 1-65535)`;
}
