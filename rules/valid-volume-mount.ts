import { suggestName } from '../src/core/suggest';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, type PodTemplateView, asArray, asObject, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, type ContainerView, type VolumeView, containersOf, volumesOf } from '../src/resources/pod-spec';
import type { KubeObject } from '../src/resources/resource';

/** A mount's paths within its volume. */
const SUB_PATH_FIELDS = ['subPath', 'subPathExpr'] as const;

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
    refusals: [
      'unknownVolume', 'unknownDevice', 'duplicatePath', 'relativePath', 'noBacksteps', 'subPathAndExpr', 'mountAndDevice',
      'pathOfDevice', 'notBlockSource', 'bidirectional', 'recursiveReadOnly',
    ],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    if (!containers.some(hasMountsOrDevices)) return;
    const pod = new PodVolumes(template, resource.kind === 'StatefulSet' ? asObject(resource.object.spec).volumeClaimTemplates : undefined);

    const unknown = (messageId: 'unknownVolume' | 'unknownDevice', c: ContainerView, name: string, path: Path) => {
      const names = pod.names();
      const suggestion = suggestName(name, names);
      const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : names.length > 0 ? ` (its volumes: ${names.join(', ')})` : ' (it has no volumes)';
      report({
        messageId,
        data: { container: c.name, name, hint },
        path,
        fix: suggestion !== undefined ? `use "${suggestion}", or add a volume "${name}" to the pod` : `add a volume "${name}" to the pod, or remove the entry`,
      });
    };

    // indexed loops and paths built only for a finding: this runs for every container of 10,000 objects
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      const mounts = asArray(c.container.volumeMounts);
      const devices = asArray(c.container.volumeDevices);
      if (mounts.length === 0 && devices.length === 0) continue;
      const at = (list: string, index: number, field: string): Path => [...c.path, list, index, field];

      for (let i = 0; i < mounts.length; i++) {
        const mount = mounts[i];
        if (!isObject(mount)) continue;
        const { name, mountPath } = mount;
        if (isText(name)) {
          if (!pod.has(name)) unknown('unknownVolume', c, name, at('volumeMounts', i, 'name'));
          else if (devices.length > 0 && devices.some((d) => isObject(d) && d.name === name)) {
            report({ messageId: 'mountAndDevice', data: { container: c.name, name }, path: at('volumeMounts', i, 'name') });
          }
        }
        if (isText(mountPath)) {
          const first = indexOfField(mounts, i, 'mountPath', mountPath);
          if (first >= 0) {
            const data = { container: c.name, what: 'volume mounts', path: mountPath, first: `volumeMounts[${first}]`, second: `volumeMounts[${i}]` };
            report({ messageId: 'duplicatePath', data, path: at('volumeMounts', i, 'mountPath') });
          }
          if (devices.length > 0 && indexOfField(devices, devices.length, 'devicePath', mountPath) >= 0) {
            report({ messageId: 'pathOfDevice', data: { container: c.name, path: mountPath }, path: at('volumeMounts', i, 'mountPath') });
          }
        }
        for (const field of SUB_PATH_FIELDS) {
          const value = mount[field];
          if (!isText(value)) continue;
          if (field === 'subPathExpr' && isText(mount.subPath)) report({ messageId: 'subPathAndExpr', path: at('volumeMounts', i, field) });
          else if (value.startsWith('/')) report({ messageId: 'relativePath', data: { field, value }, path: at('volumeMounts', i, field) });
          else if (hasBacksteps(value)) report({ messageId: 'noBacksteps', data: { field, value }, path: at('volumeMounts', i, field) });
        }
        if (mount.mountPropagation === 'Bidirectional' && asObject(c.container.securityContext).privileged !== true) {
          report({ messageId: 'bidirectional', data: { container: c.name }, path: at('volumeMounts', i, 'mountPropagation') });
        }
        const recursive = mount.recursiveReadOnly;
        if (recursive === 'Enabled' || recursive === 'IfPossible') {
          const needs =
            mount.readOnly !== true ? 'readOnly: true' : mount.mountPropagation !== undefined && mount.mountPropagation !== 'None' ? 'mountPropagation None (or unset)' : null;
          if (needs) report({ messageId: 'recursiveReadOnly', data: { value: recursive, needs }, path: at('volumeMounts', i, 'recursiveReadOnly') });
        }
      }

      for (let i = 0; i < devices.length; i++) {
        const device = devices[i];
        if (!isObject(device)) continue;
        const { name, devicePath } = device;
        if (isText(name)) {
          const volume = pod.get(name);
          if (volume === undefined) unknown('unknownDevice', c, name, at('volumeDevices', i, 'name'));
          else if (volume && !BLOCK_SOURCES.some((s) => isObject(volume[s]))) {
            report({ messageId: 'notBlockSource', data: { name, source: sourceOf(volume) }, path: at('volumeDevices', i, 'name') });
          }
        }
        if (isText(devicePath)) {
          const first = indexOfField(devices, i, 'devicePath', devicePath);
          if (first >= 0) {
            const data = { container: c.name, what: 'block devices', path: devicePath, first: `volumeDevices[${first}]`, second: `volumeDevices[${i}]` };
            report({ messageId: 'duplicatePath', data, path: at('volumeDevices', i, 'devicePath') });
          }
          if (hasBacksteps(devicePath)) report({ messageId: 'noBacksteps', data: { field: 'devicePath', value: devicePath }, path: at('volumeDevices', i, 'devicePath') });
        }
      }
    }
  },
});

/**
 * The volumes a pod's containers may name: its own, and for a StatefulSet one per volumeClaimTemplate
 * (the controller adds them to each pod). Looked up by scanning: pods have a handful of volumes.
 */
class PodVolumes {
  private readonly volumes: readonly VolumeView[];
  private readonly claims: readonly unknown[];

  constructor(template: PodTemplateView, claimTemplates: unknown) {
    this.volumes = volumesOf(template);
    this.claims = asArray(claimTemplates);
  }

  /** The volume of that name; null for a claim template's; undefined when there is none. */
  get(name: string): KubeObject | null | undefined {
    for (let i = 0; i < this.volumes.length; i++) if (this.volumes[i]!.name === name) return this.volumes[i]!.volume;
    for (let i = 0; i < this.claims.length; i++) if (claimName(this.claims[i]) === name) return null;
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Every name, once, in order (for messages). */
  names(): string[] {
    const names = [...this.volumes.map((v) => v.name), ...this.claims.map(claimName)].filter(isText);
    return [...new Set(names)];
  }
}

function claimName(claim: unknown): unknown {
  return asObject(asObject(claim).metadata).name;
}

/** The index of the first entry before `end` whose field holds the value, or -1. */
function indexOfField(list: readonly unknown[], end: number, field: string, value: string): number {
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (isObject(entry) && entry[field] === value) return i;
  }
  return -1;
}

function hasMountsOrDevices(c: ContainerView): boolean {
  return Array.isArray(c.container.volumeMounts) || Array.isArray(c.container.volumeDevices);
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
