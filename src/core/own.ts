/**
 * `record[key]` for a key read from the input (a kind, a field name, a command): only the record's
 * own entries, so that `constructor` or `toString` never finds Object.prototype's.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
