/**
 * Per-node scheduler state, updated incrementally as pods are bound and removed (never recomputed):
 * requested resources (real and non-zero), pod count, host ports in use.
 */
import { milliValue, unitValue } from '../../core/quantity';
import type { PodShape } from '../pod-shape';
import type { Labels } from '../selectors';
import type { NodeModel } from '../types';

/** What the scheduler needs to know about a pod. */
export interface SchedPod {
  readonly namespace: string;
  readonly name: string;
  readonly labels: Labels;
  readonly shape: PodShape;
  /** DaemonSet pods: the node the controller pins the pod to (matchFields metadata.name). */
  readonly pinnedNode: string | null;
  node: NodeState | null;
}

export class NodeState {
  readonly name: string;
  readonly labels: Labels;
  readonly allocCpu: number;
  readonly allocMemory: number;
  readonly allocEphemeral: number;
  readonly allocPods: number;
  readonly allocScalars: ReadonlyMap<string, number>;
  reqCpu = 0;
  reqMemory = 0;
  reqEphemeral = 0;
  readonly reqScalars = new Map<string, number>();
  nonZeroCpu = 0;
  nonZeroMemory = 0;
  readonly pods = new Set<SchedPod>();
  /** hostIP → "protocol/port" → count. */
  private readonly portsByIp = new Map<string, Map<string, number>>();
  /** "protocol/port" → count over every IP. */
  private readonly portsAnyIp = new Map<string, number>();

  constructor(
    readonly index: number,
    readonly model: NodeModel,
  ) {
    this.name = model.name;
    this.labels = model.labels;
    const a = model.allocatable;
    this.allocCpu = a.cpu ? milliValue(a.cpu) : 0;
    this.allocMemory = a.memory ? unitValue(a.memory) : 0;
    this.allocEphemeral = a['ephemeral-storage'] ? unitValue(a['ephemeral-storage']) : 0;
    this.allocPods = a.pods ? unitValue(a.pods) : 0;
    const scalars = new Map<string, number>();
    for (const [key, q] of Object.entries(a)) {
      if (key === 'cpu' || key === 'memory' || key === 'ephemeral-storage' || key === 'pods') continue;
      scalars.set(key, unitValue(q));
    }
    this.allocScalars = scalars;
  }

  add(pod: SchedPod): void {
    const s = pod.shape;
    this.pods.add(pod);
    this.reqCpu += s.request.cpu;
    this.reqMemory += s.request.memory;
    this.reqEphemeral += s.request.ephemeral;
    for (const [key, value] of s.request.scalars) this.reqScalars.set(key, (this.reqScalars.get(key) ?? 0) + value);
    this.nonZeroCpu += s.nonZeroCpu;
    this.nonZeroMemory += s.nonZeroMemory;
    for (const p of s.hostPorts) {
      const pp = `${p.protocol}/${p.port}`;
      let byIp = this.portsByIp.get(p.ip);
      if (!byIp) this.portsByIp.set(p.ip, (byIp = new Map()));
      byIp.set(pp, (byIp.get(pp) ?? 0) + 1);
      this.portsAnyIp.set(pp, (this.portsAnyIp.get(pp) ?? 0) + 1);
    }
  }

  remove(pod: SchedPod): void {
    if (!this.pods.delete(pod)) return;
    const s = pod.shape;
    this.reqCpu -= s.request.cpu;
    this.reqMemory -= s.request.memory;
    this.reqEphemeral -= s.request.ephemeral;
    for (const [key, value] of s.request.scalars) this.reqScalars.set(key, (this.reqScalars.get(key) ?? 0) - value);
    this.nonZeroCpu -= s.nonZeroCpu;
    this.nonZeroMemory -= s.nonZeroMemory;
    for (const p of s.hostPorts) {
      const pp = `${p.protocol}/${p.port}`;
      const byIp = this.portsByIp.get(p.ip)!;
      decrement(byIp, pp);
      decrement(this.portsAnyIp, pp);
    }
  }

  /** HostPortInfo.CheckConflict: 0.0.0.0 conflicts with the port on any IP. */
  portConflict(ip: string, protocol: string, port: number): boolean {
    const pp = `${protocol}/${port}`;
    if (ip === '0.0.0.0') return (this.portsAnyIp.get(pp) ?? 0) > 0;
    return (this.portsByIp.get('0.0.0.0')?.get(pp) ?? 0) > 0 || (this.portsByIp.get(ip)?.get(pp) ?? 0) > 0;
  }
}

function decrement(map: Map<string, number>, key: string): void {
  const n = (map.get(key) ?? 0) - 1;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}
