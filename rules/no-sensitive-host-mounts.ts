import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, isObject, podTemplateOf } from '../src/resources/kinds';
import { volumesOf } from '../src/resources/pod-spec';

interface SensitivePath {
  readonly path: string;
  /** Whether everything below the path is sensitive too. */
  readonly below: boolean;
  readonly what: string;
}

const SENSITIVE: readonly SensitivePath[] = [
  { path: '/', below: false, what: "the node's whole filesystem" },
  { path: '/bin', below: false, what: "the node's programs" },
  { path: '/sbin', below: false, what: "the node's programs" },
  { path: '/usr', below: false, what: "the node's programs and libraries" },
  { path: '/lib', below: false, what: "the node's libraries" },
  { path: '/lib64', below: false, what: "the node's libraries" },
  { path: '/boot', below: true, what: "the node's kernel and boot loader" },
  { path: '/dev', below: false, what: "the node's devices" },
  { path: '/etc', below: false, what: "the node's configuration" },
  { path: '/etc/kubernetes', below: true, what: "the node's Kubernetes credentials" },
  { path: '/etc/shadow', below: false, what: "the node's password hashes" },
  { path: '/etc/sudoers', below: false, what: "the node's sudo configuration" },
  { path: '/etc/sudoers.d', below: true, what: "the node's sudo configuration" },
  { path: '/etc/ssh', below: true, what: "the node's SSH keys and configuration" },
  { path: '/proc', below: true, what: "the node's processes and kernel settings" },
  { path: '/sys', below: false, what: "the node's kernel and device settings" },
  { path: '/root', below: true, what: "the node's root home directory" },
  { path: '/var/run', below: false, what: "the node's runtime sockets" },
  { path: '/run', below: false, what: "the node's runtime sockets" },
  { path: '/var/lib/kubelet', below: false, what: "the kubelet's state, every pod's secrets included" },
  { path: '/var/lib/kubelet/pods', below: true, what: "every pod's volumes, secrets included" },
  { path: '/var/lib/kubelet/pki', below: true, what: "the kubelet's credentials" },
  { path: '/var/lib/docker', below: true, what: "every container's filesystem" },
  { path: '/var/lib/docker/containers', below: true, what: "every container's configuration, environment variables included" },
  { path: '/var/lib/containerd', below: true, what: "every container's filesystem" },
  { path: '/var/lib/etcd', below: true, what: "etcd's data, every Secret of the cluster" },
  { path: '/run/containerd', below: true, what: "containerd's sockets" },
  { path: '/var/run/containerd', below: true, what: "containerd's sockets" },
  { path: '/run/crio', below: true, what: "CRI-O's sockets" },
  { path: '/var/run/crio', below: true, what: "CRI-O's sockets" },
];

/** Sockets of container runtimes: whoever can talk to one controls every container of the node. */
const RUNTIME_SOCKET = /(^|\/)(docker|dockershim|cri-dockerd|containerd|crio|podman)\.sock$/;

export default createRule({
  id: 'no-sensitive-host-mounts',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: "Pods must not mount sensitive directories or the container runtime's socket from the node.",
    rationale:
      "A hostPath volume of the node's system directories (/, /etc, /proc, /var/lib/kubelet, …) exposes credentials " +
      'and kernel settings of the node; a writable one lets the pod take the node over. The container runtime socket ' +
      '(docker.sock, containerd.sock) is full control of every container of the node.',
    fix: 'use a ConfigMap, Secret, emptyDir or PersistentVolumeClaim instead of the hostPath volume, or mount a narrower path read-only',
    messages: {
      sensitive: 'hostPath volume "{{volume}}" mounts {{path}} from the node ({{what}})',
      runtimeSocket: 'hostPath volume "{{volume}}" mounts the container runtime socket {{path}}: it gives full control of every container of the node',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedPaths: {
          type: 'array',
          items: { type: 'string', pattern: '^/' },
          description: 'Host paths not to report (exact paths).',
        },
        additionalPaths: {
          type: 'array',
          items: { type: 'string', pattern: '^/' },
          description: 'More sensitive host paths; everything below them is reported too.',
        },
      },
    },
    defaultOptions: { allowedPaths: [] as string[], additionalPaths: [] as string[] },
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const volumes = volumesOf(template);
    for (let vi = 0; vi < volumes.length; vi++) {
      const volume = volumes[vi]!;
      const hostPath = volume.volume.hostPath;
      if (!isObject(hostPath) || typeof hostPath.path !== 'string') continue;
      const path = normalizeHostPath(hostPath.path);
      if (path === null || options.allowedPaths.some((p) => normalizeHostPath(p) === path)) continue;
      const at = [...volume.path, 'hostPath', 'path'];
      if (RUNTIME_SOCKET.test(path)) {
        report({ messageId: 'runtimeSocket', data: { volume: volume.name, path }, path: at });
        continue;
      }
      const match = sensitiveEntry(path, options.additionalPaths);
      if (match) report({ messageId: 'sensitive', data: { volume: volume.name, path, what: match.what }, path: at });
    }
  },
});

/** The most specific sensitive entry for a path, or undefined. */
function sensitiveEntry(path: string, additional: readonly string[]): SensitivePath | undefined {
  let best: SensitivePath | undefined;
  const consider = (entry: SensitivePath) => {
    const hit = entry.path === path || (entry.below && isBelow(path, entry.path));
    if (hit && (!best || entry.path.length > best.path.length)) best = entry;
  };
  SENSITIVE.forEach(consider);
  for (const extra of additional) {
    const normalized = normalizeHostPath(extra);
    if (normalized) consider({ path: normalized, below: true, what: 'listed as sensitive in the configuration' });
  }
  return best;
}

function isBelow(path: string, directory: string): boolean {
  return directory === '/' ? path !== '/' : path.startsWith(`${directory}/`);
}

/** `/etc//kubernetes/./pki/` → `/etc/kubernetes/pki`, as the node resolves it; null for a relative path. */
function normalizeHostPath(raw: string): string | null {
  if (!raw.startsWith('/')) return null;
  const parts: string[] = [];
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
