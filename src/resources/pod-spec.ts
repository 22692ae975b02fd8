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

/** Every container kind, as Pod Security admission checks them. */
export const ALL_CONTAINER_GROUPS: readonly ContainerGroup[] = ['containers', 'initContainers', 'ephemeralContainers'];
/** The app containers alone. */
export const APP_CONTAINERS: readonly ContainerGroup[] = ['containers'];
const DEFAULT_GROUPS: readonly ContainerGroup[] = ['containers', 'initContainers'];

/**
 * The container views of one pod spec, built once for every group in the order containers,
 * initContainers, ephemeralContainers: each set of groups asked for is a prefix of them or a
 * filtered copy, so rules asking for different groups share the views (and their ports).
 */
interface SpecContainers {
  readonly specPath: Path;
  // the spec's container lists when the views were built: replaced lists mean new views
  readonly containers: unknown;
  readonly initContainers: unknown;
  readonly ephemeralContainers: unknown;
  readonly all: readonly ContainerView[];
  /** containers and initContainers: the first views of `all`, shared when there is no ephemeral container. */
  readonly withoutEphemeral: readonly ContainerView[];
  /** The app containers: the first views of `all`. */
  readonly apps: readonly ContainerView[];
}

/** Some thirty rules list the containers of every workload, one object after another: the last pod spec's views are kept. */
const specContainers = new LastEntryCache<KubeObject, SpecContainers>();

/**
 * Every container of a pod spec with its path in the object, group by group in the order
 * containers, initContainers, ephemeralContainers. The list is shared: do not modify it.
 */
export function containersOf(template: PodTemplateView, groups: readonly ContainerGroup[] = DEFAULT_GROUPS): readonly ContainerView[] {
  const spec = template.spec;
  let cached = specContainers.get(spec);
  if (
    cached === undefined ||
    cached.specPath !== template.specPath ||
    cached.containers !== spec.containers ||
    cached.initContainers !== spec.initContainers ||
    cached.ephemeralContainers !== spec.ephemeralContainers
  ) {
    cached = buildSpecContainers(template);
    specContainers.set(spec, cached);
  }
  if (groups === DEFAULT_GROUPS) return cached.withoutEphemeral;
  if (groups === ALL_CONTAINER_GROUPS) return cached.all;
  if (groups === APP_CONTAINERS) return cached.apps;
  return cached.all.filter((view) => groups.includes(view.group));
}

function buildSpecContainers(template: PodTemplateView): SpecContainers {
  const { containers, initContainers, ephemeralContainers } = template.spec;
  const all: ContainerView[] = [];
  addViews(all, template, 'containers', containers);
  const appCount = all.length;
  addViews(all, template, 'initContainers', initContainers);
  const withoutEphemeralCount = all.length;
  addViews(all, template, 'ephemeralContainers', ephemeralContainers);
  const withoutEphemeral = withoutEphemeralCount === all.length ? all : all.slice(0, withoutEphemeralCount);
  const apps = appCount === withoutEphemeral.length ? withoutEphemeral : all.slice(0, appCount);
  return { specPath: template.specPath, containers, initContainers, ephemeralContainers, all, withoutEphemeral, apps };
}

function addViews(out: ContainerView[], template: PodTemplateView, group: ContainerGroup, list: unknown): void {
  const items = asArray(list);
  for (let i = 0; i < items.length; i++) {
    const container = items[i];
    if (!isObject(container)) continue;
    out.push({
      container,
      path: [...template.specPath, group, i],
      group,
      name: typeof container.name === 'string' ? container.name : '',
      sidecar: group === 'initContainers' && container.restartPolicy === 'Always',
    });
  }
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

/** Calls `visit` for every port of the pod's containers (containersOf's default groups), in order. */
export function forEachPort(template: PodTemplateView, visit: (container: ContainerView, port: ContainerPortView) => void): void {
  const containers = containersOf(template);
  for (let i = 0; i < containers.length; i++) {
    const container = containers[i]!;
    const ports = portsOf(container);
    for (let j = 0; j < ports.length; j++) visit(container, ports[j]!);
  }
}

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

/** An entry of a pod's `spec.resourceClaims` (DRA): a name for the containers, and the claim or template it stands for. */
export interface ResourceClaimEntry {
  readonly entry: KubeObject;
  /** Path of the entry in the object. */
  readonly path: Path;
  /** What holds `resourceClaimName` and `resourceClaimTemplateName`: the entry, or its `source` in 1.26–1.30. */
  readonly source: KubeObject;
  readonly sourcePath: Path;
}

const NO_CLAIMS: readonly ResourceClaimEntry[] = Object.freeze([]);

/** The entries of a pod spec's `resourceClaims`, in order (most pods have none: nothing is allocated then). */
export function resourceClaimEntries(spec: KubeObject, specPath: Path): readonly ResourceClaimEntry[] {
  const entries = asArray(spec.resourceClaims);
  if (entries.length === 0) return NO_CLAIMS;
  const out: ResourceClaimEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isObject(entry)) continue;
    const path = [...specPath, 'resourceClaims', i];
    const legacy = isObject(entry.source);
    out.push({ entry, path, source: legacy ? (entry.source as KubeObject) : entry, sourcePath: legacy ? [...path, 'source'] : path });
  }
  return out;
}
