import type { Path } from '../core/types';
import { type PodTemplateView, asArray, isObject } from './kinds';
import type { KubeObject } from './resource';
import { LastEntryCache } from '../core/last-entry-cache';

export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerView {
  readonly container: KubeObject;
  /** Path of the container in the object (`spec.template.spec.containers[1]`). */
  readonly path: Path;
  readonly group: ContainerGroup;
  readonly name: string;
  /** An init container with restartPolicy Always: it keeps running beside the app containers. */
  readonly sidecar: boolean;
}

const GROUPS: readonly ContainerGroup[] = ['containers', 'initContainers', 'ephemeralContainers'];
const GROUP_BITS: Readonly<Record<ContainerGroup, number>> = { containers: 1, initContainers: 2, ephemeralContainers: 4 };
const DEFAULT_GROUPS: readonly ContainerGroup[] = ['containers', 'initContainers'];
/** Every container kind, as Pod Security admission checks them. */
export const ALL_CONTAINER_GROUPS: readonly ContainerGroup[] = ['containers', 'initContainers', 'ephemeralContainers'];
/** The app containers alone. */
export const APP_CONTAINERS: readonly ContainerGroup[] = ['containers'];
// the shared lists' masks, known without a loop per call (containersOf runs for every rule and object)
const DEFAULT_MASK = maskOf(DEFAULT_GROUPS);
const ALL_MASK = maskOf(ALL_CONTAINER_GROUPS);
const APP_MASK = maskOf(APP_CONTAINERS);

/** The container views of one pod spec, by set of groups (index: a bit per group, GROUP_BITS). */
interface SpecContainers {
  readonly specPath: Path;
  // the spec's container lists when the views were built: replaced lists mean new views
  readonly containers: unknown;
  readonly initContainers: unknown;
  readonly ephemeralContainers: unknown;
  readonly byGroups: (readonly ContainerView[] | undefined)[];
}

/** Some thirty rules list the containers of every workload, one object after another: the last pod spec's views are kept. */
const specContainers = new LastEntryCache<KubeObject, SpecContainers>();

/**
 * Every container of a pod spec with its path in the object, group by group in the order
 * containers, initContainers, ephemeralContainers. The list is shared: do not modify it.
 */
export function containersOf(template: PodTemplateView, groups: readonly ContainerGroup[] = DEFAULT_GROUPS): readonly ContainerView[] {
  const mask = groups === DEFAULT_GROUPS ? DEFAULT_MASK : groups === ALL_CONTAINER_GROUPS ? ALL_MASK : groups === APP_CONTAINERS ? APP_MASK : maskOf(groups);
  const spec = template.spec;
  let cached = specContainers.get(spec);
  if (
    cached === undefined ||
    cached.specPath !== template.specPath ||
    cached.containers !== spec.containers ||
    cached.initContainers !== spec.initContainers ||
    cached.ephemeralContainers !== spec.ephemeralContainers
  ) {
    const { containers, initContainers, ephemeralContainers } = spec;
    cached = { specPath: template.specPath, containers, initContainers, ephemeralContainers, byGroups: [] };
    specContainers.set(spec, cached);
  }
  return (cached.byGroups[mask] ??= buildContainerViews(template, GROUPS.filter((g) => mask & GROUP_BITS[g])));
}

/** The GROUP_BITS of a list of groups. */
function maskOf(groups: readonly ContainerGroup[]): number {
  let mask = 0;
  for (let i = 0; i < groups.length; i++) mask |= GROUP_BITS[groups[i]!];
  return mask;
}

function buildContainerViews(template: PodTemplateView, groups: readonly ContainerGroup[]): ContainerView[] {
  const out: ContainerView[] = [];
  for (const group of groups) {
    asArray(template.spec[group]).forEach((container, i) => {
      if (!isObject(container)) return;
      out.push({
        container,
        path: [...template.specPath, group, i],
        group,
        name: typeof container.name === 'string' ? container.name : '',
        sidecar: group === 'initContainers' && container.restartPolicy === 'Always',
      });
    });
  }
  return out;
}

export interface VolumeView {
  readonly volume: KubeObject;
  readonly path: Path;
  readonly name: string;
}

/** The pod spec's volumes, kept for the last pod spec (several rules read them); the list is shared. */
export function volumesOf(template: PodTemplateView): readonly VolumeView[] {
  const list = template.spec.volumes;
  const cached = volumeViews.get(template.spec);
  if (cached && cached.list === list && cached.specPath === template.specPath) return cached.views;
  const views: VolumeView[] = [];
  const volumes = asArray(list);
  for (let i = 0; i < volumes.length; i++) {
    const volume = volumes[i];
    if (isObject(volume)) views.push({ volume, path: [...template.specPath, 'volumes', i], name: typeof volume.name === 'string' ? volume.name : '' });
  }
  volumeViews.set(template.spec, { list, specPath: template.specPath, views });
  return views;
}

const volumeViews = new LastEntryCache<KubeObject, { list: unknown; specPath: Path; views: readonly VolumeView[] }>();

export interface ContainerPortView {
  readonly port: KubeObject;
  readonly path: Path;
  readonly containerPort: number | undefined;
  readonly name: string | undefined;
  /** Defaulted to TCP, as the API server does. */
  readonly protocol: string;
  readonly hostPort: number | undefined;
}

/**
 * The container's ports, kept for the last container view (half a dozen rules read them) and rebuilt if
 * its ports list is replaced. The list is shared: do not modify it.
 */
export function portsOf(container: ContainerView): readonly ContainerPortView[] {
  const list = container.container.ports;
  const cached = portViews.get(container);
  if (cached && cached.list === list) return cached.views;
  const views = buildPortViews(container, asArray(list));
  portViews.set(container, { list, views });
  return views;
}

const portViews = new LastEntryCache<ContainerView, { list: unknown; views: readonly ContainerPortView[] }>();

function buildPortViews(container: ContainerView, ports: readonly unknown[]): ContainerPortView[] {
  const out: ContainerPortView[] = [];
  for (let i = 0; i < ports.length; i++) {
    const port = ports[i];
    if (!isObject(port)) continue;
    out.push({
      port,
      path: [...container.path, 'ports', i],
      containerPort: typeof port.containerPort === 'number' ? port.containerPort : undefined,
      name: typeof port.name === 'string' ? port.name : undefined,
      protocol: typeof port.protocol === 'string' ? port.protocol : 'TCP',
      hostPort: typeof port.hostPort === 'number' ? port.hostPort : undefined,
    });
  }
  return out;
}
