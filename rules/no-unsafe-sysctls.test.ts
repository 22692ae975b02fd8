import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-unsafe-sysctls';

const pod = (sysctls: string, extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: { name: p }
  spec:${extra}
    securityContext:
      sysctls: ${sysctls}
    containers: [{ name: app, image: app:1 }]
`;

testRule(rule, {
  valid: [
    {
      name: 'the safe set, dots and slashes',
      code: pod(
        '[{ name: kernel.shm_rmid_forced, value: "1" }, { name: net.ipv4.ip_local_port_range, value: "1024 65000" }, ' +
          '{ name: net/ipv4/ip_unprivileged_port_start, value: "0" }, { name: net.ipv4.tcp_keepalive_probes, value: "5" }]',
      ),
    },
    {
      name: 'allowed by option, by name and by prefix',
      options: { allowed: ['net.core.somaxconn', 'kernel.msg*'] },
      code: pod('[{ name: net.core.somaxconn, value: "4096" }, { name: kernel.msgmax, value: "65536" }]'),
    },
    {
      name: 'safe since 1.29, target 1.29',
      kubernetesVersion: '1.29',
      code: pod('[{ name: net.ipv4.tcp_fin_timeout, value: "30" }]'),
    },
  ],
  invalid: [
    {
      name: 'namespaced but unsafe',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              securityContext:
                sysctls:
                  - name: net.core.somaxconn
                    value: "4096"
                  - name: kernel/sem
                    value: "250 32000 100 128"
              containers: [{ name: web, image: nginx:1.27 }]
      `,
      errors: [
        {
          messageId: 'unsafe',
          line: 11,
          column: 19,
          message:
            'sysctl "net.core.somaxconn" is not in the safe set: the kubelet rejects the pod unless the node allows it with --allowed-unsafe-sysctls',
          path: 'spec.template.spec.securityContext.sysctls[0].name',
        },
        { messageId: 'unsafe', line: 13, column: 19 },
      ],
    },
    {
      name: 'not namespaced: reported even when allowed',
      options: { allowed: ['vm.*'] },
      code: pod('[{ name: vm.max_map_count, value: "262144" }]'),
      errors: [
        {
          messageId: 'notNamespaced',
          line: 6,
          column: 23,
          message: 'sysctl "vm.max_map_count" is not namespaced: it would change the whole node, and the kubelet rejects the pod',
        },
      ],
    },
    {
      name: 'a network sysctl, even a safe one, on the host network',
      code: pod('[{ name: net.ipv4.tcp_syncookies, value: "1" }]', '\n    hostNetwork: true'),
      errors: [
        {
          messageId: 'hostNamespace',
          line: 7,
          column: 23,
          message: 'sysctl "net.ipv4.tcp_syncookies" on a pod with hostNetwork: true would change the node itself: the kubelet rejects the pod',
        },
      ],
    },
    {
      name: 'safe only in a newer version than the target',
      kubernetesVersion: '1.28',
      code: pod('[{ name: net.ipv4.tcp_keepalive_time, value: "600" }]'),
      errors: [
        {
          messageId: 'notYetSafe',
          line: 6,
          column: 23,
          message: 'sysctl "net.ipv4.tcp_keepalive_time" is safe only from Kubernetes 1.29 (target 1.28): older kubelets reject the pod',
        },
      ],
    },
  ],
});
