/**
 * Counts of bound pods matching a predicate, per node, kept up to date as pods are bound and
 * removed. Topology spread and inter-pod affinity ask "how many matching pods per domain" for every
 * pod they schedule; a counter answers in O(nodes) instead of rescanning every pod.
 *
 * Counters are indexed by one `key=value` label pair their predicate requires, so binding a pod
 * only touches the counters that can match it.
 */
import type { NodeState, SchedPod } from './node-state';

export interface PodCounter {
  readonly perNode: Int32Array;
  total: number;
}

interface Entry extends PodCounter {
  match(pod: SchedPod): boolean;
}

export class PodCounters {
  private readonly byKey = new Map<string, Entry>();
  private readonly byPair = new Map<string, Entry[]>();
  private readonly unindexed: Entry[] = [];

  constructor(private readonly nodes: readonly NodeState[]) {}

  /**
   * The counter for `key`, built on first use by scanning the bound pods. `indexPair` is a
   * `key=value` every matching pod carries (undefined when none can be named).
   */
  get(key: string, match: (pod: SchedPod) => boolean, indexPair: string | undefined): PodCounter {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const entry: Entry = { perNode: new Int32Array(this.nodes.length), total: 0, match };
    for (const node of this.nodes) {
      for (const pod of node.pods) {
        if (match(pod)) {
          entry.perNode[node.index]!++;
          entry.total++;
        }
      }
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
    for (const entry of this.unindexed) {
      if (entry.match(pod)) {
        entry.perNode[node.index]! += delta;
        entry.total += delta;
      }
    }
    if (this.byPair.size === 0) return;
    for (const label in pod.labels) {
      const list = this.byPair.get(`${label}=${pod.labels[label]}`);
      if (!list) continue;
      for (const entry of list) {
        if (entry.match(pod)) {
          entry.perNode[node.index]! += delta;
          entry.total += delta;
        }
      }
    }
  }
}
