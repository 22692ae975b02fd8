/**
 * A memo of one entry: the last key and its value. The views of an object (a pod spec's containers,
 * their ports and security settings) are asked for by rule after rule about that object, then
 * hardly again: keeping only the last lets them die young, where a WeakMap would keep every one
 * alive for the whole run, its entries traced by every garbage collection (measured on 10,000
 * objects: ~30 ms of collection and ~40 ms of the run).
 */
export class LastEntryCache<K extends object, V> {
  #key: K | undefined;
  #value: V | undefined;

  get(key: K): V | undefined {
    return key === this.#key ? this.#value : undefined;
  }

  set(key: K, value: V): void {
    this.#key = key;
    this.#value = value;
  }
}
