/**
 * The API server treats `field: null` as unset: drop null-valued fields (a required field then
 * reports as missing). List items stay: `[null]` is a mistake worth reporting. Returns the same
 * object when there is nothing to drop.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = item !== null && typeof item === 'object' ? withoutNulls(item) : item;
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  let copy: Record<string, unknown> | undefined;
  const source = value as Record<string, unknown>;
  // for…in rather than Object.keys: no key list per object (parsed objects have no inherited keys)
  for (const key in source) {
    const item = source[key];
    if (item === null) {
      copy ??= { ...source };
      delete copy[key];
    } else if (typeof item === 'object') {
      const next = withoutNulls(item);
      if (next !== item) (copy ??= { ...source })[key] = next;
    }
  }
  return copy ?? value;
}
