import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-service-monitor';

/** A Service "api" in namespace shop (lines 1-10) with the given labels line and ports. */
const service = (labels: string, ports = '[ { name: http, port: 80 }, { name: metrics, port: 9090 } ]') => yaml`
  apiVersion: v1
  kind: Service
  metadata:
    name: api
    namespace: shop
    ${labels}
  spec:
    selector: { app: api }
    ports: ${ports}
`;

const deployment = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: worker, namespace: jobs }
  spec:
    selector: { matchLabels: { app: worker } }
    template:
      metadata: { labels: { app: worker, tier: batch } }
      spec:
        containers:
          - name: worker
            image: worker:3
            ports: [ { name: metrics, containerPort: 9102 } ]
`;

testRule(rule, {
  valid: [
    {
      name: 'a ServiceMonitor in its own namespace, on a named port',
      code: service('labels: { app: api }') + '---\n' + yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: { name: api, namespace: shop }
        spec:
          selector: { matchLabels: { app: api } }
          endpoints: [ { port: metrics }, { targetPort: 8080 } ]
      `,
    },
    {
      name: 'matchNames and any: true reach other namespaces; matchExpressions',
      code: service('labels: { app: api }') + '---\n' + yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: { name: api, namespace: monitoring }
        spec:
          namespaceSelector: { matchNames: [shop] }
          selector: { matchExpressions: [ { key: app, operator: In, values: [api, web] } ] }
          endpoints: [ { port: http } ]
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: { name: all-api, namespace: monitoring }
        spec:
          namespaceSelector: { any: true }
          selector: { matchLabels: { app: api } }
          endpoints: [ { port: metrics } ]
      `,
    },
    {
      name: 'a PodMonitor on a named container port',
      code: deployment + '---\n' + yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: { name: worker, namespace: jobs }
        spec:
          selector: { matchLabels: { tier: batch } }
          podMetricsEndpoints: [ { port: metrics }, { portNumber: 9102 } ]
      `,
    },
    {
      name: 'another API group with the same kind is not checked',
      code: yaml`
        apiVersion: example.com/v1
        kind: ServiceMonitor
        metadata: { name: x }
        spec: { selector: { matchLabels: { app: none } } }
      `,
    },
  ],
  invalid: [
    {
      name: 'the Service selects the pods but lacks the labels',
      code: service('annotations: {}') + '---\n' + yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: { name: api, namespace: shop }
        spec:
          selector:
            matchLabels: { app: api }
          endpoints: [ { port: metrics } ]
      `,
      errors: [
        {
          messageId: 'noService',
          line: 15,
          column: 3,
          message:
            'ServiceMonitor selector app=api matches no Service in namespace shop (Service api in namespace shop selects pods with these labels but does not carry them itself: a ServiceMonitor selects Services by their metadata.labels)',
        },
      ],
    },
    {
      name: 'the labelled Service is in a namespace the monitor does not look in',
      code: service('labels: { app: api }') + '---\n' + yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: { name: api, namespace: monitoring }
        spec:
          selector: { matchLabels: { app: api } }
      `,
      errors: [
        {
          messageId: 'noService',
          line: 15,
          column: 3,
          message: 'ServiceMonitor selector app=api matches no Service in namespace monitoring (Service api matches, in namespace shop: add it to spec.namespaceSelector.matchNames)',
        },
      ],
    },
    {
      name: 'an endpoint port name the Service does not have; unnamed ports',
      code:
        service('labels: { app: api }') + '---\n' + yaml`
          apiVersion: monitoring.coreos.com/v1
          kind: ServiceMonitor
          metadata: { name: api, namespace: shop }
          spec:
            selector: { matchLabels: { app: api } }
            endpoints:
              - port: metrics
              - port: prometheus
        ` + '---\n' + yaml`
          apiVersion: v1
          kind: Service
          metadata: { name: db, namespace: shop, labels: { app: db } }
          spec:
            selector: { app: db }
            ports: [ { port: 5432 } ]
          ---
          apiVersion: monitoring.coreos.com/v1
          kind: ServiceMonitor
          metadata: { name: db, namespace: shop }
          spec:
            selector: { matchLabels: { app: db } }
            endpoints: [ { port: metrics } ]
        `,
      errors: [
        { messageId: 'unknownPort', line: 18, column: 13, message: 'endpoint port "prometheus" is not the name of a port of the Service api it selects (http, metrics)' },
        { messageId: 'unknownPort', line: 32, column: 24, message: 'endpoint port "metrics" is not the name of a port of the Service db it selects (none is named)' },
      ],
    },
    {
      name: 'a PodMonitor selecting no pod template, and one on a port name the containers lack',
      code: deployment + '---\n' + yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: { name: worker, namespace: jobs }
        spec:
          selector: { matchLabels: { app: workers } }
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: { name: worker-http, namespace: jobs }
        spec:
          selector: { matchLabels: { app: worker } }
          podMetricsEndpoints: [ { port: http } ]
      `,
      errors: [
        { messageId: 'noPod', line: 18, column: 3, message: 'PodMonitor selector app=workers matches no pod template in namespace jobs (closest: Deployment worker with app=worker,tier=batch)' },
        { messageId: 'unknownPort', line: 25, column: 34, message: 'podMetricsEndpoint port "http" is not the name of a port of the pods of Deployment worker it selects (metrics)' },
      ],
    },
  ],
});
