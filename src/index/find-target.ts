import type { Resource } from '../resources/resource';
import type { ClusterIndex } from './cluster-index';

/**
 * The object a by-name reference from `from` resolves to. When the input defines the object more
 * than once (variants of one app side by side, which no-duplicate-object reports), the definition
 * closest to the referrer wins: the same file, then the deepest shared folder, then input order.
 */
export function findTarget(index: ClusterIndex, from: Resource, kind: string, namespace: string | null, name: string): Resource | undefined {
  const first = index.get(kind, namespace, name);
  if (!first) return undefined;
  const all = index.withIdentity(first);
  if (all.length === 1) return first;
  let best = first;
  let bestScore = closeness(from.file, first.file);
  for (const candidate of all) {
    const score = closeness(from.file, candidate.file);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** How close two files are: Infinity for the same file, otherwise the number of shared folders. */
function closeness(a: string, b: string): number {
  if (a === b) return Infinity;
  const pa = a.split('/');
  const pb = b.split('/');
  let shared = 0;
  while (shared < pa.length - 1 && shared < pb.length - 1 && pa[shared] === pb[shared]) shared++;
  return shared;
}
