/**
 * The `cluster:` section of `.kubeplan.yaml` (and a `--cluster` file in short form) as written,
 * after validation: the vocabulary the configuration layer checks (schemas/cluster.schema.json
 * plus the rules a JSON schema cannot express) and the planner builds its cluster model from.
 */

export type ClusterTaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export interface NodePoolSection {
  name: string;
  count: number;
  capacity?: Record<string, string | number>;
  allocatable?: Record<string, string | number>;
  labels?: Record<string, string>;
  taints?: { key: string; value?: string; effect: ClusterTaintEffect }[];
  zones?: string[];
  /** CSI driver name → volumes a node can have attached (CSINode allocatable count). */
  volumeLimits?: Record<string, number>;
  unschedulable?: boolean;
}

export interface ClusterSection {
  /** The API server's --service-node-port-range, `first-last`. */
  nodePortRange?: string;
  nodePools?: NodePoolSection[];
}

export interface NodePortRange {
  min: number;
  max: number;
}

/**
 * The range a `--service-node-port-range` value names, in either form the flag takes (`first-last`,
 * `first+size`), unchecked (a reversed or empty range comes out as min > max); undefined for another shape.
 */
export function parsePortRangeFlag(text: string): NodePortRange | undefined {
  const match = /^(\d+)([-+])(\d+)$/.exec(text);
  if (!match) return undefined;
  const min = Number(match[1]);
  return { min, max: match[2] === '+' ? min + Number(match[3]) - 1 : Number(match[3]) };
}

/** `30000-32767` → {min, max}; an error message when malformed or not a port range. */
export function parseNodePortRange(value: unknown): NodePortRange | string {
  const match = typeof value === 'string' ? /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(value) : null;
  if (!match) return `nodePortRange must look like "30000-32767" (got ${JSON.stringify(value)})`;
  const min = Number(match[1]);
  const max = Number(match[2]);
  if (min < 1 || max > 65535 || min > max) return `nodePortRange ${min}-${max} is not a valid port range`;
  return { min, max };
}
