import { suggestName } from '../src/core/suggest';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, asArray, asObject, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, type ContainerView, type VolumeView, containersOf, volumesOf } from '../src/resources/pod-spec';
import type { KubeObject } from '../src/resources/resource';

/** The volume sources a block device (volumeDevices) can come from. */
const BLOCK_SOURCES = ['persistentVolumeClaim', 'ephemeral'];

export default createRule({
  id: 'valid-volume-mount',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A container's volume mounts and devices name the pod's volumes, at unique paths, within the volume.",
    rationale:
      "The API server rejects a pod (and the Deployment, Job or other workload holding its template) whose " +
      "container mounts a volume the pod does not define, mounts two volumes at one path, or uses a subPath that " +
      'leaves the volume (absolute, or with ".."). The schema cannot see any of it: a misspelled volume name ' +
      'passes every schema check and fails on apply. The same holds for block devices (volumeDevices), which ' +
      'must come from a PersistentVolumeClaim or ephemeral volume, and for the mount options that need another ' +
      'setting: Bidirectional propagation needs a privileged container, recursiveReadOnly a read-only mount.',
    fix: 'name a volume of the pod in each mount (or add the volume), and give every mount its own path',
    messages: {
      unknownVolume: 'container "{{container}}" mounts volume "{{name}}", but the pod defines no volume by that name{{hint}}',
      unknownDevice: 'container "{{container}}" uses volume "{{name}}" as a block device, but the pod defines no volume by that name{{hint}}',
      duplicatePath: 'container "{{container}}" has two {{what}} at {{path}} ({{first}} and {{second}}): the API server requires unique paths',
      relativePath: '{{field}} "{{value}}" must be a relative path (a path within the volume)',
      noBacksteps: '{{field}} "{{value}}" must not contain ".." (a path within the volume)',
      subPathAndExpr: 'subPath and subPathExpr are mutually exclusive: set one of them',
      mountAndDevice: 'container "{{container}}" uses volume "{{name}}" both in volumeMounts and in volumeDevices',
      pathOfDevice: 'container "{{container}}" has both a volume mount and a block device at {{path}}',
      notBlockSource: 'volume "{{name}}" comes from {{source}}: only a persistentVolumeClaim or ephemeral volume can be a block device (volumeDevices)',
      bidirectional: 'container "{{container}}" uses Bidirectional mount propagation, which only privileged containers may use',
      recursiveReadOnly: 'recursiveReadOnly {{value}} needs {{needs}} on the mount',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    if (!containers.some(hasMountsOrDevices)) return;
    // a volume is a VolumeView, or null for the claim of a StatefulSet's volumeClaimTemplates (the controller adds it to each pod)
    const volumes = new Map<string, VolumeView | null>();
    for (const v of volumesOf(template)) if (v.name !== '' && !volumes.has(v.name)) volumes.set(v.name, v);
    if (resource.kind === 'StatefulSet') {
      for (const claim of asArray(asObject(resource.object.spec).volumeClaimTemplates)) {
        const name = asObject(asObject(claim).metadata).name;
        if (isText(name) && !volumes.has(name)) volumes.set(name, null);
      }
    }

    const unknown = (messageId: 'unknownVolume' | 'unknownDevice', c: ContainerView, name: string, path: Path) => {
      const suggestion = suggestName(name, volumes.keys());
      const hint =
        suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : volumes.size > 0 ? ` (its volumes: ${[...volumes.keys()].join(', ')})` : ' (it has no volumes)';
      report({
        messageId,
        data: { container: c.name, name, hint },
        path,
        fix: suggestion !== undefined ? `use "${suggestion}", or add a volume "${name}" to the pod` : `add a volume "${name}" to the pod, or remove the entry`,
      });
    };

    for (const c of containers) {
      if (!hasMountsOrDevices(c)) continue;
      const mounts = entries(c.container.volumeMounts);
      const devices = entries(c.container.volumeDevices);
      const devicePaths = new Set(devices.map(({ entry }) => entry.devicePath).filter(isText));
      const deviceNames = new Set(devices.map(({ entry }) => entry.name).filter(isText));
      const mountNames = new Set<string>();
      const mountPaths = new Map<string, number>();
      const privileged = asObject(c.container.securityContext).privileged === true;

      for (const { entry: mount, index } of mounts) {
        const at: Path = [...c.path, 'volumeMounts', index];
        const { name, mountPath } = mount;
        if (isText(name)) {
          mountNames.add(name);
          if (!volumes.has(name)) unknown('unknownVolume', c, name, [...at, 'name']);
          else if (deviceNames.has(name)) report({ messageId: 'mountAndDevice', data: { container: c.name, name }, path: [...at, 'name'] });
        }
        if (isText(mountPath)) {
          const first = mountPaths.get(mountPath);
          if (first !== undefined) {
            const data = { container: c.name, what: 'volume mounts', path: mountPath, first: `volumeMounts[${first}]`, second: `volumeMounts[${index}]` };
            report({ messageId: 'duplicatePath', data, path: [...at, 'mountPath'] });
          } else mountPaths.set(mountPath, index);
          if (devicePaths.has(mountPath)) report({ messageId: 'pathOfDevice', data: { container: c.name, path: mountPath }, path: [...at, 'mountPath'] });
        }
        for (const field of ['subPath', 'subPathExpr'] as const) {
          const value = mount[field];
          if (!isText(value)) continue;
          if (field === 'subPathExpr' && isText(mount.subPath)) report({ messageId: 'subPathAndExpr', path: [...at, field] });
          else if (value.startsWith('/')) report({ messageId: 'relativePath', data: { field, value }, path: [...at, field] });
          else if (hasBacksteps(value)) report({ messageId: 'noBacksteps', data: { field, value }, path: [...at, field] });
        }
        if (mount.mountPropagation === 'Bidirectional' && !privileged) {
          report({ messageId: 'bidirectional', data: { container: c.name }, path: [...at, 'mountPropagation'] });
        }
        const recursive = mount.recursiveReadOnly;
        if (recursive === 'Enabled' || recursive === 'IfPossible') {
          const needs =
            mount.readOnly !== true ? 'readOnly: true' : mount.mountPropagation !== undefined && mount.mountPropagation !== 'None' ? 'mountPropagation None (or unset)' : null;
          if (needs) report({ messageId: 'recursiveReadOnly', data: { value: recursive, needs }, path: [...at, 'recursiveReadOnly'] });
        }
      }

      const seenDevicePaths = new Map<string, number>();
      for (const { entry: device, index } of devices) {
        const at: Path = [...c.path, 'volumeDevices', index];
        const { name, devicePath } = device;
        if (isText(name)) {
          const volume = volumes.get(name);
          if (volume === undefined) unknown('unknownDevice', c, name, [...at, 'name']);
          else if (volume && !BLOCK_SOURCES.some((s) => isObject(volume.volume[s]))) {
            report({ messageId: 'notBlockSource', data: { name, source: sourceOf(volume.volume) }, path: [...at, 'name'] });
          }
        }
        if (isText(devicePath)) {
          const first = seenDevicePaths.get(devicePath);
          if (first !== undefined) {
            const data = { container: c.name, what: 'block devices', path: devicePath, first: `volumeDevices[${first}]`, second: `volumeDevices[${index}]` };
            report({ messageId: 'duplicatePath', data, path: [...at, 'devicePath'] });
          } else seenDevicePaths.set(devicePath, index);
          if (hasBacksteps(devicePath)) report({ messageId: 'noBacksteps', data: { field: 'devicePath', value: devicePath }, path: [...at, 'devicePath'] });
        }
      }
    }
  },
});

function hasMountsOrDevices(c: ContainerView): boolean {
  return Array.isArray(c.container.volumeMounts) || Array.isArray(c.container.volumeDevices);
}

/** The object entries of a list, with their indexes. */
function entries(list: unknown): { entry: KubeObject; index: number }[] {
  const out: { entry: KubeObject; index: number }[] = [];
  asArray(list).forEach((entry, index) => {
    if (isObject(entry)) out.push({ entry, index });
  });
  return out;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** A ".." element, as the API server splits paths (validatePathNoBacksteps: on "/"). */
function hasBacksteps(path: string): boolean {
  return path.split('/').includes('..');
}

/** The volume's source field (configMap, emptyDir, …), for messages. */
function sourceOf(volume: KubeObject): string {
  return Object.keys(volume).find((k) => k !== 'name') ?? 'sourceless';
}
