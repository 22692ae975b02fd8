/**
 * The scheduler's NodeVolumeLimits filter (pkg/scheduler/framework/plugins/nodevolumelimits/csi.go):
 * a node can have so many volumes of each CSI driver attached (its CSINode's allocatable count, see
 * cluster-model.ts), and a pod whose claims would take a driver past that does not fit there. A
 * volume counts once per node however many of the node's pods mount it; it is attached while a pod
 * that mounts it runs there.
 *
 * Only claims whose driver the input names are counted (volume-binding.ts, driverOf): a PV's
 * `csi.driver`, or the provisioner of the claim's StorageClass.
 */
import type { NodeModel } from './types';

export const REASON_MAX_VOLUME_COUNT = 'node(s) exceed max volume count';

/** A node as the filter sees it: its name and its limits. */
interface LimitedNode {
  readonly name: string;
  readonly model: Pick<NodeModel, 'volumeLimits'>;
}

export class AttachedVolumes {
  /** Node name → claim key (`namespace/name`) → pods on the node that mount it. */
  private readonly byNode = new Map<string, Map<string, number>>();

  attach(node: string, claims: readonly string[]): void {
    if (claims.length === 0) return;
    let attached = this.byNode.get(node);
    if (!attached) this.byNode.set(node, (attached = new Map()));
    for (const claim of claims) attached.set(claim, (attached.get(claim) ?? 0) + 1);
  }

  detach(node: string, claims: readonly string[]): void {
    const attached = this.byNode.get(node);
    if (!attached) return;
    for (const claim of claims) {
      const n = (attached.get(claim) ?? 0) - 1;
      if (n > 0) attached.set(claim, n);
      else attached.delete(claim);
    }
  }

  /**
   * The filter for a pod's claims (keys), each of whose driver `driverOf` tells (null: not counted);
   * null when none of them has a driver.
   */
  filter(claims: readonly string[], driverOf: (claim: string) => string | null): ((node: LimitedNode) => string[] | null) | null {
    const drivers = new Map<string, string>();
    for (const claim of claims) {
      const driver = driverOf(claim);
      if (driver !== null) drivers.set(claim, driver);
    }
    if (drivers.size === 0) return null;
    return (node) => {
      const limits = node.model.volumeLimits;
      if (!limits) return null;
      const attached = this.byNode.get(node.name);
      // the pod's volumes the node does not have yet, by driver
      const added = new Map<string, number>();
      for (const [claim, driver] of drivers) {
        if (limits[driver] !== undefined && !attached?.has(claim)) added.set(driver, (added.get(driver) ?? 0) + 1);
      }
      if (added.size === 0) return null;
      const inUse = new Map<string, number>();
      for (const claim of attached?.keys() ?? []) {
        const driver = driverOf(claim);
        if (driver !== null && added.has(driver)) inUse.set(driver, (inUse.get(driver) ?? 0) + 1);
      }
      for (const [driver, n] of added) if ((inUse.get(driver) ?? 0) + n > limits[driver]!) return [REASON_MAX_VOLUME_COUNT];
      return null;
    };
  }
}
