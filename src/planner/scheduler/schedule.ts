/**
 * One scheduling cycle per pod, as kube-scheduler's default profile runs it
 * (pkg/scheduler/schedule_one.go): PreFilter, Filter (first failure per node), Score, select.
 *
 * Deterministic where Kubernetes is random: among top-scoring nodes the first by name wins (the
 * scheduler picks one at random). Nodes are examined from a rotating start index, and with 100
 * nodes or more only `50 − nodes/125` percent (at least 5%, at least 100) of feasible nodes are
 * looked for, as numFeasibleNodesToFind does; the node order is the sorted node names.
 * Preemption: see `preempt`. Volumes are filtered by the caller's VolumeFilter; DRA claims are
 * looked up before scheduling, their devices not allocated.
 *
 * Cost: what depends only on the pod's shape and the node (the first filters, taint and node
 * affinity scores, spread eligibility) is computed once per shape; pod counts per node and per
 * topology domain are kept by counters as pods are bound; so a cycle is O(nodes).
 */
import { LABEL_HOSTNAME, LABEL_ZONE } from '../cluster-model';
import type { AffinityTerm, PodShape } from '../pod-shape';
import { type Selector, indexPairOf, matchesNodeTerm, matchesSelector } from '../selectors';
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
  fitsResources,
  formatFitError,
  untoleratedHardTaint,
  insufficientResources,
  matchesRequiredNodeAffinity,
  portsFit,
  staticFilter,
  untoleratedPreferNoSchedule,
} from './filters';
import { NodeState, type SchedPod } from './node-state';
import { type PodCounter, PodCounters, type Topology, buildTopology } from './pod-counters';
import {
  MAX_NODE_SCORE,
  WEIGHTS,
  balancedAllocationScore,
  imageLocalityScore,
  leastAllocatedScore,
  normalizedImageName,
  scaledImageScore,
  topologyNormalizingWeight,
} from './scores';

export const MESSAGE_NO_NODES = 'no nodes available to schedule pods';
export const MESSAGE_GATED = 'Scheduling is blocked due to non-empty scheduling gates';
const NOTE_LENGTH_LIMIT = 1024;
const MIN_FEASIBLE_NODES = 100;
const MIN_FEASIBLE_PERCENTAGE = 5;

/** A filter over nodes for a pod's volumes (NodeVolumeLimits, VolumeBinding, VolumeZone): its reasons for a node, null when the node will do. */
export type VolumeFilter = (node: NodeState) => string[] | null;

export interface ScheduleResult {
  node: NodeState | null;
  /** The FailedScheduling message when node is null. */
  reason: string | null;
}

/** A topology spread constraint with what the scheduler needs at hand. */
interface Spread {
  topologyKey: string;
  maxSkew: number;
  minDomains: number;
  selector: Selector;
  topology: Topology;
  counter: PodCounter;
  /** Nodes counted for this constraint (inclusion policies and, for hard ones, all keys present). */
  eligible: Uint8Array;
  allEligible: boolean;
}

/** Filter results and scores that depend only on the node and the pod's node constraints. */
interface NodeFit {
  reasons: (string | null)[];
  affinityOk: Uint8Array;
  taintOk: Uint8Array;
  allAffinityOk: boolean;
  allTaintOk: boolean;
  preferNoSchedule: Int32Array;
  hasPreferNoSchedule: boolean;
  nodeAffinityScore: Int32Array;
}

/** Everything that depends only on the pod shape and the node. */
interface StaticInfo extends NodeFit {
  hard: Spread[];
  soft: Spread[];
  /** Soft constraints came from the pod (nodes without every key are ignored in scoring). */
  softRequireAll: boolean;
  softIgnored: Uint8Array;
  /** ImageLocality score per node; null when no node holds any of the pod's images (0 everywhere). */
  imageLocality: Int32Array | null;
}

/** An image name's state across the cluster (the scheduler cache's imageStates): its size and the nodes holding it. */
interface ImageState {
  size: number;
  nodes: number[];
}

interface SpreadFilterState {
  spread: Spread;
  counts: Int32Array;
  min: number;
  selfMatch: number;
}

interface AffinityFilterState {
  affinity: Map<string, number>;
  anti: Map<string, number>;
  existingAnti: Map<string, number>;
}

const DEFAULT_SPREAD = [
  { topologyKey: LABEL_HOSTNAME, maxSkew: 3 },
  { topologyKey: LABEL_ZONE, maxSkew: 5 },
];

export class Scheduler {
  readonly nodes: readonly NodeState[];
  readonly byName: ReadonlyMap<string, NodeState>;
  private readonly counters: PodCounters;
  private readonly topologies = new Map<string, Topology>();
  private readonly statics = new Map<number, StaticInfo>();
  private readonly nodeFits = new Map<string, NodeFit>();
  private ones: Uint8Array | null = null;
  private zeros: Uint8Array | null = null;
  private readonly podsWithAffinity = new Set<SchedPod>();
  private readonly podsWithRequiredAnti = new Set<SchedPod>();
  private nextStart = 0;
  private scratch = new Float64Array(0);
  private spreadScratch = new Float64Array(0);
  private marks = new Uint8Array(0);
  private readonly feasibleScratch: NodeState[] = [];
  // Node state as typed arrays by node index, for the scoring loops.
  private readonly allocCpu: Float64Array;
  private readonly allocMemory: Float64Array;
  private readonly reqCpu: Float64Array;
  private readonly reqMemory: Float64Array;
  private readonly nonZeroCpu: Float64Array;
  private readonly nonZeroMemory: Float64Array;
  private feasibleIndex = new Int32Array(0);
  /** Bound pods per priority: preemption is only tried when lower-priority pods exist. */
  private readonly boundPriorities = new Map<number, number>();
  /** Per image name; null when no node reports images (pools and the default model have none). */
  private readonly images: ReadonlyMap<string, ImageState> | null;
  /** Incremented on every bind and unbind: a pod that failed need not be retried until it moves. */
  version = 0;

  constructor(
    models: readonly NodeModel[],
    readonly wording: FilterWording,
  ) {
    this.nodes = models.map((m, i) => new NodeState(i, m));
    this.byName = new Map(this.nodes.map((n) => [n.name, n]));
    this.counters = new PodCounters(this.nodes, (key) => this.topology(key));
    const n = this.nodes.length;
    this.allocCpu = Float64Array.from(this.nodes, (node) => node.allocCpu);
    this.allocMemory = Float64Array.from(this.nodes, (node) => node.allocMemory);
    this.reqCpu = new Float64Array(n);
    this.reqMemory = new Float64Array(n);
    this.nonZeroCpu = new Float64Array(n);
    this.nonZeroMemory = new Float64Array(n);
    this.images = buildImageStates(this.nodes);
  }

  private syncArrays(node: NodeState): void {
    const i = node.index;
    this.reqCpu[i] = node.reqCpu;
    this.reqMemory[i] = node.reqMemory;
    this.nonZeroCpu[i] = node.nonZeroCpu;
    this.nonZeroMemory[i] = node.nonZeroMemory;
  }

  topology(key: string): Topology {
    let t = this.topologies.get(key);
    if (!t) this.topologies.set(key, (t = buildTopology(this.nodes, key)));
    return t;
  }

  bind(pod: SchedPod, node: NodeState): void {
    pod.node = node;
    node.add(pod);
    this.syncArrays(node);
    this.counters.update(pod, node, 1);
    const s = pod.shape;
    if (s.requiredAffinity.length + s.preferredAffinity.length + s.preferredAntiAffinity.length + s.requiredAntiAffinity.length > 0) {
      this.podsWithAffinity.add(pod);
    }
    if (s.requiredAntiAffinity.length > 0) this.podsWithRequiredAnti.add(pod);
    this.boundPriorities.set(s.priority, (this.boundPriorities.get(s.priority) ?? 0) + 1);
    this.version++;
  }

  unbind(pod: SchedPod): void {
    const node = pod.node;
    if (!node) return;
    node.remove(pod);
    this.syncArrays(node);
    this.counters.update(pod, node, -1);
    this.podsWithAffinity.delete(pod);
    this.podsWithRequiredAnti.delete(pod);
    const left = (this.boundPriorities.get(pod.shape.priority) ?? 1) - 1;
    if (left > 0) this.boundPriorities.set(pod.shape.priority, left);
    else this.boundPriorities.delete(pod.shape.priority);
    pod.node = null;
    this.version++;
  }

  /** Finds a node for the pod (does not bind it). `volumes`: the volume filter of its claims. */
  schedule(pod: SchedPod, volumes: VolumeFilter | null = null): ScheduleResult {
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
    const spread = this.spreadPreFilter(pod, info);
    const affinity = this.affinityPreFilter(pod);

    const toFind = numFeasibleNodesToFind(candidates.length);
    const feasible = this.feasibleScratch;
    feasible.length = 0;
    let failed: NodeState[] | null = null;
    let processed = 0;
    const start = candidates.length > 0 ? this.nextStart % candidates.length : 0;
    for (let i = 0; i < candidates.length && feasible.length < toFind; i++) {
      const node = candidates[(start + i) % candidates.length]!;
      processed++;
      if (this.passes(pod, node, info, spread, affinity, volumes)) feasible.push(node);
      else (failed ??= []).push(node);
    }
    this.nextStart = (this.nextStart + processed) % total;

    if (feasible.length === 0) {
      const reasons = new Map<string, number>();
      const note = (reason: string, count = 1): void => void reasons.set(reason, (reasons.get(reason) ?? 0) + count);
      if (candidates.length < total) note(REASON_PREFILTER_NODE_AFFINITY, total - candidates.length);
      for (const node of failed ?? []) {
        const failure = this.failure(pod, node, info, spread, affinity, volumes)!;
        if (typeof failure === 'string') note(failure);
        else for (const r of failure) note(r);
      }
      return { node: null, reason: truncate(formatFitError(total, reasons)) };
    }
    if (feasible.length === 1) return { node: feasible[0]!, reason: null };
    return { node: this.pickBest(pod, feasible, info), reason: null };
  }

  /**
   * DefaultPreemption (framework/preemption/preemption.go), for a pod that fits nowhere: on each
   * node that failed only for reasons preemption can fix (not the static, UnschedulableAndUnresolvable
   * filters, not a request above the node's whole allocatable), remove every lower-priority pod; if
   * the pod then fits, put back ("reprieve") as many as still let it fit: first the pods whose
   * eviction would violate a PodDisruptionBudget (`violations` names them), then the others, each
   * group from the most important (higher priority, then earlier start). The node is chosen by
   * pickOneNodeForPreemption: fewest budget violations, lowest highest-victim priority, smallest
   * priority sum (each offset by 2^31), fewest victims, latest start of the highest-priority
   * victims, then the first node. `preemptionPolicy: Never` never preempts. The cluster is left
   * unchanged; the caller evicts the victims (`violating`: those whose eviction violates a budget).
   * `startOf` orders pods by start time.
   */
  preempt(
    pod: SchedPod,
    startOf: (p: SchedPod) => number,
    violations: (victims: readonly SchedPod[]) => ReadonlySet<SchedPod>,
    volumes: VolumeFilter | null = null,
  ): { node: NodeState; victims: SchedPod[]; violating: SchedPod[] } | null {
    const shape = pod.shape;
    if (shape.spec.preemptionPolicy === 'Never' || shape.gated || shape.nodeName !== null) return null;
    if (![...this.boundPriorities.keys()].some((p) => p < shape.priority)) return null;
    const info = this.staticInfo(shape);
    const pins = pod.pinnedNode !== null ? new Set([pod.pinnedNode]) : shape.pinnedNodes;
    let best: { node: NodeState; victims: SchedPod[]; violating: SchedPod[]; key: number[] } | null = null;
    for (const node of this.nodes) {
      if (pins !== null && !pins.has(node.name)) continue;
      // evictions cannot help where a static filter or the pod's volumes rule the node out
      if (info.reasons[node.index] !== null || exceedsAllocatable(shape, node) || (volumes !== null && volumes(node) !== null)) continue;
      const lower = [...node.pods].filter((p) => p.shape.priority < shape.priority);
      if (lower.length === 0) continue;
      for (const p of lower) this.unbind(p);
      const fits = (): boolean => this.passes(pod, node, info, this.spreadPreFilter(pod, info), this.affinityPreFilter(pod), null);
      const victims: SchedPod[] = [];
      const violating: SchedPod[] = [];
      if (fits()) {
        lower.sort((a, b) => b.shape.priority - a.shape.priority || startOf(a) - startOf(b));
        const violators = violations(lower);
        const reprieve = (p: SchedPod): boolean => {
          this.bind(p, node);
          if (fits()) return true;
          this.unbind(p);
          victims.push(p);
          return false;
        };
        for (const p of lower) if (violators.has(p) && !reprieve(p)) violating.push(p);
        for (const p of lower) if (!violators.has(p)) reprieve(p);
      } else victims.push(...lower);
      const feasible = victims.length < lower.length || fits();
      for (const p of victims) this.bind(p, node);
      if (!feasible || victims.length === 0) continue;
      const highest = Math.max(...victims.map((p) => p.shape.priority));
      const sum = victims.reduce((total, p) => total + p.shape.priority + 2 ** 31, 0);
      const earliest = Math.min(...victims.filter((p) => p.shape.priority === highest).map(startOf));
      const key = [violating.length, highest, sum, victims.length, -earliest];
      if (best === null || compareKeys(key, best.key) < 0) best = { node, victims, violating, key };
    }
    return best === null ? null : { node: best.node, victims: best.victims, violating: best.violating };
  }

  private staticInfo(shape: PodShape): StaticInfo {
    let info = this.statics.get(shape.id);
    if (info) return info;
    const fit = this.nodeFit(shape);
    const n = this.nodes.length;
    const build = (
      c: { topologyKey: string; maxSkew: number; minDomains: number; selector: Selector; honorNodeAffinity: boolean; honorNodeTaints: boolean },
      requiredKeys: readonly string[],
    ): Spread => {
      const keysEverywhere = requiredKeys.every((k) => this.topology(k).complete);
      let eligible: Uint8Array | null = null;
      if (!keysEverywhere || (c.honorNodeAffinity && !fit.allAffinityOk) || (c.honorNodeTaints && !fit.allTaintOk)) {
        eligible = new Uint8Array(n);
        for (const node of this.nodes) {
          const ok =
            requiredKeys.every((k) => node.labels[k] !== undefined) &&
            (!c.honorNodeAffinity || fit.affinityOk[node.index] === 1) &&
            (!c.honorNodeTaints || fit.taintOk[node.index] === 1);
          eligible[node.index] = ok ? 1 : 0;
        }
      }
      const counter = this.counters.get(
        `spread|${shape.namespace}|${c.selector.key}|${c.selector.nothing}`,
        (p) => p.namespace === shape.namespace && matchesSelector(c.selector, p.labels),
        indexPairOf(c.selector),
      );
      return { ...c, topology: this.topology(c.topologyKey), counter, eligible: eligible ?? this.allOnes(), allEligible: eligible === null };
    };
    const hard = shape.spread.filter((c) => c.hard);
    const hardKeys = hard.map((c) => c.topologyKey);
    let soft: { topologyKey: string; maxSkew: number; minDomains: number; selector: Selector; honorNodeAffinity: boolean; honorNodeTaints: boolean }[];
    if (shape.spread.length > 0) soft = shape.spread.filter((c) => !c.hard);
    else if (shape.defaultSpreadSelector && !shape.defaultSpreadSelector.nothing && shape.defaultSpreadSelector.requirements.length > 0) {
      const selector = shape.defaultSpreadSelector;
      soft = DEFAULT_SPREAD.map((d) => ({ ...d, minDomains: 1, selector, honorNodeAffinity: true, honorNodeTaints: false }));
    } else soft = [];
    const softRequireAll = shape.spread.length > 0;
    const softKeys = soft.map((c) => c.topologyKey);
    let softIgnored = this.allZeros();
    if (softRequireAll && !softKeys.every((k) => this.topology(k).complete)) {
      softIgnored = new Uint8Array(n);
      for (const node of this.nodes) softIgnored[node.index] = softKeys.every((k) => node.labels[k] !== undefined) ? 0 : 1;
    }
    info = {
      ...fit,
      hard: hard.map((c) => build(c, hardKeys)),
      soft: soft.map((c) => build(c, softRequireAll ? softKeys : [])),
      softRequireAll,
      softIgnored,
      imageLocality: this.imageLocality(shape),
    };
    this.statics.set(shape.id, info);
    return info;
  }

  /**
   * ImageLocality: per node, the sizes of the pod's images the node holds (init containers and
   * containers, each counted), each scaled by the share of nodes that hold it, then clamped and
   * mapped onto 0..100 (no normalization across nodes).
   */
  private imageLocality(shape: PodShape): Int32Array | null {
    if (this.images === null) return null;
    const n = this.nodes.length;
    let sums: Float64Array | null = null;
    for (const image of shape.containerImages) {
      const state = this.images.get(normalizedImageName(image));
      if (state === undefined) continue;
      sums ??= new Float64Array(n);
      const scaled = scaledImageScore(state.size, state.nodes.length, n);
      for (const i of state.nodes) sums[i]! += scaled;
    }
    if (sums === null) return null;
    const containers = shape.containerImages.length;
    return Int32Array.from(sums, (sum) => imageLocalityScore(sum, containers));
  }

  /**
   * Static filter results and node-only scores, shared by every shape with the same tolerations,
   * nodeSelector and node affinity (most pods have none, so most shapes share one).
   */
  private nodeFit(shape: PodShape): NodeFit {
    const key = shape.nodeFitKey;
    let fit = this.nodeFits.get(key);
    if (fit) return fit;
    const n = this.nodes.length;
    fit = {
      reasons: new Array<string | null>(n),
      affinityOk: new Uint8Array(n),
      taintOk: new Uint8Array(n),
      allAffinityOk: true,
      allTaintOk: true,
      preferNoSchedule: new Int32Array(n),
      hasPreferNoSchedule: false,
      nodeAffinityScore: new Int32Array(n),
    };
    for (const node of this.nodes) {
      const i = node.index;
      fit.reasons[i] = staticFilter(shape, node, this.wording);
      fit.affinityOk[i] = matchesRequiredNodeAffinity(shape, node) ? 1 : 0;
      fit.taintOk[i] = untoleratedHardTaint(shape, node) ? 0 : 1;
      if (!fit.affinityOk[i]) fit.allAffinityOk = false;
      if (!fit.taintOk[i]) fit.allTaintOk = false;
      fit.preferNoSchedule[i] = untoleratedPreferNoSchedule(shape, node);
      if (fit.preferNoSchedule[i]! > 0) fit.hasPreferNoSchedule = true;
      let sum = 0;
      for (const p of shape.preferredNodeAffinity) if (matchesNodeTerm(p.term, node)) sum += p.weight;
      fit.nodeAffinityScore[i] = sum;
    }
    this.nodeFits.set(key, fit);
    return fit;
  }

  private allOnes(): Uint8Array {
    return (this.ones ??= new Uint8Array(this.nodes.length).fill(1));
  }

  private allZeros(): Uint8Array {
    return (this.zeros ??= new Uint8Array(this.nodes.length));
  }

  /** Every filter, without building reasons: the fast path. */
  private passes(
    pod: SchedPod,
    node: NodeState,
    info: StaticInfo,
    spread: SpreadFilterState[],
    affinity: AffinityFilterState | null,
    volumes: VolumeFilter | null,
  ): boolean {
    if (info.reasons[node.index] !== null) return false;
    const shape = pod.shape;
    if (shape.hostPorts.length > 0 && !portsFit(shape, node)) return false;
    if (!fitsResources(shape, node)) return false;
    if (volumes !== null && volumes(node) !== null) return false;
    if (spread.length > 0 && spreadFailure(spread, node) !== null) return false;
    return affinity === null || affinityFailure(affinity, shape, node) === null;
  }

  /** The reasons a node fails, for the message: the first failing filter only. */
  private failure(
    pod: SchedPod,
    node: NodeState,
    info: StaticInfo,
    spread: SpreadFilterState[],
    affinity: AffinityFilterState | null,
    volumes: VolumeFilter | null,
  ): string | string[] | null {
    const staticReason = info.reasons[node.index];
    if (staticReason) return staticReason;
    const shape = pod.shape;
    if (shape.hostPorts.length > 0 && !portsFit(shape, node)) return REASON_NODE_PORTS;
    const insufficient = insufficientResources(shape, node);
    if (insufficient.length > 0) return insufficient;
    const volumeReasons = volumes === null ? null : volumes(node);
    if (volumeReasons !== null) return volumeReasons;
    return spreadFailure(spread, node) ?? (affinity === null ? null : affinityFailure(affinity, shape, node));
  }

  /** PodTopologySpread PreFilter: matching pods per domain over eligible nodes, and the global minimum. */
  private spreadPreFilter(pod: SchedPod, info: StaticInfo): SpreadFilterState[] {
    if (info.hard.length === 0) return [];
    return info.hard.map((s) => {
      const domains = s.topology.values.length;
      let counts: Int32Array;
      let present: Uint8Array | null = null;
      if (s.allEligible) counts = s.counter.domains(s.topologyKey);
      else {
        counts = new Int32Array(domains);
        present = new Uint8Array(domains);
        for (let i = 0; i < this.nodes.length; i++) {
          if (!s.eligible[i]) continue;
          const d = s.topology.domainOf[i]!;
          counts[d]! += s.counter.perNode[i]!;
          present[d] = 1;
        }
      }
      let min = Number.MAX_SAFE_INTEGER;
      let size = 0;
      for (let d = 0; d < domains; d++) {
        if (present !== null && !present[d]) continue;
        size++;
        if (counts[d]! < min) min = counts[d]!;
      }
      if (size === 0 || size < s.minDomains) min = 0;
      return { spread: s, counts, min, selfMatch: matchesSelector(s.selector, pod.labels) ? 1 : 0 };
    });
  }

  /** InterPodAffinity PreFilter: counts per topology pair; null when the pod and the cluster have no terms. */
  private affinityPreFilter(pod: SchedPod): AffinityFilterState | null {
    const shape = pod.shape;
    if (shape.requiredAffinity.length === 0 && shape.requiredAntiAffinity.length === 0 && this.podsWithRequiredAnti.size === 0) return null;
    const state: AffinityFilterState = { affinity: new Map(), anti: new Map(), existingAnti: new Map() };
    if (shape.requiredAffinity.length > 0) {
      const terms = shape.requiredAffinity;
      const counter = this.counters.get(
        `aff|${terms.map((t) => t.key).join('&')}`,
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
      const counter = this.termCounter(t);
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

  private termCounter(term: AffinityTerm): PodCounter {
    return this.counters.get(`term|${term.key}`, (p) => termMatches(term, p), indexPairOf(term.selector));
  }

  private pickBest(pod: SchedPod, feasible: NodeState[], info: StaticInfo): NodeState {
    const shape = pod.shape;
    const n = feasible.length;
    if (this.scratch.length < n) this.scratch = new Float64Array(this.nodes.length);
    if (this.feasibleIndex.length < n) this.feasibleIndex = new Int32Array(this.nodes.length);
    const total = this.scratch;
    const index = this.feasibleIndex;
    for (let j = 0; j < n; j++) index[j] = feasible[j]!.index;
    const prefer = info.preferNoSchedule;
    const affinityScores = info.nodeAffinityScore;
    let maxPrefer = 0;
    if (info.hasPreferNoSchedule) for (let j = 0; j < n; j++) maxPrefer = Math.max(maxPrefer, prefer[index[j]!]!);
    let maxAffinity = 0;
    if (shape.preferredNodeAffinity.length > 0) for (let j = 0; j < n; j++) maxAffinity = Math.max(maxAffinity, affinityScores[index[j]!]!);
    const bestEffort = shape.bestEffort;
    const podNonZeroCpu = shape.nonZeroCpu;
    const podNonZeroMemory = shape.nonZeroMemory;
    const podCpu = shape.request.cpu;
    const podMemory = shape.request.memory;
    const { allocCpu, allocMemory, reqCpu, reqMemory, nonZeroCpu, nonZeroMemory } = this;
    const images = info.imageLocality;
    for (let j = 0; j < n; j++) {
      const i = index[j]!;
      // TaintToleration (normalized reversed) and NodeAffinity (normalized by the maximum).
      let score = WEIGHTS.taintToleration * (maxPrefer === 0 ? MAX_NODE_SCORE : MAX_NODE_SCORE - Math.floor((MAX_NODE_SCORE * prefer[i]!) / maxPrefer));
      if (maxAffinity !== 0) score += WEIGHTS.nodeAffinity * Math.floor((MAX_NODE_SCORE * affinityScores[i]!) / maxAffinity);
      // NodeResourcesFit (LeastAllocated, non-zero requests) and BalancedAllocation (real
      // requests), inlined from scores.ts for speed: same integer arithmetic.
      const cpuCapacity = allocCpu[i]!;
      const memoryCapacity = allocMemory[i]!;
      if (cpuCapacity !== 0 && memoryCapacity !== 0 && memoryCapacity * MAX_NODE_SCORE <= Number.MAX_SAFE_INTEGER) {
        const cpuRequested = nonZeroCpu[i]! + podNonZeroCpu;
        const memoryRequested = nonZeroMemory[i]! + podNonZeroMemory;
        const cpuScore = cpuRequested > cpuCapacity ? 0 : Math.floor(((cpuCapacity - cpuRequested) * MAX_NODE_SCORE) / cpuCapacity);
        const memoryScore =
          memoryRequested > memoryCapacity ? 0 : Math.floor(((memoryCapacity - memoryRequested) * MAX_NODE_SCORE) / memoryCapacity);
        score += WEIGHTS.nodeResourcesFit * Math.floor((cpuScore + memoryScore) / 2);
        if (!bestEffort) {
          const cpuFraction = Math.min(1, (reqCpu[i]! + podCpu) / cpuCapacity);
          const memoryFraction = Math.min(1, (reqMemory[i]! + podMemory) / memoryCapacity);
          score += WEIGHTS.balancedAllocation * Math.trunc((1 - Math.abs((cpuFraction - memoryFraction) / 2)) * MAX_NODE_SCORE);
        }
      } else {
        score += WEIGHTS.nodeResourcesFit * leastAllocatedScore(nonZeroCpu[i]! + podNonZeroCpu, cpuCapacity, nonZeroMemory[i]! + podNonZeroMemory, memoryCapacity);
        if (!bestEffort) {
          score += WEIGHTS.balancedAllocation * balancedAllocationScore(reqCpu[i]! + podCpu, cpuCapacity, reqMemory[i]! + podMemory, memoryCapacity);
        }
      }
      if (images !== null) score += WEIGHTS.imageLocality * images[i]!;
      total[j] = score;
    }
    if (info.soft.length > 0) this.addSpreadScores(index, n, info, total);
    this.addInterPodScores(pod, feasible, total);
    let best = 0;
    for (let j = 1; j < n; j++) {
      if (total[j]! > total[best]! || (total[j] === total[best] && index[j]! < index[best]!)) best = j;
    }
    return this.nodes[index[best]!]!;
  }

  /**
   * PodTopologySpread PreScore/Score/NormalizeScore (ScheduleAnyway constraints or the system
   * defaults), weighted and added to `total`. Per constraint: cnt·ln(domains + 2) + maxSkew − 1,
   * rounded, then 100·(max + min − s)/max.
   */
  private addSpreadScores(feasible: Int32Array, n: number, info: StaticInfo, total: Float64Array): void {
    if (this.spreadScratch.length < n) this.spreadScratch = new Float64Array(this.nodes.length);
    const raw = this.spreadScratch;
    const ignored = info.softIgnored;
    let ignoredCount = 0;
    if (info.softRequireAll) for (let j = 0; j < n; j++) if (ignored[feasible[j]!]) ignoredCount++;
    const constraints = info.soft;
    const m = constraints.length;
    const weights = new Float64Array(m);
    const counts: Int32Array[] = [];
    const byNode: boolean[] = [];
    for (let k = 0; k < m; k++) {
      const c = constraints[k]!;
      if (c.topologyKey === LABEL_HOSTNAME) {
        weights[k] = topologyNormalizingWeight(n - ignoredCount);
        counts.push(c.counter.perNode);
        byNode.push(true);
        continue;
      }
      weights[k] = topologyNormalizingWeight(this.candidateDomains(feasible, n, c.topology, ignored, info.softRequireAll));
      byNode.push(false);
      if (c.allEligible) counts.push(c.counter.domains(c.topologyKey));
      else {
        const slow = new Int32Array(c.topology.values.length);
        for (let i = 0; i < this.nodes.length; i++) {
          const d = c.topology.domainOf[i]!;
          if (c.eligible[i] && d >= 0) slow[d]! += c.counter.perNode[i]!;
        }
        counts.push(slow);
      }
    }
    let min = Number.MAX_SAFE_INTEGER;
    let max = 0;
    if (m === 2 && byNode[0] && !byNode[1]) {
      // The system defaults (hostname, then zone): the common case, unrolled.
      const hostDomain = constraints[0]!.topology.domainOf;
      const hostCounts = counts[0]!;
      const hostWeight = weights[0]!;
      const hostBase = constraints[0]!.maxSkew - 1;
      const zoneDomain = constraints[1]!.topology.domainOf;
      const zoneCounts = counts[1]!;
      const zoneWeight = weights[1]!;
      const zoneBase = constraints[1]!.maxSkew - 1;
      for (let j = 0; j < n; j++) {
        const index = feasible[j]!;
        if (ignored[index]) continue;
        let score = 0;
        if (hostDomain[index]! >= 0) score += hostCounts[index]! * hostWeight + hostBase;
        const d = zoneDomain[index]!;
        if (d >= 0) score += zoneCounts[d]! * zoneWeight + zoneBase;
        const rounded = Math.floor(score + 0.5); // math.Round for non-negative values
        raw[j] = rounded;
        if (rounded < min) min = rounded;
        if (rounded > max) max = rounded;
      }
    } else {
      for (let j = 0; j < n; j++) {
        const index = feasible[j]!;
        if (ignored[index]) continue;
        let score = 0;
        for (let k = 0; k < m; k++) {
          const c = constraints[k]!;
          const d = c.topology.domainOf[index]!;
          if (d < 0) continue;
          score += counts[k]![byNode[k] ? index : d]! * weights[k]! + (c.maxSkew - 1);
        }
        const rounded = Math.floor(score + 0.5);
        raw[j] = rounded;
        if (rounded < min) min = rounded;
        if (rounded > max) max = rounded;
      }
    }
    for (let j = 0; j < n; j++) {
      let score: number;
      if (ignored[feasible[j]!]) score = 0;
      else if (max === 0) score = MAX_NODE_SCORE;
      else score = Math.trunc((MAX_NODE_SCORE * (max + min - raw[j]!)) / max);
      total[j]! += WEIGHTS.podTopologySpread * score;
    }
  }

  /** Distinct domains among the candidate nodes (a node without the label makes a "" domain). */
  private candidateDomains(feasible: Int32Array, n: number, topology: Topology, ignored: Uint8Array, requireAll: boolean): number {
    const domains = topology.values.length;
    if (this.marks.length < domains + 1) this.marks = new Uint8Array(domains + 1);
    const marks = this.marks;
    marks.fill(0, 0, domains + 1);
    let size = 0;
    const all = topology.complete && !requireAll ? domains : -1;
    for (let j = 0; j < n && size !== all; j++) {
      const index = feasible[j]!;
      if (ignored[index]) continue;
      const d = topology.domainOf[index]!;
      const slot = d < 0 ? domains : d;
      if (!marks[slot]) {
        marks[slot] = 1;
        size++;
      }
    }
    return size;
  }

  /** InterPodAffinity PreScore/Score/NormalizeScore, weighted. */
  private addInterPodScores(pod: SchedPod, feasible: NodeState[], total: Float64Array): void {
    const shape = pod.shape;
    if (shape.preferredAffinity.length === 0 && shape.preferredAntiAffinity.length === 0 && this.podsWithAffinity.size === 0) return;
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
      const counter = this.termCounter(term);
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
    if (topology.size === 0) return;
    const scores = feasible.map((node) => {
      let score = 0;
      for (const [key, byValue] of topology) {
        const value = node.labels[key];
        if (value !== undefined) score += byValue.get(value) ?? 0;
      }
      return score;
    });
    let min = Number.MAX_SAFE_INTEGER;
    let max = Number.MIN_SAFE_INTEGER;
    for (const s of scores) {
      if (s > max) max = s;
      if (s < min) min = s;
    }
    const diff = max - min;
    scores.forEach((s, j) => {
      total[j]! += WEIGHTS.interPodAffinity * (diff > 0 ? Math.trunc(MAX_NODE_SCORE * ((s - min) / diff)) : 0);
    });
  }
}

/** Image states from the nodes' image lists, in node order (an image's size is the first node's report of it). */
function buildImageStates(nodes: readonly NodeState[]): Map<string, ImageState> | null {
  let states: Map<string, ImageState> | null = null;
  for (const node of nodes) {
    for (const image of node.model.images ?? []) {
      for (const name of image.names) {
        states ??= new Map();
        const state = states.get(name);
        if (state === undefined) states.set(name, { size: image.sizeBytes, nodes: [node.index] });
        else if (state.nodes[state.nodes.length - 1] !== node.index) state.nodes.push(node.index);
      }
    }
  }
  return states;
}

function spreadFailure(spread: SpreadFilterState[], node: NodeState): string | null {
  for (let i = 0; i < spread.length; i++) {
    const s = spread[i]!;
    const d = s.spread.topology.domainOf[node.index]!;
    if (d < 0) return REASON_SPREAD_LABEL;
    if (s.counts[d]! + s.selfMatch - s.min > s.spread.maxSkew) return REASON_SPREAD;
  }
  return null;
}

function affinityFailure(state: AffinityFilterState, shape: PodShape, node: NodeState): string | null {
  if (!satisfiesPodAffinity(state, shape, node)) return REASON_AFFINITY;
  if (!satisfiesPodAntiAffinity(state, shape, node)) return REASON_ANTI_AFFINITY;
  if (state.existingAnti.size > 0) {
    for (const key in node.labels) {
      if ((state.existingAnti.get(pairKey(key, node.labels[key]!)) ?? 0) > 0) return REASON_EXISTING_ANTI_AFFINITY;
    }
  }
  return null;
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

/** Events cap notes at 1024 bytes, ending " ...". */
/** NodeResourcesFit returns UnschedulableAndUnresolvable when a request exceeds the node's whole allocatable. */
function exceedsAllocatable(shape: PodShape, node: NodeState): boolean {
  const r = shape.request;
  if (r.cpu > node.allocCpu || r.memory > node.allocMemory || r.ephemeral > node.allocEphemeral) return true;
  for (const [name, value] of r.scalars) if (value > (node.allocScalars.get(name) ?? 0)) return true;
  return false;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function truncate(message: string): string {
  if (Buffer.byteLength(message) <= NOTE_LENGTH_LIMIT) return message;
  return `${Buffer.from(message).subarray(0, NOTE_LENGTH_LIMIT - 4).toString()} ...`;
}
