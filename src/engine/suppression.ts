import type { Finding } from '../core/types';
import { isObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';

export const IGNORE_ANNOTATION = 'kubeplan.io/ignore';
const COMMENT = /(?:^|\s)#\s*kubeplan-ignore\s+([^:#\n]+?)\s*(?::\s*([^\n]*))?$/;

/** A parsed suppression: which rules, and why. `all` silences every rule. */
export interface Suppression {
  rules: ReadonlySet<string>;
  reason: string | null;
}

/** `"rule-a,rule-b: reason"` → rules and reason. Accepts `all` or `*` for every rule. */
export function parseSuppression(text: string): Suppression {
  const colon = text.indexOf(':');
  const list = colon === -1 ? text : text.slice(0, colon);
  const reason = colon === -1 ? null : text.slice(colon + 1).trim() || null;
  const rules = new Set(
    list
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r !== '')
      .map((r) => (r === '*' ? 'all' : r)),
  );
  return { rules, reason };
}

export function suppresses(s: Suppression, rule: string): boolean {
  return s.rules.has('all') || s.rules.has(rule);
}

/** The object's `kubeplan.io/ignore` annotation, if any. */
export function annotationSuppression(resource: Resource): Suppression | null {
  const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {};
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  const value = annotations[IGNORE_ANNOTATION];
  return typeof value === 'string' ? parseSuppression(value) : null;
}

/**
 * `# kubeplan-ignore rule-a,rule-b: reason` comments of one file, by the line they silence:
 * a comment alone on its line silences the next line that is not a comment; a trailing comment
 * silences its own line.
 */
export function parseCommentSuppressions(text: string): ReadonlyMap<number, Suppression> {
  if (!text.includes('kubeplan-ignore')) return NO_COMMENTS;
  const out = new Map<number, Suppression>();
  const lines = text.split('\n');
  let pending: Suppression[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const match = COMMENT.exec(line);
    const standalone = line.trimStart().startsWith('#');
    if (match && standalone) {
      pending.push(parseSuppression(`${match[1]}${match[2] ? `: ${match[2]}` : ''}`));
      return;
    }
    if (standalone || line.trim() === '') return;
    const here = [...pending];
    pending = [];
    if (match) here.push(parseSuppression(`${match[1]}${match[2] ? `: ${match[2]}` : ''}`));
    if (here.length > 0) out.set(i + 1, mergeSuppressions(here));
  });
  return out;
}

function mergeSuppressions(list: Suppression[]): Suppression {
  return { rules: new Set(list.flatMap((s) => [...s.rules])), reason: list.find((s) => s.reason)?.reason ?? null };
}

const NO_COMMENTS: ReadonlyMap<number, Suppression> = new Map();

/** Whether a comment on/above the finding's line silences it. */
export function isSuppressedByComment(finding: Finding, comments: ReadonlyMap<number, Suppression>): boolean {
  const s = comments.get(finding.line);
  return s !== undefined && suppresses(s, finding.rule);
}
