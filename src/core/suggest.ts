/**
 * Optimal string alignment distance (Levenshtein plus a swap of two neighbours counted as one
 * edit, the most common typo: `contianers` → `containers` is 1), with an early exit once it
 * exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  const d = rows;
  // three rows of one reused buffer (two rows back, previous, current), rotated by offset
  let previous2 = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) d[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    d[current] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(d[previous + j]! + 1, d[current + j - 1]! + 1, d[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, d[previous2 + j - 2]! + 1);
      d[current + j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const free = previous2;
    previous2 = previous;
    previous = current;
    current = free;
  }
  return d[previous + b.length]!;
}

/** editDistance's rows, kept between calls (it runs for every candidate of every "did you mean"). */
let rows = new Int32Array(3 * 64);

/**
 * The closest candidate to a misspelled name ("did you mean"): a case-insensitive match first,
 * then the nearest by edit distance within a third of the name's length, rounded up, and at most
 * `maxEdits` (3 by default, for field names and values: `ipFamily` → `ipFamilies` is 3 edits).
 * Ties go to the alphabetically first candidate, so the suggestion is deterministic.
 */
export function suggestName(name: string, candidates: Iterable<string>, maxEdits = 3): string | undefined {
  const lower = name.toLowerCase();
  const max = editsAllowed(name, maxEdits);
  let sameCase: string | undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  // indexed: near-miss scoring asks this for every pod template of a namespace
  const list: readonly string[] = Array.isArray(candidates) ? candidates : [...candidates];
  for (let i = 0; i < list.length; i++) {
    const candidate = list[i]!;
    // a length further off than the edits allowed is neither a case variant nor near (most candidates)
    if (candidate === name || Math.abs(candidate.length - name.length) > max) continue;
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

/** Whether suggestName(name, [candidate], maxEdits) suggests the candidate, without a list. */
export function isNearName(name: string, candidate: string, maxEdits = 3): boolean {
  const max = editsAllowed(name, maxEdits);
  if (candidate === name || Math.abs(candidate.length - name.length) > max) return false;
  const lower = name.toLowerCase();
  const other = candidate.toLowerCase();
  return other === lower || editDistance(lower, other, max + 1) <= max;
}

/** The edits a suggestion may be away: a third of the name, at least one, at most `maxEdits`. */
function editsAllowed(name: string, maxEdits: number): number {
  return Math.min(maxEdits, Math.max(1, Math.ceil(name.length / 3)));
}
