/**
 * kube-linter parity for pod and cluster security: for each kube-linter check, a manifest that
 * kube-linter flags (written from the check's documented behaviour), the objects it flags, and
 * the kubeplan rule that must flag exactly those objects; then a fixed manifest that must be clean.
 * Intentional differences are noted per check.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index';
import { lintWithRule, yaml } from '../support/rule-tester';

interface ParityCase {
  /** kube-linter check id. */
  check: string;
  /** kubeplan rule id. */
  rule: string;
  /** Whether kube-linter runs the check by default (kubeplan's rule is then on by default too). */
  byDefault: boolean;
  options?: object;
  /** Objects that are indexed but not linted (the role of a binding, NetworkPolicies). */
  context?: string;
  flagged: string;
  /** `Kind/name` of every object kube-linter reports in `flagged`. */
  objects: string[];
  fixed: string;
}

/** A Deployment named `name` whose pod spec is `podSpec` (YAML, any indentation, as a flow mapping or block). */
const deployment = (name: string, podSpec: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: ${name} }
  spec:
    selector: { matchLabels: { app: ${name} } }
    template:
      metadata: { labels: { app: ${name} } }
      spec: ${podSpec}
`;
const docs = (...d: string[]) => d.join('---\n');

/** A container hardened against every container-level check of this suite. */
const HARDENED =
  '{ name: app, image: app:1, securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: [ALL] } } }';

const CASES: ParityCase[] = [
  {
    // kube-linter privileged-container: securityContext.privileged is true.
    check: 'privileged-container',
    rule: 'no-privileged-container',
    byDefault: true,
    flagged: docs(
      deployment('bad', '{ containers: [{ name: app, image: app:1, securityContext: { privileged: true } }] }'),
      deployment('good', `{ containers: [${HARDENED}] }`),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', '{ containers: [{ name: app, image: app:1, securityContext: { privileged: false } }] }'),
  },
  {
    // kube-linter run-as-non-root: neither runAsNonRoot: true nor runAsUser > 0, pod or container level.
    check: 'run-as-non-root',
    rule: 'require-run-as-non-root',
    byDefault: true,
    flagged: docs(
      deployment('no-settings', '{ containers: [{ name: app, image: app:1 }] }'),
      deployment('root-user', '{ securityContext: { runAsUser: 0 }, containers: [{ name: app, image: app:1 }] }'),
      deployment('pod-level', '{ securityContext: { runAsNonRoot: true }, containers: [{ name: app, image: app:1 }] }'),
      deployment('container-user', '{ containers: [{ name: app, image: app:1, securityContext: { runAsUser: 1000 } }] }'),
    ),
    objects: ['Deployment/no-settings', 'Deployment/root-user'],
    fixed: deployment('no-settings', '{ securityContext: { runAsUser: 1000 }, containers: [{ name: app, image: app:1 }] }'),
  },
  {
    // kube-linter privilege-escalation-container: allowPrivilegeEscalation true, privileged, or CAP_SYS_ADMIN.
    // Difference: kubeplan also reports an unset field by default; `allowUnset: true` is kube-linter's behaviour.
    check: 'privilege-escalation-container',
    rule: 'no-privilege-escalation',
    byDefault: true,
    options: { allowUnset: true },
    flagged: docs(
      deployment('explicit', '{ containers: [{ name: app, image: app:1, securityContext: { allowPrivilegeEscalation: true } }] }'),
      deployment('privileged', '{ containers: [{ name: app, image: app:1, securityContext: { privileged: true } }] }'),
      deployment('sys-admin', '{ containers: [{ name: app, image: app:1, securityContext: { capabilities: { add: [SYS_ADMIN] } } }] }'),
      deployment('unset', '{ containers: [{ name: app, image: app:1 }] }'),
    ),
    objects: ['Deployment/explicit', 'Deployment/privileged', 'Deployment/sys-admin'],
    fixed: deployment('explicit', '{ containers: [{ name: app, image: app:1, securityContext: { allowPrivilegeEscalation: false } }] }'),
  },
  {
    // kube-linter host-network: hostNetwork is true.
    check: 'host-network',
    rule: 'no-host-network',
    byDefault: true,
    flagged: docs(
      deployment('bad', '{ hostNetwork: true, containers: [{ name: app, image: app:1 }] }'),
      deployment('good', '{ hostNetwork: false, containers: [{ name: app, image: app:1 }] }'),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', '{ containers: [{ name: app, image: app:1 }] }'),
  },
  {
    // kube-linter host-pid: hostPID is true.
    check: 'host-pid',
    rule: 'no-host-pid',
    byDefault: true,
    flagged: docs(
      deployment('bad', '{ hostPID: true, containers: [{ name: app, image: app:1 }] }'),
      deployment('good', '{ shareProcessNamespace: true, containers: [{ name: app, image: app:1 }] }'),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', '{ hostPID: false, containers: [{ name: app, image: app:1 }] }'),
  },
  {
    // kube-linter host-ipc: hostIPC is true.
    check: 'host-ipc',
    rule: 'no-host-ipc',
    byDefault: true,
    flagged: docs(
      deployment('bad', '{ hostIPC: true, containers: [{ name: app, image: app:1 }] }'),
      deployment('good', '{ containers: [{ name: app, image: app:1 }] }'),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', '{ hostIPC: false, containers: [{ name: app, image: app:1 }] }'),
  },
  {
    // kube-linter sensitive-host-mounts: hostPath of /, /boot, /dev, /etc, /lib, /proc, /sys, /usr mounted in a container.
    // Difference: kubeplan reports the volume even when no container mounts it, and knows more paths.
    check: 'sensitive-host-mounts',
    rule: 'no-sensitive-host-mounts',
    byDefault: true,
    flagged: docs(
      deployment('etc', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: v, mountPath: /host }] }], volumes: [{ name: v, hostPath: { path: /etc } }] }`),
      deployment('proc', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: v, mountPath: /host }] }], volumes: [{ name: v, hostPath: { path: /proc } }] }`),
      deployment('root', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: v, mountPath: /host }] }], volumes: [{ name: v, hostPath: { path: / } }] }`),
      deployment('logs', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: v, mountPath: /logs }] }], volumes: [{ name: v, hostPath: { path: /var/log } }] }`),
    ),
    objects: ['Deployment/etc', 'Deployment/proc', 'Deployment/root'],
    fixed: deployment('etc', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: v, mountPath: /config }] }], volumes: [{ name: v, configMap: { name: cfg } }] }`),
  },
  {
    // kube-linter docker-sock: a hostPath ending in docker.sock mounted in a container.
    check: 'docker-sock',
    rule: 'no-sensitive-host-mounts',
    byDefault: true,
    flagged: docs(
      deployment('bad', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: d, mountPath: /var/run/docker.sock }] }], volumes: [{ name: d, hostPath: { path: /var/run/docker.sock } }] }`),
      deployment('good', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: d, mountPath: /data }] }], volumes: [{ name: d, emptyDir: {} }] }`),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', `{ containers: [{ name: app, image: app:1 }] }`),
  },
  {
    // kube-linter no-read-only-root-fs: readOnlyRootFilesystem is not true.
    check: 'no-read-only-root-fs',
    rule: 'require-read-only-root-fs',
    byDefault: true,
    flagged: docs(
      deployment('unset', '{ containers: [{ name: app, image: app:1 }] }'),
      deployment('writable', '{ containers: [{ name: app, image: app:1, securityContext: { readOnlyRootFilesystem: false } }] }'),
      deployment('good', '{ containers: [{ name: app, image: app:1, securityContext: { readOnlyRootFilesystem: true } }] }'),
    ),
    objects: ['Deployment/unset', 'Deployment/writable'],
    fixed: deployment('unset', '{ containers: [{ name: app, image: app:1, securityContext: { readOnlyRootFilesystem: true } }] }'),
  },
  {
    // kube-linter env-var-secret: an env var whose name matches (?i).*secret.* with a non-empty literal value.
    // Differences: kubeplan also reads PASSWORD, TOKEN, API_KEY… and credential-looking values, and skips
    // names that describe a secret instead of holding one (SECRET_NAME, SECRET_FILE).
    check: 'env-var-secret',
    rule: 'no-secrets-in-env',
    byDefault: true,
    flagged: docs(
      deployment('bad', '{ containers: [{ name: app, image: app:1, env: [{ name: APP_SECRET, value: hunter2 }] }] }'),
      deployment('empty', '{ containers: [{ name: app, image: app:1, env: [{ name: APP_SECRET, value: "" }] }] }'),
      deployment('ref', '{ containers: [{ name: app, image: app:1, env: [{ name: APP_SECRET, valueFrom: { secretKeyRef: { name: s, key: k } } }] }] }'),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', '{ containers: [{ name: app, image: app:1, env: [{ name: APP_SECRET, valueFrom: { secretKeyRef: { name: s, key: k } } }] }] }'),
  },
  {
    // kube-linter drop-net-raw-capability: NET_RAW neither dropped (ALL counts) nor, if added, allowed.
    check: 'drop-net-raw-capability',
    rule: 'require-drop-net-raw',
    byDefault: true,
    flagged: docs(
      deployment('no-drop', '{ containers: [{ name: app, image: app:1 }] }'),
      deployment('added', '{ containers: [{ name: app, image: app:1, securityContext: { capabilities: { drop: [ALL], add: [NET_RAW] } } }] }'),
      deployment('drop-all', '{ containers: [{ name: app, image: app:1, securityContext: { capabilities: { drop: [ALL] } } }] }'),
      deployment('drop-net-raw', '{ containers: [{ name: app, image: app:1, securityContext: { capabilities: { drop: [NET_RAW] } } }] }'),
    ),
    objects: ['Deployment/added', 'Deployment/no-drop'],
    fixed: deployment('no-drop', '{ containers: [{ name: app, image: app:1, securityContext: { capabilities: { drop: [NET_RAW] } } }] }'),
  },
  {
    // kube-linter ssh-port: containerPort 22 over TCP.
    check: 'ssh-port',
    rule: 'no-ssh-port',
    byDefault: true,
    flagged: docs(
      deployment('bad', '{ containers: [{ name: app, image: app:1, ports: [{ containerPort: 22 }] }] }'),
      deployment('good', '{ containers: [{ name: app, image: app:1, ports: [{ containerPort: 8022 }] }] }'),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', '{ containers: [{ name: app, image: app:1, ports: [{ containerPort: 8080 }] }] }'),
  },
  {
    // kube-linter unsafe-sysctls: sysctls starting with kernel.msg, kernel.sem, kernel.shm, fs.mqueue. or net.
    // Difference: kubeplan follows the kubelet's safe list, so safe ones (net.ipv4.tcp_syncookies,
    // kernel.shm_rmid_forced) pass, and non-namespaced ones (vm.*) are reported too.
    check: 'unsafe-sysctls',
    rule: 'no-unsafe-sysctls',
    byDefault: true,
    flagged: docs(
      deployment('net', '{ securityContext: { sysctls: [{ name: net.core.somaxconn, value: "1024" }] }, containers: [{ name: app, image: app:1 }] }'),
      deployment('msg', '{ securityContext: { sysctls: [{ name: kernel.msgmax, value: "65536" }] }, containers: [{ name: app, image: app:1 }] }'),
      deployment('none', '{ containers: [{ name: app, image: app:1 }] }'),
    ),
    objects: ['Deployment/msg', 'Deployment/net'],
    fixed: deployment('net', '{ containers: [{ name: app, image: app:1 }] }'),
  },
  {
    // kube-linter writable-host-mount: a hostPath volume mounted without readOnly: true.
    check: 'writable-host-mount',
    rule: 'no-writable-host-mount',
    byDefault: false,
    flagged: docs(
      deployment('bad', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: v, mountPath: /data }] }], volumes: [{ name: v, hostPath: { path: /srv } }] }`),
      deployment('good', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: v, mountPath: /data, readOnly: true }] }], volumes: [{ name: v, hostPath: { path: /srv } }] }`),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', `{ containers: [{ name: app, image: app:1, volumeMounts: [{ name: v, mountPath: /data, readOnly: true }] }], volumes: [{ name: v, hostPath: { path: /srv } }] }`),
  },
  {
    // kube-linter default-service-account: serviceAccountName empty or "default".
    // Difference: kubeplan does not report pods with automountServiceAccountToken: false (they hold no token).
    check: 'default-service-account',
    rule: 'no-default-service-account',
    byDefault: false,
    flagged: docs(
      deployment('implicit', '{ containers: [{ name: app, image: app:1 }] }'),
      deployment('explicit', '{ serviceAccountName: default, containers: [{ name: app, image: app:1 }] }'),
      deployment('own', '{ serviceAccountName: own, containers: [{ name: app, image: app:1 }] }'),
    ),
    objects: ['Deployment/explicit', 'Deployment/implicit'],
    fixed: deployment('implicit', '{ serviceAccountName: implicit, containers: [{ name: app, image: app:1 }] }'),
  },
  {
    // kube-linter unsafe-proc-mount: procMount is Unmasked.
    check: 'unsafe-proc-mount',
    rule: 'no-unmasked-proc-mount',
    byDefault: false,
    flagged: docs(
      deployment('bad', '{ containers: [{ name: app, image: app:1, securityContext: { procMount: Unmasked } }] }'),
      deployment('good', '{ containers: [{ name: app, image: app:1, securityContext: { procMount: Default } }] }'),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', '{ containers: [{ name: app, image: app:1 }] }'),
  },
  {
    // kube-linter privileged-ports: a containerPort below 1024.
    check: 'privileged-ports',
    rule: 'no-privileged-ports',
    byDefault: false,
    flagged: docs(
      deployment('bad', '{ containers: [{ name: app, image: app:1, ports: [{ containerPort: 80 }] }] }'),
      deployment('good', '{ containers: [{ name: app, image: app:1, ports: [{ containerPort: 8080 }] }] }'),
    ),
    objects: ['Deployment/bad'],
    fixed: deployment('bad', '{ containers: [{ name: app, image: app:1, ports: [{ containerPort: 8080 }] }] }'),
  },
  {
    // kube-linter wildcard-in-rules: "*" in the verbs or resources of a Role or ClusterRole rule.
    check: 'wildcard-in-rules',
    rule: 'no-wildcard-rbac',
    byDefault: false,
    flagged: yaml`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: { name: verbs }
      rules: [{ apiGroups: [apps], resources: [deployments], verbs: ["*"] }]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: { name: resources, namespace: shop }
      rules: [{ apiGroups: [""], resources: ["*"], verbs: [get] }]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: { name: narrow, namespace: shop }
      rules: [{ apiGroups: [""], resources: [pods], verbs: [get, list] }]
    `,
    objects: ['ClusterRole/verbs', 'Role/resources'],
    fixed: yaml`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: { name: verbs }
      rules: [{ apiGroups: [apps], resources: [deployments], verbs: [get, list, watch, update] }]
    `,
  },
  {
    // kube-linter cluster-admin-role-binding: a binding to the cluster-admin ClusterRole.
    check: 'cluster-admin-role-binding',
    rule: 'no-cluster-admin-binding',
    byDefault: false,
    flagged: yaml`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: { name: bad }
      roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
      subjects: [{ kind: ServiceAccount, name: ci, namespace: ci }]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: { name: good }
      roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
      subjects: [{ kind: ServiceAccount, name: ci, namespace: ci }]
    `,
    objects: ['ClusterRoleBinding/bad'],
    fixed: yaml`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: { name: bad, namespace: shop }
      roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
      subjects: [{ kind: ServiceAccount, name: ci, namespace: ci }]
    `,
  },
  {
    // kube-linter access-to-secrets: a binding whose role grants get/list/watch/create/delete/* on secrets.
    // Difference: kubeplan knows the built-in admin/edit/cluster-admin roles and skips rules limited by resourceNames.
    check: 'access-to-secrets',
    rule: 'no-secret-access-rbac',
    byDefault: false,
    context: yaml`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: { name: reader, namespace: shop }
      rules: [{ apiGroups: [""], resources: [secrets], verbs: [get, list] }]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: { name: pods, namespace: shop }
      rules: [{ apiGroups: [""], resources: [pods], verbs: [get, list] }]
    `,
    flagged: yaml`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: { name: bad, namespace: shop }
      roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
      subjects: [{ kind: ServiceAccount, name: api }]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: { name: good, namespace: shop }
      roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: pods }
      subjects: [{ kind: ServiceAccount, name: api }]
    `,
    objects: ['RoleBinding/bad'],
    fixed: yaml`
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: { name: bad, namespace: shop }
      roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: pods }
      subjects: [{ kind: ServiceAccount, name: api }]
    `,
  },
  {
    // kube-linter non-isolated-pod: a workload no NetworkPolicy of its namespace selects.
    check: 'non-isolated-pod',
    rule: 'require-network-policy',
    byDefault: false,
    context: yaml`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: covered }
      spec:
        podSelector: { matchLabels: { app: covered } }
    `,
    flagged: docs(
      deployment('open', '{ containers: [{ name: app, image: app:1 }] }'),
      deployment('covered', '{ containers: [{ name: app, image: app:1 }] }'),
    ),
    objects: ['Deployment/open'],
    fixed: docs(
      deployment('open', '{ containers: [{ name: app, image: app:1 }] }'),
      yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: default-deny }
        spec: { podSelector: {}, policyTypes: [Ingress, Egress] }
      `,
    ),
  },
];

describe('kube-linter parity: security', () => {
  describe.each(CASES.map((c) => [c.check, c] as const))('%s', (_, c) => {
    const rule = RULES.get(c.rule);

    it(`maps to ${c.rule}, ${c.byDefault ? 'on' : 'off'} by default as in kube-linter`, () => {
      expect(rule, `rule ${c.rule} is registered`).toBeDefined();
      expect(Boolean(rule!.meta.optIn)).toBe(!c.byDefault);
    });

    it('flags the same objects', () => {
      const flagged = lintWithRule(rule!, { code: c.flagged, options: c.options, context: c.context }).map(
        (r) => `${r.finding.resource!.kind}/${r.finding.resource!.name}`,
      );
      expect([...new Set(flagged)].sort()).toEqual([...c.objects].sort());
    });

    it('is clean once fixed', () => {
      expect(lintWithRule(rule!, { code: c.fixed, options: c.options, context: c.context }).map((r) => r.finding.message)).toEqual([]);
    });
  });
});
