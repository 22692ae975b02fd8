import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-host-port-conflict';

const exporter = yaml`
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: { name: node-exporter, namespace: monitoring }
  spec:
    selector: { matchLabels: { app: node-exporter } }
    template:
      metadata: { labels: { app: node-exporter } }
      spec:
        hostNetwork: true
        containers:
          - name: exporter
            image: prom/node-exporter:v1.8.2
            ports:
              - containerPort: 9100
`;

testRule(rule, {
  valid: [
    {
      name: 'two Deployments with the same hostPort can run on different nodes',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: a }
        spec:
          selector: { matchLabels: { app: a } }
          template:
            metadata: { labels: { app: a } }
            spec:
              containers: [{ name: a, image: a:1, ports: [{ containerPort: 80, hostPort: 8080 }] }]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: b }
        spec:
          selector: { matchLabels: { app: b } }
          template:
            metadata: { labels: { app: b } }
            spec:
              containers: [{ name: b, image: b:1, ports: [{ containerPort: 80, hostPort: 8080 }] }]
      `,
    },
    {
      name: 'a DaemonSet with a nodeSelector and a Deployment may use different nodes',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: edge }
        spec:
          selector: { matchLabels: { app: edge } }
          template:
            metadata: { labels: { app: edge } }
            spec:
              nodeSelector: { role: edge }
              containers:
                - name: edge
                  image: edge:1
                  ports: [{ containerPort: 8443, hostPort: 443 }]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: web:1, ports: [{ containerPort: 8443, hostPort: 443 }] }]
      `,
    },
    {
      name: 'another protocol, or another host IP, than a DaemonSet on every node',
      context: exporter,
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: lb }
        spec:
          selector: { matchLabels: { app: lb } }
          template:
            metadata: { labels: { app: lb } }
            spec:
              containers:
                - name: lb
                  image: lb:1
                  ports: [{ containerPort: 80, hostPort: 80, hostIP: 10.0.0.1 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: p
              image: p:1
              ports:
                - { containerPort: 9100, hostPort: 9100, protocol: UDP }
                - { containerPort: 80, hostPort: 80, hostIP: 10.0.0.2 }
      `,
    },
    {
      name: 'a PodTemplate object runs nothing',
      context: exporter,
      code: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata: { name: t }
        template:
          spec:
            containers: [{ name: t, image: t:1, ports: [{ containerPort: 9100, hostPort: 9100 }] }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Deployment against a DaemonSet on every node (hostNetwork port)',
      context: exporter,
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: metrics }
        spec:
          selector: { matchLabels: { app: metrics } }
          template:
            metadata: { labels: { app: metrics } }
            spec:
              containers:
                - name: metrics
                  image: metrics:1
                  ports:
                    - containerPort: 9100
                      hostPort: 9100
      `,
      errors: [
        {
          messageId: 'withEveryNode',
          line: 14,
          column: 25,
          message: 'hostPort 9100/TCP is also taken by DaemonSet monitoring/node-exporter, which runs on every node: the two can never share a node',
          path: 'spec.template.spec.containers[0].ports[0].hostPort',
        },
      ],
    },
    {
      name: 'the DaemonSet side, with a Pod pinned elsewhere by IP overlap',
      code:
        exporter +
        yaml`
          ---
          apiVersion: v1
          kind: Pod
          metadata: { name: probe, namespace: monitoring }
          spec:
            containers:
              - { name: p, image: p:1, ports: [{ containerPort: 9100, hostPort: 9100, hostIP: 10.0.0.5 }] }
        `,
      errors: [
        {
          messageId: 'fromEveryNode',
          line: 14,
          column: 30,
          message: 'hostNetwork port 9100/TCP is also taken by Pod monitoring/probe, and this DaemonSet runs on every node: the two can never share a node',
          path: 'spec.template.spec.containers[0].ports[0].containerPort',
        },
        { messageId: 'withEveryNode', line: 21, column: 71 },
      ],
    },
    {
      name: 'twice in one pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - { name: a, image: a:1, ports: [{ containerPort: 80, hostPort: 80 }] }
            - { name: b, image: b:1, ports: [{ containerPort: 8080, hostPort: 80 }] }
      `,
      errors: [{ messageId: 'inPod', line: 7, column: 71, message: 'hostPort 80/TCP is taken twice in this pod (containers "a" and "b")' }],
    },
    {
      name: 'two Pods pinned to the same node',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: a }
        spec:
          nodeName: node-1
          containers: [{ name: a, image: a:1, ports: [{ containerPort: 53, hostPort: 53, protocol: UDP }] }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: b }
        spec:
          nodeName: node-1
          containers: [{ name: b, image: b:1, ports: [{ containerPort: 53, hostPort: 53, protocol: UDP }] }]
      `,
      errors: [
        { messageId: 'sameNode', line: 6, column: 78, message: 'hostPort 53/UDP is also taken by Pod default/b, pinned to the same node "node-1"' },
        { messageId: 'sameNode', line: 13, column: 78 },
      ],
    },
  ],
});
