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
  for (const key of Object.keys(map).sort()) emitEntry(`${indent}${scalar(key)}:`, map[key], indent, lines);
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
      const keys = Object.keys(item).sort();
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
