import type { ReportedObject } from '../core/report';
import type { Finding, ObjectRef } from '../core/types';

/** Lines added or changed on the new side of a diff, by file (paths as git prints them). */
export type ChangedLines = ReadonlyMap<string, readonly (readonly [number, number])[]>;

/**
 * Parses `git diff --unified=0` output into the new side's changed line ranges. Deleted files
 * are skipped; renamed files are listed under their new path.
 */
export function parseChangedLines(diff: string): ChangedLines {
  const changed = new Map<string, [number, number][]>();
  let current: [number, number][] | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') {
        current = null;
        continue;
      }
      const path = unquote(target).replace(/^b\//, '');
      current = changed.get(path) ?? [];
      changed.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return changed;
}

/** Git quotes unusual paths in C style ("a\tb"); this undoes it. */
function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Whether a change caused or touched a finding: its range intersects a hunk, the object it is
 * about has a changed line (a selector is wrong because the labels below it changed), or it is
 * about a changed file as a whole.
 */
export function isOnChangedLines(f: Finding, changed: ChangedLines, objects: readonly ReportedObject[] = []): boolean {
  const ranges = changed.get(f.file.replace(/\\/g, '/').replace(/^(\.\/)+/, ''));
  if (!ranges || ranges.length === 0) return false;
  const touches = (from: number, to: number) => ranges.some(([a, b]) => from <= b && to >= a);
  if (f.resource === null && f.line === 1 && f.endLine === 1 && f.endColumn <= f.column) return true;
  if (touches(f.line, f.endLine)) return true;
  const resource = f.resource;
  if (!resource) return false;
  return objects.some((o) => o.file === f.file && sameRef(o.ref, resource) && touches(o.line, o.endLine));
}

function sameRef(a: ObjectRef, b: ObjectRef): boolean {
  return a.apiVersion === b.apiVersion && a.kind === b.kind && a.namespace === b.namespace && a.name === b.name;
}
