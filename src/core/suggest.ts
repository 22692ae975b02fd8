/**
 * Optimal string alignment distance (Levenshtein plus a swap of two neighbours counted as one
 * edit, the most common typo: `contianers` → `containers` is 1), with an early exit once it
 * exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate to a misspelled name ("did you mean"): a case-insensitive match first,
 * then the nearest by edit distance within a third of the name's length, rounded up (at most 3:
 * `ipFamily` → `ipFamilies` is 3 edits).
 * Ties go to the alphabetically first candidate, so the suggestion is deterministic.
 */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const max = Math.min(3, Math.max(1, Math.ceil(name.length / 3)));
  let sameCase: string | undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const other = candidate.toLowerCase();
    if (other === lower) {
      if (sameCase === undefined || candidate < sameCase) sameCase = candidate;
      continue;
    }
    if (sameCase !== undefined) continue;
    const d = editDistance(lower, other, bestDistance);
    if (d < bestDistance || (d === bestDistance && d <= max && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return sameCase ?? best;
}
