/**
 * Counts of bound pods matching a predicate, per node and per topology domain, kept up to date as
 * pods are bound and removed. Topology spread and inter-pod affinity ask "how many matching pods
 * per domain" for every pod they schedule; a counter answers without rescanning pods.
 *
 * Counters are indexed by one `key=value` label pair their predicate requires, so binding a pod
 * only touches the counters that can match it.
 */
import type { NodeState, SchedPod } from './node-state';

/** Nodes grouped by the value of one label: node index → domain id (−1 without the label). */
export interface Topology {
  readonly key: string;
  readonly domainOf: Int32Array;
  readonly values: readonly string[];
  /** Every node has the label. */
  readonly complete: boolean;
}

export function buildTopology(nodes: readonly NodeState[], key: string): Topology {
  const domainOf = new Int32Array(nodes.length);
  const ids = new Map<string, number>();
  const values: string[] = [];
  let complete = true;
  for (const node of nodes) {
    const value = node.labels[key];
    if (value === undefined) {
      domainOf[node.index] = -1;
      complete = false;
      continue;
    }
    let id = ids.get(value);
    if (id === undefined) {
      id = values.length;
      ids.set(value, id);
      values.push(value);
    }
    domainOf[node.index] = id;
  }
  return { key, domainOf, values, complete };
}

export interface PodCounter {
  readonly perNode: Int32Array;
  total: number;
  /** Matching pods per domain of a topology key (every node counted). */
  domains(key: string): Int32Array;
}

class Entry implements PodCounter {
  readonly perNode: Int32Array;
  total = 0;
  private readonly byKey = new Map<string, Int32Array>();

  constructor(
    readonly match: (pod: SchedPod) => boolean,
    private readonly topologies: (key: string) => Topology,
    nodeCount: number,
  ) {
    this.perNode = new Int32Array(nodeCount);
  }

  domains(key: string): Int32Array {
    let counts = this.byKey.get(key);
    if (counts) return counts;
    const topology = this.topologies(key);
    counts = new Int32Array(topology.values.length);
    for (let i = 0; i < this.perNode.length; i++) {
      const d = topology.domainOf[i]!;
      if (d >= 0) counts[d]! += this.perNode[i]!;
    }
    this.byKey.set(key, counts);
    return counts;
  }

  add(node: number, delta: number): void {
    this.perNode[node]! += delta;
    this.total += delta;
    for (const [key, counts] of this.byKey) {
      const d = this.topologies(key).domainOf[node]!;
      if (d >= 0) counts[d]! += delta;
    }
  }
}

export class PodCounters {
  private readonly byKey = new Map<string, Entry>();
  private readonly byPair = new Map<string, Entry[]>();
  private readonly unindexed: Entry[] = [];
  /** Bound pods by `key=value` label pair, so a new indexed counter scans only its candidates. */
  private readonly boundByPair = new Map<string, Set<SchedPod>>();

  constructor(
    private readonly nodes: readonly NodeState[],
    private readonly topologies: (key: string) => Topology,
  ) {}

  /**
   * The counter for `key`, built on first use by scanning the bound pods. `indexPair` is a
   * `key=value` every matching pod carries (undefined when none can be named).
   */
  get(key: string, match: (pod: SchedPod) => boolean, indexPair: string | undefined): PodCounter {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const entry = new Entry(match, this.topologies, this.nodes.length);
    if (indexPair === undefined) {
      for (const node of this.nodes) {
        for (const pod of node.pods) if (match(pod)) entry.add(node.index, 1);
      }
    } else {
      for (const pod of this.boundByPair.get(indexPair) ?? []) if (pod.node && match(pod)) entry.add(pod.node.index, 1);
    }
    this.byKey.set(key, entry);
    if (indexPair === undefined) this.unindexed.push(entry);
    else {
      let list = this.byPair.get(indexPair);
      if (!list) this.byPair.set(indexPair, (list = []));
      list.push(entry);
    }
    return entry;
  }

  /** Records a pod bound to (delta 1) or removed from (delta −1) a node. */
  update(pod: SchedPod, node: NodeState, delta: 1 | -1): void {
    for (const entry of this.unindexed) if (entry.match(pod)) entry.add(node.index, delta);
    for (const label in pod.labels) {
      const pair = `${label}=${pod.labels[label]}`;
      let bound = this.boundByPair.get(pair);
      if (!bound) this.boundByPair.set(pair, (bound = new Set()));
      if (delta === 1) bound.add(pod);
      else bound.delete(pod);
      const list = this.byPair.get(pair);
      if (!list) continue;
      for (const entry of list) if (entry.match(pod)) entry.add(node.index, delta);
    }
  }
}
