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

/** NodeResourcesBalancedAllocation: (1 − std of the fractions)·100, truncated; std = |f1 − f2|/2 for two resources. */
export function balancedAllocationScore(reqCpu: number, allocCpu: number, reqMemory: number, allocMemory: number): number {
  if (allocCpu === 0 || allocMemory === 0) return MAX_NODE_SCORE; // one fraction (or none): std 0
  const cpu = Math.min(1, reqCpu / allocCpu);
  const memory = Math.min(1, reqMemory / allocMemory);
  return Math.trunc((1 - Math.abs((cpu - memory) / 2)) * MAX_NODE_SCORE);
}

/** PodTopologySpread: ln(domains + 2), the weight of a matching pod in a constraint's score. */
export function topologyNormalizingWeight(size: number): number {
  return Math.log(size + 2);
}

/** a·b/c with Go int64 truncation, exact even when a·b exceeds 2^53. */
function mulDiv(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}
