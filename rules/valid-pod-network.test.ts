import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-pod-network';

testRule(rule, {
  valid: [
    {
      name: 'dnsPolicy None with nameservers, a host-network pod with ClusterFirstWithHostNet or Default and matching ports',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: custom-dns }
        spec:
          dnsPolicy: None
          dnsConfig:
            nameservers: [10.0.0.10, 10.0.0.11, 10.0.0.12]
            searches: [svc.cluster.local, example.com.]
            options: [{ name: ndots, value: "2" }, { name: edns0 }]
          containers: [{ name: app, image: app:1 }]
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: ingress }
        spec:
          selector: { matchLabels: { app: ingress } }
          template:
            metadata: { labels: { app: ingress } }
            spec:
              hostNetwork: true
              dnsPolicy: ClusterFirstWithHostNet
              containers:
                - name: controller
                  image: ingress:1
                  ports: [{ containerPort: 80, hostPort: 80 }, { containerPort: 443 }]
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: node-exporter }
        spec:
          selector: { matchLabels: { app: node-exporter } }
          template:
            metadata: { labels: { app: node-exporter } }
            spec:
              hostNetwork: true
              dnsPolicy: Default
              containers: [{ name: exporter, image: node-exporter:1, ports: [{ containerPort: 9100 }] }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: not-on-host }
        spec:
          dnsConfig: { options: [{ name: ndots, value: "1" }] }
          containers: [{ name: app, image: app:1, ports: [{ containerPort: 8080, hostPort: 80 }] }]
      `,
    },
  ],
  invalid: [
    {
      name: 'dnsPolicy None without a dnsConfig, or without nameservers',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: a }
        spec:
          dnsPolicy: None
          containers: [{ name: app, image: app:1 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: b }
        spec:
          dnsPolicy: None
          dnsConfig:
            searches: [example.com]
          containers: [{ name: app, image: app:1 }]
      `,
      errors: [
        { messageId: 'noNameserver', line: 5, column: 14, message: 'dnsPolicy None needs at least one nameserver in dnsConfig: the pod would have no DNS server' },
        { messageId: 'noNameserver', line: 13, column: 3 },
      ],
    },
    {
      name: 'too many nameservers, one that is a name, too many search domains, an option without a name',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          dnsConfig:
            nameservers: [1.1.1.1, 8.8.8.8, dns.google, "fd00::10"]
            searches: [a1.example.com, a2.example.com, a3.example.com, a4.example.com, a5.example.com, a6.example.com, a7.example.com, a8.example.com, a9.example.com, a10.example.com, a11.example.com, a12.example.com, a13.example.com, a14.example.com, a15.example.com, a16.example.com, a17.example.com, a18.example.com, a19.example.com, a20.example.com, a21.example.com, a22.example.com, a23.example.com, a24.example.com, a25.example.com, a26.example.com, a27.example.com, a28.example.com, a29.example.com, a30.example.com, a31.example.com, a32.example.com, a33.example.com]
            options: [{ value: "2" }]
          containers: [{ name: app, image: app:1 }]
      `,
      errors: [
        { messageId: 'tooManyNameservers', line: 6, column: 5, message: 'dnsConfig has 4 nameservers, more than the 3 a resolver uses' },
        { messageId: 'nameserverNotIp', line: 6, column: 37, message: 'dnsConfig nameserver "dns.google" is not an IP address (a resolver needs an address, not a name)' },
        { messageId: 'tooManySearches', line: 7, column: 5, message: 'dnsConfig has 33 search domains, more than 32' },
        { messageId: 'unnamedOption', line: 8, column: 15, message: 'dnsConfig option has no name' },
      ],
    },
    {
      name: 'search domains longer than 2048 characters in all',
      code: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  dnsConfig:
    searches: [${Array.from({ length: 9 }, (_, i) => `d${i}.${'x'.repeat(220)}.example.com`).join(', ')}]
  containers: [{ name: app, image: app:1 }]
`,
      errors: [{ messageId: 'searchTooLong', line: 6, column: 5, message: 'dnsConfig search domains have 2123 characters in all, more than 2048' }],
    },
    {
      name: 'a host-network pod: a hostPort other than its containerPort, and the default dnsPolicy',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              hostNetwork: true
              containers:
                - name: agent
                  image: agent:1
                  ports: [{ containerPort: 8080, hostPort: 80 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          hostNetwork: true
          dnsPolicy: ClusterFirst
          containers: [{ name: app, image: app:1 }]
      `,
      errors: [
        {
          messageId: 'clusterFirstOnHost',
          line: 9,
          column: 20,
          message: "the pod uses the host network with dnsPolicy ClusterFirst, so it gets the node's DNS resolver: Service names do not resolve from it",
          severity: 'info',
        },
        {
          messageId: 'hostPortMismatch',
          line: 13,
          column: 52,
          message:
            'hostPort 80 differs from containerPort 8080 of container "agent": on the host network the container listens on the node\'s port itself, so they must match',
        },
        { messageId: 'clusterFirstOnHost', line: 20, column: 14, severity: 'info' },
      ],
    },
  ],
});
