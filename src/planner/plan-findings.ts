/**
 * The plan's problems as findings (reserved rule id `plan`), so that the formats CI reads (GitHub
 * annotations, SARIF, JUnit) show them on the manifest line of the object they are about:
 *
 * - a stalled rollout, at the workload (its step and why);
 * - pods that cannot be scheduled, one finding per owner and scheduler message (pods already
 *   named by a stalled rollout are left to it);
 * - the errors and warnings of `plan.problems` (quota and LimitRange rejections, immutable fields,
 *   NodePort and ClusterIP collisions, empty endpoints, …), at the field the message names when
 *   the object has it. A ReplicaSet's or a Pod's problem goes to the workload that owns it.
 *
 * Left out: info-level notes (assumptions of the simulation, such as an auto-assigned NodePort),
 * problems a lint rule already reports (ReplicasManagedByHPA is `hpa-replicas-conflict`), and a
 * FailedCreate that a stalled rollout of the same object already quotes. Problems about objects
 * that are in no file the caller gave (e.g. only at a --base ref) are returned as `unlocated`.
 */
import type { FieldError } from '../core/field-error';
import { existingPrefix, getAtPath } from '../core/path';
import { type Finding, NO_LOCATION, type Path, type Severity } from '../core/types';
import type { Refusals, Resource } from '../resources/resource';
import { buildResourceFinding } from '../resources/resource-finding';
import type { Plan } from './types';
import { isLintedInvalid } from './validate-object';
import { formatObjectName } from '../core/object-name';

export const PLAN_RULE = 'plan';

/** A plan problem no manifest line can carry. */
export interface UnlocatedPlanProblem {
  severity: Severity;
  /** `Deployment shop/web`, or `Cluster` for the plan as a whole. */
  object: string;
  message: string;
  /**
   * The problem as a finding in no file (`file` is empty, the location meaningless): what a
   * baseline records and matches (rule, object, message).
   */
  finding: Finding;
}

/** A plan finding and the object it is about, so suppressions on that object apply to it. */
export interface PlanFinding {
  finding: Finding;
  resource: Resource;
}

export interface PlanFindings {
  findings: PlanFinding[];
  unlocated: UnlocatedPlanProblem[];
}

/** Reasons whose finding a lint rule already reports (`kubeplan check` runs both). */
const LINTED_REASONS = new Set(['ReplicasManagedByHPA']);
/** Where a reason's finding points when its message names no field. */
const REASON_PATHS: Record<string, Path> = { EndpointsEmpty: ['spec', 'selector'] };
const NAME_PATH: Path = ['metadata', 'name'];
/** How many pod names an unschedulable finding lists before "…". */
const MAX_PODS_NAMED = 5;

/**
 * `resources` are the objects findings may point at, in order of preference (the manifests
 * first, then the current-state files); the first object with a kind, namespace and name wins.
 */
export function buildPlanFindings(plan: Plan, resources: readonly Resource[], linted: Refusals = new Map()): PlanFindings {
  const byKey = new Map<string, Resource>();
  for (const r of resources) {
    const key = objectKey(r.kind, r.namespace, r.name);
    if (!byKey.has(key)) byKey.set(key, r);
  }
  const lintedErrors = new Map<string, readonly FieldError[]>();
  for (const [r, errors] of linted) {
    const key = objectKey(r.kind, r.namespace, r.name);
    lintedErrors.set(key, [...(lintedErrors.get(key) ?? []), ...errors]);
  }
  const out: PlanFindings = { findings: [], unlocated: [] };
  const add = (severity: Severity, kind: string, namespace: string | null, name: string, message: string, path: Path | null): void => {
    const resource = byKey.get(objectKey(kind, namespace, name));
    if (!resource) {
      const finding: Finding = { rule: PLAN_RULE, severity, message, file: '', ...NO_LOCATION, resource: { apiVersion: '', kind, namespace, name }, path: null };
      out.unlocated.push({ severity, object: kind === 'Cluster' ? 'Cluster' : formatObjectName(kind, namespace, name), message, finding });
      return;
    }
    out.findings.push({ finding: buildResourceFinding(resource, { rule: PLAN_RULE, severity, message, ...target(resource, path ?? NAME_PATH) }), resource });
  };

  // Stalled rollouts, and the pods each one holds.
  const stalls = new Map<string, string>();
  const held = new Set<string>();
  plan.rollouts.forEach((r, i) => {
    if (r.stalled === null) return;
    stalls.set(objectKey(r.kind, r.namespace, r.name), r.stalled);
    for (const pod of plan.rolloutDetails[i]?.heldPods ?? []) held.add(`${r.namespace}/${pod}`);
    add('error', r.kind, r.namespace, r.name, `RolloutStalled: the rollout stalls at ${r.stalled}`, null);
  });

  // Unschedulable pods, grouped by owner and message.
  const groups = new Map<string, { kind: string; namespace: string; name: string; reason: string; pods: string[] }>();
  for (const pod of plan.pods) {
    if (pod.node !== null || held.has(`${pod.namespace}/${pod.name}`)) continue;
    const [kind, name] = pod.owner === null ? ['Pod', pod.name] : splitOwner(pod.owner);
    const reason = pod.reason ?? 'not scheduled';
    const key = `${objectKey(kind, pod.namespace, name)}\u0000${reason}`;
    const group = groups.get(key) ?? groups.set(key, { kind, namespace: pod.namespace, name, reason, pods: [] }).get(key)!;
    group.pods.push(pod.name);
  }
  for (const g of groups.values()) {
    const names = g.pods.length <= MAX_PODS_NAMED ? g.pods.join(', ') : `${g.pods.slice(0, MAX_PODS_NAMED).join(', ')}, …`;
    const subject = g.kind === 'Pod' && g.pods.length === 1 && g.pods[0] === g.name ? 'the pod' : g.pods.length === 1 ? `pod ${names}` : `${g.pods.length} pods (${names})`;
    add('error', g.kind, g.namespace, g.name, `FailedScheduling: ${subject} cannot be scheduled: ${g.reason}`, null);
  }

  // What the API server, a controller or the plan reports.
  for (const p of plan.problems) {
    if (p.severity === 'info' || LINTED_REASONS.has(p.reason)) continue;
    if (p.reason === 'Invalid' && p.causes && isLintedInvalid(p.causes, lintedErrors.get(objectKey(p.kind, p.namespace, p.name)))) continue;
    const [kind, name] = ownerOf(p.kind, p.namespace, p.name, byKey, plan);
    const stalled = stalls.get(objectKey(kind, p.namespace, name));
    if (p.reason === 'FailedCreate' && stalled !== undefined && quotes(stalled, p.message)) continue;
    const path = fieldOf(p.message) ?? REASON_PATHS[p.reason] ?? null;
    add(p.severity, kind, p.namespace, name, `${p.reason}: ${p.message}`, path);
  }

  return out;
}

/** The point of a finding: the deepest written part of `path` (a missing field is reported where it would go). */
function target(resource: Resource, path: Path): { path: Path; target: 'key' | 'value' } {
  let at = existingPrefix(resource.object, path);
  if (path[1] === 'clusterIP' && at.length < 2) at = existingPrefix(resource.object, ['spec', 'clusterIPs', 0]);
  if (at.length === 0) at = existingPrefix(resource.object, NAME_PATH);
  const value = getAtPath(resource.object, at);
  // A mapping or list is pointed at by its key: one line, not the whole block.
  return { path: at, target: typeof value === 'object' && value !== null ? 'key' : 'value' };
}

/** `spec.ports[0].nodePort: …`, `… is invalid: spec.selector: …`, `spec.replicas is 1 …` → the path. */
function fieldOf(message: string): Path | null {
  const match = /(?:^|is invalid: )((?:metadata|spec)(?:\.[A-Za-z][A-Za-z0-9]*|\[\d+\])*)(?=[: ])/.exec(message);
  if (!match) return null;
  const path: (string | number)[] = [];
  for (const part of match[1]!.matchAll(/([A-Za-z][A-Za-z0-9]*)|\[(\d+)\]/g)) path.push(part[1] ?? Number(part[2]));
  // The API server speaks of spec.clusterIPs; manifests usually write spec.clusterIP.
  if (path[0] === 'spec' && path[1] === 'clusterIPs') return ['spec', 'clusterIP'];
  return path;
}

/**
 * The object a problem is located at: itself when the caller gave it, else the workload that owns
 * it (a Deployment's ReplicaSet `web-5d8c7b9f6`, a controller's Pod).
 */
function ownerOf(kind: string, namespace: string | null, name: string, byKey: ReadonlyMap<string, Resource>, plan: Plan): [string, string] {
  if (byKey.has(objectKey(kind, namespace, name))) return [kind, name];
  if (kind === 'ReplicaSet') {
    const deployment = name.replace(/-[^-]+$/, '');
    if (deployment !== name && byKey.has(objectKey('Deployment', namespace, deployment))) return ['Deployment', deployment];
  }
  if (kind === 'Pod') {
    const owner = plan.pods.find((p) => p.namespace === namespace && p.name === name)?.owner;
    if (owner) return splitOwner(owner);
  }
  return [kind, name];
}

/** Whether a stalled rollout's reason already quotes a creation error (`Error creating: <error>`). */
function quotes(stalled: string, message: string): boolean {
  const error = message.replace(/^Error creating: /, '');
  const cause = /cannot create pods: (.*)$/s.exec(stalled)?.[1];
  return stalled.includes(error) || (cause !== undefined && message.includes(cause));
}

function splitOwner(owner: string): [string, string] {
  const slash = owner.indexOf('/');
  return [owner.slice(0, slash), owner.slice(slash + 1)];
}

function objectKey(kind: string, namespace: string | null, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}
