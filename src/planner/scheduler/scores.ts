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

const MB = 1024 * 1024;
/** ImageLocality: images smaller than this in all count as none; more than this per container count as this. */
const IMAGE_MIN_THRESHOLD = 23 * MB;
const IMAGE_MAX_CONTAINER_THRESHOLD = 1000 * MB;

/** An image name as the node reports it: without a tag (or digest) it is `:latest` (normalizedImageName). */
export function normalizedImageName(name: string): string {
  return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

/** An image's share of the ImageLocality sum: its size scaled by the fraction of nodes that hold it (int64 truncation). */
export function scaledImageScore(sizeBytes: number, nodesWithImage: number, totalNodes: number): number {
  return Math.trunc(sizeBytes * (nodesWithImage / totalNodes));
}

/** ImageLocality calculatePriority: the sum clamped to [23MB, 1000MB × containers], mapped onto 0..100. */
export function imageLocalityScore(sum: number, containers: number): number {
  const max = IMAGE_MAX_CONTAINER_THRESHOLD * containers;
  const clamped = Math.min(Math.max(sum, IMAGE_MIN_THRESHOLD), max);
  return max <= IMAGE_MIN_THRESHOLD ? 0 : Math.floor((MAX_NODE_SCORE * (clamped - IMAGE_MIN_THRESHOLD)) / (max - IMAGE_MIN_THRESHOLD));
}

/** a·b/c with Go int64 truncation, exact even when a·b exceeds 2^53. */
function mulDiv(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}
