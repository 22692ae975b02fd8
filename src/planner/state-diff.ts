/**
 * A unified diff of the objects the plan changes, in the style of `kubectl diff`: one file per
 * object named `[group.]version.Kind.namespace.name`, YAML with sorted keys (list items at their
 * key's indentation, as kubectl prints), and Secret values, secret env values and ConfigMap values
 * no-secrets-in-configmap would report masked as kubectl masks Secret values (`***`, or
 * `*** (before)` / `*** (after)` when a value changes).
 */
import { createTwoFilesPatch } from 'diff';
import type { Path } from '../core/types';
import { asObject, isObject } from '../resources/kinds';
import type { KubeObject } from '../resources/resource';
import { literalValuesOf } from '../resources/sensitive-values';
import { cloneJson } from './defaults';
import type { ObjectDiff } from './object-plan';

export function renderStateDiff(diffs: readonly ObjectDiff[]): string {
  const parts: string[] = [];
  for (const d of diffs) {
    let before = d.before;
    let after = d.after;
    ({ before, after } = maskSecrets(d.resource.kind, d.resource.group, before, after));
    const r = d.resource;
    const name = `${r.group === '' ? '' : `${r.group}.`}${r.version}.${r.kind}.${r.namespace ?? ''}.${r.name}`;
    if (before === null || after === null) {
      // A whole file added or removed: one hunk, no diff algorithm needed.
      const lines = toYaml(before ?? after).split('\n');
      lines.pop();
      const sign = before === null ? '+' : '-';
      const range = before === null ? `-0,0 +1,${lines.length}` : `-1,${lines.length} +0,0`;
      parts.push(`--- a/${name}\n+++ b/${name}\n@@ ${range} @@\n${lines.map((l) => sign + l).join('\n')}\n`);
      continue;
    }
    const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, toYaml(before), toYaml(after), undefined, undefined, { context: 3 });
    // Drop the "=====" separator the library prints; keep ---/+++ and the hunks.
    parts.push(patch.replace(/^(?:Index:[^\n]*\n)?=+\n/, ''));
  }
  return parts.join('');
}

function toYaml(object: KubeObject | null): string {
  if (object === null) return '';
  const lines: string[] = [];
  emitMap(object, '', lines);
  return lines.length === 0 ? '{}\n' : `${lines.join('\n')}\n`;
}

/*
 * A small YAML emitter for JSON-like data, in the style kubectl prints (sigs.k8s.io/yaml): keys
 * sorted, two-space indentation, list items at their key's indentation. Strings that YAML 1.1
 * would read as something else are double-quoted.
 */
function emitMap(map: Record<string, unknown>, indent: string, lines: string[]): void {
  for (const key of sortedKeys(map)) emitEntry(`${indent}${scalar(key)}:`, map[key], indent, lines);
}

function emitEntry(head: string, value: unknown, indent: string, lines: string[]): void {
  if (isObject(value)) {
    if (Object.keys(value).length === 0) lines.push(`${head} {}`);
    else {
      lines.push(head);
      emitMap(value, `${indent}  `, lines);
    }
  } else if (Array.isArray(value)) {
    if (value.length === 0) lines.push(`${head} []`);
    else {
      lines.push(head);
      emitList(value, indent, lines);
    }
  } else lines.push(`${head} ${scalar(value)}`);
}

function emitList(list: unknown[], indent: string, lines: string[]): void {
  for (const item of list) {
    if (isObject(item) && Object.keys(item).length > 0) {
      const keys = sortedKeys(item);
      const inner = `${indent}  `;
      keys.forEach((key, i) => emitEntry(`${i === 0 ? `${indent}- ` : inner}${scalar(key)}:`, item[key], inner, lines));
    } else if (Array.isArray(item) && item.length > 0) {
      lines.push(`${indent}-`);
      emitList(item, `${indent}  `, lines);
    } else if (isObject(item)) lines.push(`${indent}- {}`);
    else if (Array.isArray(item)) lines.push(`${indent}- []`);
    else lines.push(`${indent}- ${scalar(item)}`);
  }
}

/** A map's keys in the order kubectl prints them (see compareKeys). */
function sortedKeys(map: Record<string, unknown>): string[] {
  return Object.keys(map).sort(compareKeys);
}

/**
 * The order in which kubectl prints map keys: go-yaml's (sigs.k8s.io/yaml marshals with it),
 * which is not code-unit order. Compared character by character: letters by code point; a
 * non-letter before a letter; runs of digits as numbers (`file2` before `file10`), another
 * character as 0 (`_x` before `9`), a longer run of equal value (leading zeros) after a shorter
 * one; a key that is a prefix of the other first.
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const ar = Array.from(a);
  const br = Array.from(b);
  return keyLess(ar, br) ? -1 : keyLess(br, ar) ? 1 : 0;
}

function keyLess(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] === b[i]) continue;
    const aLetter = LETTER.test(a[i]!);
    const bLetter = LETTER.test(b[i]!);
    if (aLetter && bLetter) return a[i]!.codePointAt(0)! < b[i]!.codePointAt(0)!;
    if (aLetter || bLetter) return bLetter;
    // digits: the numbers their runs spell (as go-yaml counts them: in 64 bits, a run that
    // continues one begun before this character counting from 1, not 0)
    let an = 0n;
    let bn = 0n;
    if (a[i] === '0' || b[i] === '0') {
      for (let j = i - 1; j >= 0 && DIGIT.test(a[j]!); j--) {
        if (a[j] !== '0') {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < a.length && DIGIT.test(a[ai]!); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(a[ai]!.codePointAt(0)! - 48));
    for (; bi < b.length && DIGIT.test(b[bi]!); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(b[bi]!.codePointAt(0)! - 48));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return a[i]!.codePointAt(0)! < b[i]!.codePointAt(0)!;
  }
  return a.length < b.length;
}

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

/** Strings YAML 1.1 would read as booleans, null, numbers (also octal, hex, sexagesimal) or dates. */
const AMBIGUOUS =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?[0-9][0-9_:.]*(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+|0x[0-9a-fA-F_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|\d{4}-\d\d?-\d\d?.*)$/;

function plainSafe(text: string): boolean {
  if (text === '' || text !== text.trim() || AMBIGUOUS.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || text.endsWith(':')) return false;
  return !/[\u0000-\u001f\u007f]|: | #/.test(text);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return plainSafe(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const MASK = '***';

/**
 * kubectl diff's Masker, for every value output must never show (src/resources/sensitive-values.ts:
 * Secret data, secret env values, ConfigMap values no-secrets-in-configmap would report): values
 * are never shown; a changed value says which side it is. A value is paired with its other version
 * by what it is the value of (the env var of that container, the data key), and hidden on both
 * sides when either side is sensitive (a value that becomes a credential hides the old one too).
 */
export function maskSecrets(
  kind: string,
  group: string,
  before: KubeObject | null,
  after: KubeObject | null,
): { before: KubeObject | null; after: KubeObject | null } {
  const old = before ? literalValuesOf(kind, group, before) : [];
  const now = after ? literalValuesOf(kind, group, after) : [];
  const hidden = new Set<string>();
  for (const v of old) if (v.sensitive) hidden.add(v.key);
  for (const v of now) if (v.sensitive) hidden.add(v.key);
  // the common case: nothing to hide, nothing copied
  if (hidden.size === 0 && kind !== 'Secret') return { before, after };
  const b = before ? cloneJson(before) : null;
  const a = after ? cloneJson(after) : null;
  const oldByKey = new Map(old.filter((v) => hidden.has(v.key)).map((v) => [v.key, v]));
  const nowByKey = new Map(now.filter((v) => hidden.has(v.key)).map((v) => [v.key, v]));
  for (const key of hidden) {
    const x = oldByKey.get(key);
    const y = nowByKey.get(key);
    if (x && y && JSON.stringify(x.value) !== JSON.stringify(y.value)) {
      replaceAt(b!, x.path, `${MASK} (before)`);
      replaceAt(a!, y.path, `${MASK} (after)`);
    } else {
      if (x) replaceAt(b!, x.path, MASK);
      if (y) replaceAt(a!, y.path, MASK);
    }
  }
  // The last-applied annotation would carry the values in clear text.
  for (const o of [b, a]) {
    const annotations = o ? asObject(asObject(o.metadata).annotations) : {};
    if ('kubectl.kubernetes.io/last-applied-configuration' in annotations) annotations['kubectl.kubernetes.io/last-applied-configuration'] = MASK;
  }
  return { before: b, after: a };
}

/** Sets the value at `path` (which exists: it was found in this object's original). */
function replaceAt(object: KubeObject, path: Path, value: string): void {
  let holder: unknown = object;
  for (let i = 0; i < path.length - 1; i++) holder = (holder as Record<string | number, unknown>)[path[i]!];
  (holder as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}
