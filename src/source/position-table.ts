import type { Location, Path, Target } from '../core/types';
import type { LineIndex } from './line-index';
import { mayResolve, resolvePlainScalar } from './plain-scalar';
import type { SourceDocument } from './source-file';
import { decodeDoubleQuoted, decodeSingleQuoted } from './yaml-scalars';

/**
 * Source positions of every node of a parsed stream, in one flat Int32Array (no per-node objects).
 * Nodes are numbered in document order; each record holds:
 *
 *   [start, end | kind, keyStart, keyEnd, after]
 *
 * - start/end: the node's range as the library reports it (`end` only for scalars; for
 *   collections the slot holds KIND_MAP or KIND_SEQ instead);
 * - keyStart/keyEnd: the range of the key when the node is a mapping value, else -1;
 * - after: the number of the first node after this node's subtree, so a collection's children are
 *   `id + 1`, then each child's `after`, up to the collection's own `after`.
 */
export const KIND_MAP = -1;
export const KIND_SEQ = -2;
const STRIDE = 5;

export class PositionTable {
  count = 0;
  private data: Int32Array;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity) * STRIDE);
  }

  private slot(): number {
    const base = this.count * STRIDE;
    if (base + STRIDE > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.count += 1;
    return base;
  }

  scalar(start: number, end: number, keyStart: number, keyEnd: number): void {
    const base = this.slot();
    const d = this.data;
    d[base] = start;
    d[base + 1] = end;
    d[base + 2] = keyStart;
    d[base + 3] = keyEnd;
    d[base + 4] = this.count;
  }

  /** Starts a collection; its children follow; close() it after the last one. */
  open(start: number, kind: number, keyStart: number, keyEnd: number): number {
    const id = this.count;
    const base = this.slot();
    const d = this.data;
    d[base] = start;
    d[base + 1] = kind;
    d[base + 2] = keyStart;
    d[base + 3] = keyEnd;
    return id;
  }

  close(id: number): void {
    this.data[id * STRIDE + 4] = this.count;
  }

  /** The filled part of the table. */
  finish(): Int32Array {
    const used = this.count * STRIDE;
    return used * 2 < this.data.length ? this.data.slice(0, used) : this.data.subarray(0, used);
  }
}

/** A decoded document whose paths map to source through a position table. */
export class TableDocument implements SourceDocument {
  constructor(
    readonly file: string,
    readonly index: number,
    readonly value: unknown,
    private readonly table: Int32Array,
    private readonly root: number,
    private readonly lines: LineIndex,
    private readonly text: string,
    readonly coercedKeys: boolean,
  ) {}

  locate(path: Path, target: Target = 'value'): Location {
    const found = this.walk(path);
    return this.rangeOf(found.key, found.node, found.complete ? target : 'key');
  }

  sourceText(path: Path, target: Target = 'value'): string | undefined {
    const found = this.walk(path);
    if (!found.complete) return undefined;
    if (target === 'key') {
      if (path.length === 0 || found.key < 0) return undefined;
      const key = found.key * STRIDE;
      return this.text.slice(this.table[key + 2]!, this.table[key + 3]!);
    }
    const base = found.node * STRIDE;
    const end = this.table[base + 1]!;
    return end < 0 ? undefined : this.text.slice(this.table[base]!, end);
  }

  /** Follows `path` as far as it exists: the last node reached and the node whose key led there. */
  private walk(path: Path): { key: number; node: number; complete: boolean } {
    const t = this.table;
    let node = this.root;
    let key = -1;
    for (let s = 0; s < path.length; s++) {
      const segment = path[s]!;
      const kind = t[node * STRIDE + 1];
      const after = t[node * STRIDE + 4]!;
      let next = -1;
      if (kind === KIND_MAP && typeof segment === 'string') {
        for (let child = node + 1; child < after; child = t[child * STRIDE + 4]!) {
          if (keyIs(this.text, t[child * STRIDE + 2]!, t[child * STRIDE + 3]!, segment)) {
            next = child;
            break;
          }
        }
      } else if (kind === KIND_SEQ && typeof segment === 'number') {
        let i = 0;
        for (let child = node + 1; child < after; child = t[child * STRIDE + 4]!, i++) {
          if (i === segment) {
            next = child;
            break;
          }
        }
      }
      if (next < 0) return { key, node, complete: false };
      key = t[next * STRIDE + 2]! >= 0 ? next : -1;
      node = next;
    }
    return { key, node, complete: true };
  }

  private rangeOf(key: number, node: number, target: Target): Location {
    const t = this.table;
    const start = t[node * STRIDE]!;
    if (target === 'value') {
      const end = t[node * STRIDE + 1]!;
      if (end >= 0) return this.lines.location(start, end);
      if (key < 0) return this.lines.location(start, this.lines.lineEnd(start));
    }
    if (key >= 0) return this.lines.location(t[key * STRIDE + 2]!, t[key * STRIDE + 3]!);
    return this.lines.location(start, this.lines.lineEnd(start));
  }
}

/**
 * Whether the single-line key scalar at [start, end) decodes to `segment`. A plain key that cannot
 * resolve to anything but itself (most keys) is compared in place, without decoding a copy.
 */
function keyIs(text: string, start: number, end: number, segment: string): boolean {
  const c = text.charCodeAt(start);
  if (c !== 34 && c !== 39 && !mayResolve(c)) return end - start === segment.length && text.startsWith(segment, start);
  return keyNameAt(text, start, end) === segment;
}

/** The object key a single-line key scalar at [start, end) decodes to. */
function keyNameAt(text: string, start: number, end: number): string {
  const c = text.charCodeAt(start);
  const source = text.slice(start, end);
  if (c === 34) return decodeDoubleQuoted(source) ?? '';
  if (c === 39) return decodeSingleQuoted(source);
  const value = resolvePlainScalar(source);
  return typeof value === 'string' ? value : String(value);
}
