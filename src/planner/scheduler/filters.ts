/**
 * The default filter plugins, in their default order (pkg/scheduler/apis/config/v1/default_plugins.go):
 * NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodePorts, NodeResourcesFit,
 * NodeVolumeLimits, VolumeBinding and VolumeZone (for the nodes' volume limits and the
 * PersistentVolumes and StorageClasses of the input: src/planner/volume-limits.ts and
 * volume-binding.ts, passed to the scheduler as one filter), PodTopologySpread, InterPodAffinity.
 * VolumeRestrictions and DynamicResources are not modelled: other claims are assumed bindable anywhere.
 *
 * The first four depend only on the pod's shape and the node, so their result is computed once per
 * shape and node ("static"); the others depend on what is bound and are evaluated per attempt.
 */
import { kubernetesMinor } from '../../core/kubernetes-version';
import { TAINT_UNSCHEDULABLE } from '../cluster-model';
import { type PodShape, toleratesAll } from '../pod-shape';
import { matchesNodeSelector } from '../selectors';
import type { Taint } from '../types';
import type { NodeState } from './node-state';

export const REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
export const REASON_NODE_NAME = "node(s) didn't match the requested node name";
export const REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
export const REASON_NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";
export const REASON_TOO_MANY_PODS = 'Too many pods';
export const REASON_SPREAD = "node(s) didn't match pod topology spread constraints";
export const REASON_SPREAD_LABEL = "node(s) didn't match pod topology spread constraints (missing required label)";
export const REASON_AFFINITY = "node(s) didn't match pod affinity rules";
export const REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
export const REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
/** Nodes a PreFilterResult leaves out (NodeAffinity pins the pod with matchFields metadata.name). */
export const REASON_PREFILTER_NODE_AFFINITY = "node(s) didn't satisfy plugin(s) [NodeAffinity]";
/** NodeAffinity PreFilter when the terms pin no node at all. */
export const REASON_AFFINITY_CONFLICT = 'pod affinity terms conflict';

export interface FilterWording {
  /** v1.34.1 and earlier name the taint; later 1.34 patches and 1.35 do not. */
  namedTaints: boolean;
}

/** `--kubernetes-version` → message wording. Versions after 1.34 (and unreadable ones: the newest) use the newer taint reason. */
export function wordingFor(kubernetesVersion: string): FilterWording {
  return { namedTaints: kubernetesMinor(kubernetesVersion) <= 34 };
}

/** NodeUnschedulable, TaintToleration, NodeAffinity for one node (NodeName is handled by the caller). */
export function staticFilter(shape: PodShape, node: NodeState, wording: FilterWording): string | null {
  const model = node.model;
  if (model.unschedulable && !toleratesAll(shape.tolerations, { key: TAINT_UNSCHEDULABLE, value: '', effect: 'NoSchedule' })) {
    return REASON_UNSCHEDULABLE;
  }
  const taint = untoleratedHardTaint(shape, node);
  if (taint) return untoleratedTaintReason(taint, wording);
  if (!matchesRequiredNodeAffinity(shape, node)) return REASON_NODE_AFFINITY;
  return null;
}

/** TaintToleration's reason for a node whose taint the pod does not tolerate. */
export function untoleratedTaintReason(taint: Taint, wording: FilterWording): string {
  return wording.namedTaints ? `node(s) had untolerated taint {${taint.key}: ${taint.value}}` : 'node(s) had untolerated taint(s)';
}

/** nodeSelector AND required node affinity (GetRequiredNodeAffinity(pod).Match(node)). */
export function matchesRequiredNodeAffinity(shape: PodShape, node: { name: string; labels: Readonly<Record<string, string>> }): boolean {
  for (const key in shape.nodeSelector) {
    if (node.labels[key] !== shape.nodeSelector[key]) return false;
  }
  if (shape.requiredNodeAffinity && !matchesNodeSelector(shape.requiredNodeAffinity, node)) return false;
  return true;
}

/** The first NoSchedule or NoExecute taint of the node that the pod does not tolerate. */
export function untoleratedHardTaint(shape: PodShape, node: { readonly model: { readonly taints: readonly Taint[] } }): Taint | undefined {
  return node.model.taints.find((taint) => taint.effect !== 'PreferNoSchedule' && !toleratesAll(shape.tolerations, taint));
}

/** Count of the node's PreferNoSchedule taints the pod does not tolerate (TaintToleration score). */
export function untoleratedPreferNoSchedule(shape: PodShape, node: NodeState): number {
  const tolerations = shape.tolerations.filter((t) => t.effect === '' || t.effect === 'PreferNoSchedule');
  let count = 0;
  for (const taint of node.model.taints) {
    if (taint.effect === 'PreferNoSchedule' && !toleratesAll(tolerations, taint)) count++;
  }
  return count;
}

/** NodePorts. */
export function portsFit(shape: PodShape, node: NodeState): boolean {
  const ports = shape.hostPorts;
  for (let i = 0; i < ports.length; i++) {
    const p = ports[i]!;
    if (node.portConflict(p.ip, p.protocol, p.port)) return false;
  }
  return true;
}

/** NodeResourcesFit without building reasons: the fast path for nodes that fit. */
export function fitsResources(shape: PodShape, node: NodeState): boolean {
  if (node.pods.size + 1 > node.allocPods) return false;
  const r = shape.request;
  if (r.cpu > 0 && r.cpu > node.allocCpu - node.reqCpu) return false;
  if (r.memory > 0 && r.memory > node.allocMemory - node.reqMemory) return false;
  if (r.ephemeral > 0 && r.ephemeral > node.allocEphemeral - node.reqEphemeral) return false;
  const scalars = r.scalars;
  for (let i = 0; i < scalars.length; i++) {
    const [name, value] = scalars[i]!;
    if (value > (node.allocScalars.get(name) ?? 0) - (node.reqScalars.get(name) ?? 0)) return false;
  }
  return true;
}

/** NodeResourcesFit: every insufficient resource, in the plugin's order (pods, cpu, memory, …). */
export function insufficientResources(shape: PodShape, node: NodeState): string[] {
  const reasons: string[] = [];
  if (node.pods.size + 1 > node.allocPods) reasons.push(REASON_TOO_MANY_PODS);
  const r = shape.request;
  if (r.cpu === 0 && r.memory === 0 && r.ephemeral === 0 && r.scalars.length === 0) return reasons;
  if (r.cpu > 0 && r.cpu > node.allocCpu - node.reqCpu) reasons.push('Insufficient cpu');
  if (r.memory > 0 && r.memory > node.allocMemory - node.reqMemory) reasons.push('Insufficient memory');
  if (r.ephemeral > 0 && r.ephemeral > node.allocEphemeral - node.reqEphemeral) reasons.push('Insufficient ephemeral-storage');
  for (const [name, value] of r.scalars) {
    if (value > (node.allocScalars.get(name) ?? 0) - (node.reqScalars.get(name) ?? 0)) reasons.push(`Insufficient ${name}`);
  }
  return reasons;
}

/**
 * The FailedScheduling message (FitError.Error()): reason counts over all nodes, formatted
 * "<count> <reason>", sorted as strings (Go sort.Strings), joined with ", ". The PostFilter tail
 * (DRA's "no new claims to deallocate", "preemption: …") is not appended: the message keeps the
 * shape users know from `kubectl describe pod` without it; preemption itself is simulated (Scheduler.preempt).
 */
export function formatFitError(totalNodes: number, reasons: ReadonlyMap<string, number>, preFilterMessage?: string): string {
  const head = `0/${totalNodes} nodes are available:`;
  if (preFilterMessage) return `${head} ${preFilterMessage}.`;
  const parts = [...reasons].map(([reason, count]) => `${count} ${reason}`);
  parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return parts.length > 0 ? `${head} ${parts.join(', ')}.` : head;
}
