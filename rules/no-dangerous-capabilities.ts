import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { buildSecurityContexts, normalizeCapability } from '../src/resources/security-context';

/** Pod Security Standards (baseline): the only capabilities a container may add. */
const BASELINE_ALLOWED = [
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE',
  'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
];

/** What the well-known dangerous capabilities give, for messages. */
const WHAT: Readonly<Record<string, string>> = {
  SYS_ADMIN: 'mounts, namespaces and much more: close to full root',
  NET_ADMIN: 'reconfigures interfaces, routes and firewall rules',
  NET_RAW: 'forges packets on the network',
  SYS_PTRACE: "traces other processes and reads their memory",
  SYS_MODULE: 'loads kernel modules',
  SYS_RAWIO: 'raw access to devices and I/O ports',
  SYS_BOOT: 'reboots the node',
  SYS_TIME: "sets the node's clock",
  DAC_READ_SEARCH: 'reads any file, bypassing permissions',
  BPF: 'loads eBPF programs into the kernel',
  PERFMON: 'observes every process through perf events',
  SYSLOG: "reads the kernel log",
  MAC_ADMIN: 'reconfigures AppArmor or SELinux',
  MAC_OVERRIDE: 'bypasses AppArmor or SELinux',
  LINUX_IMMUTABLE: 'changes immutable and append-only files',
  SYS_RESOURCE: 'overrides resource limits',
  IPC_LOCK: 'locks memory the kernel can then neither swap nor reclaim',
  IPC_OWNER: 'bypasses IPC permission checks',
  WAKE_ALARM: 'wakes the node from suspend',
  BLOCK_SUSPEND: 'blocks the node from suspending',
  AUDIT_CONTROL: 'reconfigures kernel auditing',
  AUDIT_READ: 'reads the kernel audit log',
  LEASE: 'takes leases on any file',
  SYS_NICE: 'changes the priority of any process',
  SYS_PACCT: 'configures process accounting',
  SYS_TTY_CONFIG: 'reconfigures terminals',
  CHECKPOINT_RESTORE: 'checkpoints and restores processes',
};

export default createRule({
  id: 'no-dangerous-capabilities',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Containers must not add capabilities beyond the Pod Security Standards baseline set.',
    rationale:
      'Capabilities split root into pieces; some of the pieces (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, …) are ' +
      'enough to take over the node. Pod Security Standards (baseline) allow adding only AUDIT_WRITE, CHOWN, ' +
      'DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT.',
    fix: 'remove the capability from securityContext.capabilities.add, or allow it for this rule in .kubeplan.yaml with a reason',
    messages: {
      added: 'container "{{container}}" adds capability {{capability}} ({{what}})',
      addsAll: 'container "{{container}}" adds ALL capabilities: it is as powerful as root on the node',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Capabilities containers may add (replaces the Pod Security Standards baseline list).',
        },
      },
    },
    defaultOptions: { allowed: BASELINE_ALLOWED },
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    let allowed: Set<string> | undefined;
    const contexts = buildSecurityContexts(template);
    for (let ci = 0; ci < contexts.length; ci++) {
      const c = contexts[ci]!;
      for (const cap of c.capabilitiesAdded) {
        allowed ??= new Set(options.allowed.map(normalizeCapability));
        if (allowed.has(cap.name)) continue;
        if (cap.name === 'ALL') report({ messageId: 'addsAll', data: { container: c.container.name }, path: cap.path });
        else {
          report({
            messageId: 'added',
            data: { container: c.container.name, capability: cap.name, what: WHAT[cap.name] ?? 'not in the Pod Security Standards baseline set' },
            path: cap.path,
          });
        }
      }
    }
  },
});
