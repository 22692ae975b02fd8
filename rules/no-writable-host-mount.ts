import { existingPrefix } from '../src/core/path';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, containersOf, volumesOf } from '../src/resources/pod-spec';

export default createRule({
  id: 'no-writable-host-mount',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers should mount hostPath volumes read-only.',
    rationale:
      "A writable hostPath mount lets the container change the node's files: plant binaries or configuration the " +
      'node will run, fill its disk, or leave data behind for the next pod scheduled there.',
    fix: 'set readOnly: true on the volumeMount, or use an emptyDir or a PersistentVolumeClaim for data the container writes',
    messages: {
      writable: 'container "{{container}}" mounts hostPath volume "{{volume}}" ({{path}}) writable',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const hostPaths = new Map<string, string>();
    const volumes = volumesOf(template);
    for (let vi = 0; vi < volumes.length; vi++) {
      const v = volumes[vi]!;
      const hostPath = v.volume.hostPath;
      if (isObject(hostPath)) hostPaths.set(v.name, typeof hostPath.path === 'string' ? hostPath.path : '');
    }
    if (hostPaths.size === 0) return;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      asArray(c.container.volumeMounts).forEach((mount, i) => {
        if (!isObject(mount) || typeof mount.name !== 'string' || mount.readOnly === true) return;
        const path = hostPaths.get(mount.name);
        if (path === undefined) return;
        report({
          messageId: 'writable',
          data: { container: c.name, volume: mount.name, path },
          path: [...c.path, ...existingPrefix(c.container, ['volumeMounts', i, 'readOnly'])],
        });
      });
    }
  },
});
