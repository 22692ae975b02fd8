/**
 * Score arithmetic of the default score plugins, integer where Kubernetes uses integers
 * (pkg/scheduler/framework/plugins/...). Each returns the plugin's raw node score; the normalize
 * helpers turn raw scores into 0..100 the way each plugin's NormalizeScore does.
 */

export const MAX_NODE_SCORE = 100;

/** Plugin weights of the default profile. */
export const WEIGHTS = {
  taintToleration: 3,
  nodeAffinity: 2,
  nodeResourcesFit: 1,
  podTopologySpread: 2,
  interPodAffinity: 2,
  balancedAllocation: 1,
  imageLocality: 1,
} as const;

/** (capacity − requested)·100 / capacity, integer; 0 when requested exceeds capacity. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return mulDiv(capacity - requested, MAX_NODE_SCORE, capacity);
}

/** NodeResourcesFit LeastAllocated over cpu and memory, weight 1 each; resources with alloc 0 skipped. */
export function leastAllocatedScore(reqCpu: number, allocCpu: number, reqMemory: number, allocMemory: number): number {
  let score = 0;
  let weights = 0;
  if (allocCpu !== 0) {
    score += leastRequestedScore(reqCpu, allocCpu);
    weights++;
  }
  if (allocMemory !== 0) {
    score += leastRequestedScore(reqMemory, allocMemory);
    weights++;
  }
  return weights === 0 ? 0 : Math.floor(score / weights);
}

/** NodeResourcesBalancedAllocation: (1 − std of the fractions)·100, truncated. */
export function balancedAllocationScore(reqCpu: number, allocCpu: number, reqMemory: number, allocMemory: number): number {
  const fractions: number[] = [];
  if (allocCpu !== 0) fractions.push(Math.min(1, reqCpu / allocCpu));
  if (allocMemory !== 0) fractions.push(Math.min(1, reqMemory / allocMemory));
  let std = 0;
  if (fractions.length === 2) std = Math.abs((fractions[0]! - fractions[1]!) / 2);
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** helper.DefaultNormalizeScore: scale to 0..100 by the maximum; reversed for TaintToleration. */
export function defaultNormalize(scores: number[], reverse: boolean): void {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max === 0) {
    if (reverse) scores.fill(MAX_NODE_SCORE);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    const s = Math.floor((MAX_NODE_SCORE * scores[i]!) / max);
    scores[i] = reverse ? MAX_NODE_SCORE - s : s;
  }
}

/** PodTopologySpread: per ScheduleAnyway constraint, cnt·ln(domains+2) + maxSkew − 1. */
export function spreadScoreForCount(count: number, maxSkew: number, weight: number): number {
  return count * weight + (maxSkew - 1);
}

export function topologyNormalizingWeight(size: number): number {
  return Math.log(size + 2);
}

/** PodTopologySpread NormalizeScore: 100·(max + min − s)/max over the nodes not ignored. */
export function normalizeSpread(scores: number[], ignored: readonly boolean[]): void {
  let min = Number.MAX_SAFE_INTEGER;
  let max = 0;
  for (let i = 0; i < scores.length; i++) {
    if (ignored[i]) continue;
    if (scores[i]! < min) min = scores[i]!;
    if (scores[i]! > max) max = scores[i]!;
  }
  for (let i = 0; i < scores.length; i++) {
    if (ignored[i]) scores[i] = 0;
    else if (max === 0) scores[i] = MAX_NODE_SCORE;
    else scores[i] = goDiv(MAX_NODE_SCORE * (max + min - scores[i]!), max);
  }
}

/** InterPodAffinity NormalizeScore: min–max scaled to 0..100, truncated. */
export function normalizeMinMax(scores: number[]): void {
  let min = Number.MAX_SAFE_INTEGER;
  let max = Number.MIN_SAFE_INTEGER;
  for (const s of scores) {
    if (s > max) max = s;
    if (s < min) min = s;
  }
  const diff = max - min;
  for (let i = 0; i < scores.length; i++) {
    scores[i] = diff > 0 ? Math.trunc(MAX_NODE_SCORE * ((scores[i]! - min) / diff)) : 0;
  }
}

/** a·b/c with Go int64 truncation, exact even when a·b exceeds 2^53. */
function mulDiv(a: number, b: number, c: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** Go integer division (truncates toward zero). */
function goDiv(a: number, b: number): number {
  return Math.trunc(a / b);
}
