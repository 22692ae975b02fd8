import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-sensitive-host-mounts';

const pod = (paths: string[]) =>
  yaml`
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers: [{ name: app, image: app:1 }]
      volumes:
  ` + paths.map((p, i) => `    - { name: v${i}, hostPath: { path: ${JSON.stringify(p)} } }\n`).join('');

testRule(rule, {
  valid: [
    {
      name: 'narrow common mounts, and sub-paths of exact-only entries',
      code: pod(['/etc/localtime', '/etc/ssl/certs', '/var/log', '/sys/fs/cgroup', '/dev/fuse', '/var/run/secrets-store', '/usr/share/zoneinfo', '/data', '/var/lib/kubelet/plugins_registry']),
    },
    {
      name: 'other volume types and a relative path (the schema reports those)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          volumes:
            - { name: a, emptyDir: {} }
            - { name: b, hostPath: { path: etc } }
            - { name: c, configMap: { name: cfg } }
      `,
    },
    {
      name: 'an allowed path',
      options: { allowedPaths: ['/proc/'] },
      code: pod(['/proc']),
    },
  ],
  invalid: [
    {
      name: 'the runtime socket, wherever it is',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: ci }
        spec:
          selector: { matchLabels: { app: ci } }
          template:
            metadata: { labels: { app: ci } }
            spec:
              containers: [{ name: runner, image: runner:1 }]
              volumes:
                - name: docker
                  hostPath:
                    path: /var/run/docker.sock
                    type: Socket
                - name: containerd
                  hostPath: { path: /run/containerd/containerd.sock }
                - name: custom
                  hostPath: { path: /opt/docker/docker.sock }
      `,
      errors: [
        {
          messageId: 'runtimeSocket',
          line: 13,
          column: 19,
          message: 'hostPath volume "docker" mounts the container runtime socket /var/run/docker.sock: it gives full control of every container of the node',
          path: 'spec.template.spec.volumes[0].hostPath.path',
        },
        { messageId: 'runtimeSocket', line: 16, column: 29 },
        { messageId: 'runtimeSocket', line: 18, column: 29 },
      ],
    },
    {
      name: 'system directories, normalised, with the most specific description',
      code: pod(['/', '/etc//', '/proc/1/root', '/var/lib/kubelet/pods', '/etc/kubernetes/pki/../admin.conf', '/root/.ssh', '/boot']),
      errors: [
        { messageId: 'sensitive', line: 7, column: 37, message: `hostPath volume "v0" mounts / from the node (the node's whole filesystem)` },
        { messageId: 'sensitive', line: 8, column: 37, message: `hostPath volume "v1" mounts /etc from the node (the node's configuration)` },
        { messageId: 'sensitive', line: 9, column: 37, message: `hostPath volume "v2" mounts /proc/1/root from the node (the node's processes and kernel settings)` },
        { messageId: 'sensitive', line: 10, column: 37, message: `hostPath volume "v3" mounts /var/lib/kubelet/pods from the node (every pod's volumes, secrets included)` },
        { messageId: 'sensitive', line: 11, column: 37, message: `hostPath volume "v4" mounts /etc/kubernetes/admin.conf from the node (the node's Kubernetes credentials)` },
        { messageId: 'sensitive', line: 12, column: 37 },
        { messageId: 'sensitive', line: 13, column: 37 },
      ],
    },
    {
      name: 'additional paths from the options',
      options: { additionalPaths: ['/opt/secrets'] },
      code: pod(['/opt/secrets/db', '/opt/public']),
      errors: [
        { messageId: 'sensitive', line: 7, column: 37, message: 'hostPath volume "v0" mounts /opt/secrets/db from the node (listed as sensitive in the configuration)' },
      ],
    },
  ],
});
