/**
 * One scheduling cycle per pod, as kube-scheduler's default profile runs it
 * (pkg/scheduler/schedule_one.go): PreFilter, Filter (first failure per node), Score, select.
 *
 * Deterministic where Kubernetes is random: among top-scoring nodes the first by name wins (the
 * scheduler picks one at random). Nodes are examined from a rotating start index, and with 100
 * nodes or more only `50 − nodes/125` percent (at least 5%, at least 100) of feasible nodes are
 * looked for, as numFeasibleNodesToFind does; the node order is the sorted node names.
 * Not modelled: preemption, volume binding/zones, DRA, image locality (no image lists).
 */
import { LABEL_HOSTNAME, LABEL_ZONE } from '../cluster-model';
import type { AffinityTerm, PodShape, SpreadConstraint } from '../pod-shape';
import { indexPairOf, matchesNodeTerm, matchesSelector } from '../selectors';
import type { NodeModel } from '../types';
import {
  type FilterWording,
  REASON_AFFINITY,
  REASON_AFFINITY_CONFLICT,
  REASON_ANTI_AFFINITY,
  REASON_EXISTING_ANTI_AFFINITY,
  REASON_NODE_PORTS,
  REASON_PREFILTER_NODE_AFFINITY,
  REASON_SPREAD,
  REASON_SPREAD_LABEL,
  formatFitError,
  hasUntoleratedHardTaint,
  insufficientResources,
  matchesRequiredNodeAffinity,
  portsFit,
  staticFilter,
  untoleratedPreferNoSchedule,
} from './filters';
import { NodeState, type SchedPod } from './node-state';
import { type PodCounter, PodCounters } from './pod-counters';
import {
  WEIGHTS,
  balancedAllocationScore,
  defaultNormalize,
  leastAllocatedScore,
  normalizeMinMax,
  normalizeSpread,
  spreadScoreForCount,
  topologyNormalizingWeight,
} from './scores';

export const MESSAGE_NO_NODES = 'no nodes available to schedule pods';
export const MESSAGE_GATED = 'Scheduling is blocked due to non-empty scheduling gates';
const NOTE_LENGTH_LIMIT = 1024;
const MIN_FEASIBLE_NODES = 100;
const MIN_FEASIBLE_PERCENTAGE = 5;

export interface ScheduleResult {
  node: NodeState | null;
  /** The FailedScheduling message when node is null. */
  reason: string | null;
}

interface StaticInfo {
  reasons: (string | null)[];
  affinityOk: Uint8Array;
  taintOk: Uint8Array;
  preferNoSchedule: Int32Array;
  nodeAffinityScore: Int32Array;
}

interface SpreadFilterState {
  constraint: SpreadConstraint;
  counts: Map<string, number>;
  min: number;
  selfMatch: number;
}

const DEFAULT_SPREAD = [
  { topologyKey: LABEL_HOSTNAME, maxSkew: 3 },
  { topologyKey: LABEL_ZONE, maxSkew: 5 },
];

export class Scheduler {
  readonly nodes: readonly NodeState[];
  readonly byName: ReadonlyMap<string, NodeState>;
  private readonly counters: PodCounters;
  private readonly statics = new Map<number, StaticInfo>();
  private readonly podsWithAffinity = new Set<SchedPod>();
  private readonly podsWithRequiredAnti = new Set<SchedPod>();
  private nextStart = 0;
  /** Incremented on every bind and unbind: a pod that failed need not be retried until it moves. */
  version = 0;

  constructor(
    models: readonly NodeModel[],
    private readonly wording: FilterWording,
  ) {
    this.nodes = models.map((m, i) => new NodeState(i, m));
    this.byName = new Map(this.nodes.map((n) => [n.name, n]));
    this.counters = new PodCounters(this.nodes);
  }

  bind(pod: SchedPod, node: NodeState): void {
    pod.node = node;
    node.add(pod);
    this.counters.update(pod, node, 1);
    const s = pod.shape;
    if (s.requiredAffinity.length + s.preferredAffinity.length + s.preferredAntiAffinity.length + s.requiredAntiAffinity.length > 0) {
      this.podsWithAffinity.add(pod);
    }
    if (s.requiredAntiAffinity.length > 0) this.podsWithRequiredAnti.add(pod);
    this.version++;
  }

  unbind(pod: SchedPod): void {
    const node = pod.node;
    if (!node) return;
    node.remove(pod);
    this.counters.update(pod, node, -1);
    this.podsWithAffinity.delete(pod);
    this.podsWithRequiredAnti.delete(pod);
    pod.node = null;
    this.version++;
  }

  /** Finds a node for the pod (does not bind it). */
  schedule(pod: SchedPod): ScheduleResult {
    const shape = pod.shape;
    if (shape.gated) return { node: null, reason: MESSAGE_GATED };
    if (this.nodes.length === 0) return { node: null, reason: MESSAGE_NO_NODES };
    const total = this.nodes.length;
    const info = this.staticInfo(shape);

    // PreFilter: NodeAffinity may pin the pod to named nodes (DaemonSet pods, matchFields).
    let candidates: readonly NodeState[] = this.nodes;
    const pins = pod.pinnedNode !== null ? new Set([pod.pinnedNode]) : shape.pinnedNodes;
    if (pins !== null) {
      if (pins.size === 0) return { node: null, reason: truncate(formatFitError(total, new Map(), REASON_AFFINITY_CONFLICT)) };
      candidates = this.nodes.filter((n) => pins.has(n.name));
    }
    const spreadState = this.spreadPreFilter(pod, info);
    const affinity = this.affinityPreFilter(pod);

    const reasons = new Map<string, number>();
    const note = (reason: string, count = 1): void => void reasons.set(reason, (reasons.get(reason) ?? 0) + count);
    if (candidates.length < total) note(REASON_PREFILTER_NODE_AFFINITY, total - candidates.length);

    const toFind = numFeasibleNodesToFind(candidates.length);
    const feasible: NodeState[] = [];
    let processed = 0;
    const start = candidates.length > 0 ? this.nextStart % candidates.length : 0;
    for (let i = 0; i < candidates.length && feasible.length < toFind; i++) {
      const node = candidates[(start + i) % candidates.length]!;
      processed++;
      const failure = this.filter(pod, node, info, spreadState, affinity);
      if (failure === null) feasible.push(node);
      else if (typeof failure === 'string') note(failure);
      else for (const r of failure) note(r);
    }
    this.nextStart = (this.nextStart + processed) % total;

    if (feasible.length === 0) return { node: null, reason: truncate(formatFitError(total, reasons)) };
    if (feasible.length === 1) return { node: feasible[0]!, reason: null };
    return { node: this.pickBest(pod, feasible, info), reason: null };
  }

  private staticInfo(shape: PodShape): StaticInfo {
    let info = this.statics.get(shape.id);
    if (info) return info;
    const n = this.nodes.length;
    info = {
      reasons: new Array<string | null>(n),
      affinityOk: new Uint8Array(n),
      taintOk: new Uint8Array(n),
      preferNoSchedule: new Int32Array(n),
      nodeAffinityScore: new Int32Array(n),
    };
    for (const node of this.nodes) {
      const i = node.index;
      info.reasons[i] = staticFilter(shape, node, this.wording);
      info.affinityOk[i] = matchesRequiredNodeAffinity(shape, node) ? 1 : 0;
      info.taintOk[i] = hasUntoleratedHardTaint(shape, node) ? 0 : 1;
      info.preferNoSchedule[i] = untoleratedPreferNoSchedule(shape, node);
      let sum = 0;
      for (const p of shape.preferredNodeAffinity) {
        if (matchesNodeTerm(p.term, node)) sum += p.weight;
      }
      info.nodeAffinityScore[i] = sum;
    }
    this.statics.set(shape.id, info);
    return info;
  }

  /** Filter plugins after the static ones; null when the node fits. */
  private filter(
    pod: SchedPod,
    node: NodeState,
    info: StaticInfo,
    spread: SpreadFilterState[],
    affinity: AffinityFilterState,
  ): string | string[] | null {
    const staticReason = info.reasons[node.index];
    if (staticReason) return staticReason;
    const shape = pod.shape;
    if (shape.hostPorts.length > 0 && !portsFit(shape, node)) return REASON_NODE_PORTS;
    const insufficient = insufficientResources(shape, node);
    if (insufficient.length > 0) return insufficient;
    for (const s of spread) {
      const value = node.labels[s.constraint.topologyKey];
      if (value === undefined) return REASON_SPREAD_LABEL;
      const skew = (s.counts.get(value) ?? 0) + s.selfMatch - s.min;
      if (skew > s.constraint.maxSkew) return REASON_SPREAD;
    }
    if (!satisfiesPodAffinity(affinity, shape, node)) return REASON_AFFINITY;
    if (!satisfiesPodAntiAffinity(affinity, shape, node)) return REASON_ANTI_AFFINITY;
    if (affinity.existingAnti.size > 0) {
      for (const key in node.labels) {
        if ((affinity.existingAnti.get(pairKey(key, node.labels[key]!)) ?? 0) > 0) return REASON_EXISTING_ANTI_AFFINITY;
      }
    }
    return null;
  }

  private counterFor(namespaces: ReadonlySet<string> | null, terms: readonly { selector: AffinityTerm['selector'] }[], key: string): PodCounter {
    const first = terms[0]?.selector;
    return this.counters.get(
      key,
      (p) => (namespaces === null || namespaces.has(p.namespace)) && terms.every((t) => matchesSelector(t.selector, p.labels)),
      first ? indexPairOf(first) : undefined,
    );
  }

  private spreadCounter(namespace: string, constraint: { selector: SpreadConstraint['selector'] }): PodCounter {
    return this.counterFor(new Set([namespace]), [constraint], `spread|${namespace}|${constraint.selector.key}|${constraint.selector.nothing}`);
  }

  /** PodTopologySpread PreFilter: matching pods per domain over eligible nodes, and the global minimum. */
  private spreadPreFilter(pod: SchedPod, info: StaticInfo): SpreadFilterState[] {
    const shape = pod.shape;
    const hard = shape.spread.filter((c) => c.hard);
    if (hard.length === 0) return [];
    const states: SpreadFilterState[] = hard.map((constraint) => ({
      constraint,
      counts: new Map<string, number>(),
      min: 0,
      selfMatch: matchesSelector(constraint.selector, pod.labels) ? 1 : 0,
    }));
    const counters = hard.map((c) => this.spreadCounter(pod.namespace, c));
    for (const node of this.nodes) {
      if (!hard.every((c) => node.labels[c.topologyKey] !== undefined)) continue;
      hard.forEach((c, i) => {
        if (c.honorNodeAffinity && !info.affinityOk[node.index]) return;
        if (c.honorNodeTaints && !info.taintOk[node.index]) return;
        const value = node.labels[c.topologyKey]!;
        const counts = states[i]!.counts;
        counts.set(value, (counts.get(value) ?? 0) + counters[i]!.perNode[node.index]!);
      });
    }
    for (const s of states) {
      let min = Number.MAX_SAFE_INTEGER;
      for (const count of s.counts.values()) if (count < min) min = count;
      s.min = s.counts.size < s.constraint.minDomains || s.counts.size === 0 ? 0 : min;
    }
    return states;
  }

  /** InterPodAffinity PreFilter: counts per topology pair. */
  private affinityPreFilter(pod: SchedPod): AffinityFilterState {
    const shape = pod.shape;
    const state: AffinityFilterState = { affinity: new Map(), anti: new Map(), existingAnti: new Map() };
    if (shape.requiredAffinity.length > 0) {
      const terms = shape.requiredAffinity;
      const key = `aff|${terms.map((t) => t.key).join('&')}`;
      const counter = this.counters.get(
        key,
        (p) => terms.every((t) => termMatches(t, p)),
        indexPairOf(terms[0]!.selector),
      );
      if (counter.total > 0) {
        for (const node of this.nodes) {
          const c = counter.perNode[node.index]!;
          if (c === 0) continue;
          for (const t of terms) addPair(state.affinity, node, t.topologyKey, c);
        }
      }
    }
    for (const t of shape.requiredAntiAffinity) {
      const counter = this.counterFor(t.namespaces, [t], `anti|${t.key}`);
      if (counter.total === 0) continue;
      for (const node of this.nodes) {
        const c = counter.perNode[node.index]!;
        if (c > 0) addPair(state.anti, node, t.topologyKey, c);
      }
    }
    for (const existing of this.podsWithRequiredAnti) {
      for (const t of existing.shape.requiredAntiAffinity) {
        if (termMatches(t, pod)) addPair(state.existingAnti, existing.node!, t.topologyKey, 1);
      }
    }
    return state;
  }

  private pickBest(pod: SchedPod, feasible: NodeState[], info: StaticInfo): NodeState {
    const shape = pod.shape;
    const n = feasible.length;
    const taint = feasible.map((node) => info.preferNoSchedule[node.index]!);
    defaultNormalize(taint, true);
    const nodeAffinity = feasible.map((node) => info.nodeAffinityScore[node.index]!);
    if (shape.preferredNodeAffinity.length > 0) defaultNormalize(nodeAffinity, false);
    else nodeAffinity.fill(0);
    const spread = this.spreadScores(pod, feasible, info);
    const interPod = this.interPodScores(pod, feasible);
    let best: NodeState | null = null;
    let bestScore = -1;
    for (let i = 0; i < n; i++) {
      const node = feasible[i]!;
      const fit = leastAllocatedScore(
        node.nonZeroCpu + shape.nonZeroCpu,
        node.allocCpu,
        node.nonZeroMemory + shape.nonZeroMemory,
        node.allocMemory,
      );
      const balanced = shape.bestEffort
        ? 0
        : balancedAllocationScore(node.reqCpu + shape.request.cpu, node.allocCpu, node.reqMemory + shape.request.memory, node.allocMemory);
      const score =
        WEIGHTS.taintToleration * taint[i]! +
        WEIGHTS.nodeAffinity * nodeAffinity[i]! +
        WEIGHTS.nodeResourcesFit * fit +
        WEIGHTS.podTopologySpread * spread[i]! +
        WEIGHTS.interPodAffinity * interPod[i]! +
        WEIGHTS.balancedAllocation * balanced;
      if (score > bestScore || (score === bestScore && node.index < best!.index)) {
        best = node;
        bestScore = score;
      }
    }
    return best!;
  }

  /** PodTopologySpread PreScore/Score/NormalizeScore for ScheduleAnyway constraints (or the system defaults). */
  private spreadScores(pod: SchedPod, feasible: NodeState[], info: StaticInfo): number[] {
    const shape = pod.shape;
    const scores = new Array<number>(feasible.length).fill(0);
    let constraints: { topologyKey: string; maxSkew: number; selector: SpreadConstraint['selector']; honorNodeAffinity: boolean; honorNodeTaints: boolean }[];
    const requireAll = shape.spread.length > 0;
    if (requireAll) constraints = shape.spread.filter((c) => !c.hard);
    else if (shape.defaultSpreadSelector && !shape.defaultSpreadSelector.nothing && shape.defaultSpreadSelector.requirements.length > 0) {
      const selector = shape.defaultSpreadSelector;
      constraints = DEFAULT_SPREAD.map((d) => ({ ...d, selector, honorNodeAffinity: true, honorNodeTaints: false }));
    } else constraints = [];
    if (constraints.length === 0) return scores;

    const hasAll = (node: NodeState): boolean => constraints.every((c) => node.labels[c.topologyKey] !== undefined);
    const ignored = feasible.map((node) => requireAll && !hasAll(node));
    const ignoredCount = ignored.filter(Boolean).length;
    const domainCounts = constraints.map(() => new Map<string, number>());
    constraints.forEach((c, i) => {
      if (c.topologyKey === LABEL_HOSTNAME) return;
      feasible.forEach((node, j) => {
        if (!ignored[j]) domainCounts[i]!.set(node.labels[c.topologyKey] ?? '', 0);
      });
    });
    const weights = constraints.map((c, i) =>
      topologyNormalizingWeight(c.topologyKey === LABEL_HOSTNAME ? feasible.length - ignoredCount : domainCounts[i]!.size),
    );
    const counters = constraints.map((c) => this.spreadCounter(pod.namespace, c));
    constraints.forEach((c, i) => {
      if (c.topologyKey === LABEL_HOSTNAME) return;
      const counts = domainCounts[i]!;
      const counter = counters[i]!;
      if (counter.total === 0) return;
      for (const node of this.nodes) {
        if (requireAll && !hasAll(node)) continue;
        if (c.honorNodeAffinity && !info.affinityOk[node.index]) continue;
        if (c.honorNodeTaints && !info.taintOk[node.index]) continue;
        const value = node.labels[c.topologyKey] ?? '';
        const have = counts.get(value);
        if (have === undefined) continue;
        counts.set(value, have + counter.perNode[node.index]!);
      }
    });
    feasible.forEach((node, j) => {
      if (ignored[j]) return;
      let score = 0;
      constraints.forEach((c, i) => {
        const value = node.labels[c.topologyKey];
        if (value === undefined) return;
        const count = c.topologyKey === LABEL_HOSTNAME ? counters[i]!.perNode[node.index]! : domainCounts[i]!.get(value)!;
        score += spreadScoreForCount(count, c.maxSkew, weights[i]!);
      });
      scores[j] = goRound(score);
    });
    normalizeSpread(scores, ignored);
    return scores;
  }

  /** InterPodAffinity PreScore/Score/NormalizeScore. */
  private interPodScores(pod: SchedPod, feasible: NodeState[]): number[] {
    const shape = pod.shape;
    const topology = new Map<string, Map<string, number>>();
    const add = (key: string, value: string, amount: number): void => {
      let byValue = topology.get(key);
      if (!byValue) topology.set(key, (byValue = new Map()));
      byValue.set(value, (byValue.get(value) ?? 0) + amount);
    };
    const incoming: [AffinityTerm, number][] = [
      ...shape.preferredAffinity.map((t): [AffinityTerm, number] => [t, 1]),
      ...shape.preferredAntiAffinity.map((t): [AffinityTerm, number] => [t, -1]),
    ];
    for (const [term, sign] of incoming) {
      const counter = this.counterFor(term.namespaces, [term], `anti|${term.key}`);
      if (counter.total === 0) continue;
      for (const node of this.nodes) {
        const c = counter.perNode[node.index]!;
        const value = node.labels[term.topologyKey];
        if (c > 0 && value !== undefined) add(term.topologyKey, value, c * term.weight * sign);
      }
    }
    for (const existing of this.podsWithAffinity) {
      const node = existing.node!;
      const s = existing.shape;
      const process = (terms: readonly AffinityTerm[], weightOf: (t: AffinityTerm) => number): void => {
        for (const t of terms) {
          const value = node.labels[t.topologyKey];
          if (value !== undefined && termMatches(t, pod)) add(t.topologyKey, value, weightOf(t));
        }
      };
      process(s.requiredAffinity, () => 1);
      process(s.preferredAffinity, (t) => t.weight);
      process(s.preferredAntiAffinity, (t) => -t.weight);
    }
    const scores = new Array<number>(feasible.length).fill(0);
    if (topology.size === 0) return scores;
    feasible.forEach((node, j) => {
      let score = 0;
      for (const [key, byValue] of topology) {
        const value = node.labels[key];
        if (value !== undefined) score += byValue.get(value) ?? 0;
      }
      scores[j] = score;
    });
    normalizeMinMax(scores);
    return scores;
  }
}

interface AffinityFilterState {
  affinity: Map<string, number>;
  anti: Map<string, number>;
  existingAnti: Map<string, number>;
}

function pairKey(key: string, value: string): string {
  return `${key}\u0000${value}`;
}

function addPair(map: Map<string, number>, node: NodeState, topologyKey: string, amount: number): void {
  const value = node.labels[topologyKey];
  if (value === undefined) return;
  const key = pairKey(topologyKey, value);
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** AffinityTerm.Matches: the pod's namespace is covered and its labels match. */
function termMatches(term: AffinityTerm, pod: { namespace: string; labels: Readonly<Record<string, string>> }): boolean {
  return (term.namespaces === null || term.namespaces.has(pod.namespace)) && matchesSelector(term.selector, pod.labels);
}

function satisfiesPodAffinity(state: AffinityFilterState, shape: PodShape, node: NodeState): boolean {
  let podsExist = true;
  for (const term of shape.requiredAffinity) {
    const value = node.labels[term.topologyKey];
    if (value === undefined) return false;
    if ((state.affinity.get(pairKey(term.topologyKey, value)) ?? 0) <= 0) podsExist = false;
  }
  if (podsExist) return true;
  // The first pod of a group with affinity to itself may go anywhere.
  return state.affinity.size === 0 && shape.requiredAffinity.every((t) => termMatches(t, shape));
}

function satisfiesPodAntiAffinity(state: AffinityFilterState, shape: PodShape, node: NodeState): boolean {
  if (state.anti.size === 0) return true;
  for (const term of shape.requiredAntiAffinity) {
    const value = node.labels[term.topologyKey];
    if (value !== undefined && (state.anti.get(pairKey(term.topologyKey, value)) ?? 0) > 0) return false;
  }
  return true;
}

/** numFeasibleNodesToFind with the default percentageOfNodesToScore (adaptive). */
export function numFeasibleNodesToFind(nodes: number): number {
  if (nodes < MIN_FEASIBLE_NODES) return nodes;
  let percentage = 50 - Math.trunc(nodes / 125);
  if (percentage < MIN_FEASIBLE_PERCENTAGE) percentage = MIN_FEASIBLE_PERCENTAGE;
  const found = Math.trunc((nodes * percentage) / 100);
  return found < MIN_FEASIBLE_NODES ? MIN_FEASIBLE_NODES : found;
}

/** Go math.Round: half away from zero. */
function goRound(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** Events cap notes at 1024 bytes, ending " ...". */
function truncate(message: string): string {
  if (Buffer.byteLength(message) <= NOTE_LENGTH_LIMIT) return message;
  return `${Buffer.from(message).subarray(0, NOTE_LENGTH_LIMIT - 4).toString()} ...`;
}
