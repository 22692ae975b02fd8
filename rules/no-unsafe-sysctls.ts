import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, asArray, asObject, isObject, podTemplateOf } from '../src/resources/kinds';

/** The kubelet's safe sysctls and the Kubernetes minor version that made each one safe. */
const SAFE_SINCE: ReadonlyMap<string, number> = new Map([
  ['kernel.shm_rmid_forced', 0],
  ['net.ipv4.ip_local_port_range', 0],
  ['net.ipv4.tcp_syncookies', 0],
  ['net.ipv4.ping_group_range', 18],
  ['net.ipv4.ip_unprivileged_port_start', 22],
  ['net.ipv4.ip_local_reserved_ports', 27],
  ['net.ipv4.tcp_keepalive_time', 29],
  ['net.ipv4.tcp_fin_timeout', 29],
  ['net.ipv4.tcp_keepalive_intvl', 29],
  ['net.ipv4.tcp_keepalive_probes', 29],
]);

/** Sysctls the kernel namespaces per pod (the kubelet rejects every other one). */
const IPC_EXACT = new Set(['kernel.sem']);
const IPC_PREFIXES = ['kernel.shm', 'kernel.msg', 'fs.mqueue.'];
const NET_PREFIX = 'net.';

export default createRule({
  id: 'no-unsafe-sysctls',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Pods should set only the sysctls Kubernetes considers safe.',
    rationale:
      'A safe sysctl is namespaced (it changes only the pod) and cannot starve the node. Any other sysctl is ' +
      'rejected by the kubelet (SysctlForbidden) unless the node allows it with --allowed-unsafe-sysctls, and then ' +
      'it can affect other pods on the node. Sysctls that are not namespaced at all, or network sysctls of a pod ' +
      'on the host network, would change the node itself and are always rejected.',
    fix: 'remove the sysctl, or schedule the pod on nodes whose kubelet allows it (--allowed-unsafe-sysctls) and list it in this rule\'s allowed option',
    messages: {
      unsafe: 'sysctl "{{name}}" is not in the safe set: the kubelet rejects the pod unless the node allows it with --allowed-unsafe-sysctls',
      notYetSafe: 'sysctl "{{name}}" is safe only from Kubernetes 1.{{since}} (target {{version}}): older kubelets reject the pod',
      notNamespaced: 'sysctl "{{name}}" is not namespaced: it would change the whole node, and the kubelet rejects the pod',
      hostNamespace: 'sysctl "{{name}}" on a pod with {{field}}: true would change the node itself: the kubelet rejects the pod',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Unsafe sysctls your nodes allow, as in --allowed-unsafe-sysctls: names, or prefixes ending in "*".',
        },
      },
    },
    defaultOptions: { allowed: [] as string[] },
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, options, kubernetesVersion, kubernetesMinor: minor, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const sysctlsPath = [...template.specPath, 'securityContext', 'sysctls'];
    const list = asArray(asObject(template.spec.securityContext).sysctls);
    list.forEach((entry, i) => {
      if (!isObject(entry) || typeof entry.name !== 'string' || entry.name === '') return;
      const name = normalizeSysctl(entry.name);
      const path = [...sysctlsPath, i, 'name'];
      const namespace = sysctlNamespace(name);
      if (namespace === null) {
        report({ messageId: 'notNamespaced', data: { name }, path });
        return;
      }
      const hostField = namespace === 'net' ? 'hostNetwork' : 'hostIPC';
      if (template.spec[hostField] === true) {
        report({ messageId: 'hostNamespace', data: { name, field: hostField }, path });
        return;
      }
      const since = SAFE_SINCE.get(name);
      if (since !== undefined && since <= minor) return;
      if (options.allowed.some((pattern) => matchesPattern(name, normalizeSysctl(pattern)))) return;
      if (since !== undefined) report({ messageId: 'notYetSafe', data: { name, since, version: kubernetesVersion }, path });
      else report({ messageId: 'unsafe', data: { name }, path });
    });
  },
});

/** `net/ipv4/ip_forward` → `net.ipv4.ip_forward`: Kubernetes accepts both separators. */
function normalizeSysctl(name: string): string {
  const slash = name.indexOf('/');
  const dot = name.indexOf('.');
  if (slash === -1 || (dot !== -1 && dot < slash)) return name;
  return name.replace(/[./]/g, (c) => (c === '/' ? '.' : '/'));
}

function sysctlNamespace(name: string): 'ipc' | 'net' | null {
  if (name.startsWith(NET_PREFIX)) return 'net';
  if (IPC_EXACT.has(name) || IPC_PREFIXES.some((p) => name.startsWith(p))) return 'ipc';
  return null;
}

function matchesPattern(name: string, pattern: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}
