import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-labels';

testRule(rule, {
  valid: [
    {
      name: 'prefixed and plain keys, empty and dotted values, selectors of every shape',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: { app.kubernetes.io/name: web, tier: "", version: v1.2.3_rc-1 }
          annotations:
            kubernetes.io/change-cause: "rolled out with: kubectl apply / v1 (not a label value!)"
        spec:
          selector:
            matchLabels: { app.kubernetes.io/name: web }
            matchExpressions:
              - { key: tier, operator: In, values: ["", frontend] }
              - { key: canary, operator: DoesNotExist }
          template:
            metadata:
              labels: { app.kubernetes.io/name: web, tier: "" }
            spec:
              nodeSelector: { kubernetes.io/os: linux }
              topologySpreadConstraints:
                - maxSkew: 1
                  topologyKey: topology.kubernetes.io/zone
                  whenUnsatisfiable: ScheduleAnyway
                  labelSelector: { matchLabels: { app.kubernetes.io/name: web } }
              containers: [{ name: web, image: nginx:1.27 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app.kubernetes.io/name: web }
          ports: [{ port: 80 }]
      `,
    },
    {
      name: 'annotation keys are checked lowercased (an uppercase prefix is fine there); limits met exactly',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: limits
          labels:
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
            bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc/k: ""
          annotations:
            Example.COM/Owner: "Team A <a@example.com>"
      `,
    },
  ],
  invalid: [
    {
      name: 'an uppercase prefix is invalid in a label key, and a 64-character value or name part is too long',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: limits
          labels:
            Example.COM/Owner: a
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: v
            ok: vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
            bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccd/k: v
      `,
      errors: [
        { messageId: 'invalidKey', line: 6, column: 5, message: 'label key "Example.COM/Owner" is invalid: prefix part must be a lowercase DNS subdomain (e.g. example.com)' },
        { messageId: 'invalidKey', line: 7, column: 5 },
        { messageId: 'invalidValue', line: 8, column: 9 },
        { messageId: 'invalidKey', line: 9, column: 5, message: 'label key "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccd/k" is invalid: prefix part must be no more than 253 characters' },
      ],
    },
    {
      name: 'invalid label keys and values in metadata',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web
          labels:
            app_name!: web
            example.com/team/a: shop
            Example.com/team: shop
            version: "1.0 beta"
            owner: "-alice"
      `,
      errors: [
        {
          messageId: 'invalidKey',
          line: 6,
          column: 5,
          message:
            'label key "app_name!" is invalid: name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character',
          path: 'metadata.labels["app_name!"]',
        },
        { messageId: 'invalidKey', line: 7, column: 5 },
        { messageId: 'invalidKey', line: 8, column: 5, message: 'label key "Example.com/team" is invalid: prefix part must be a lowercase DNS subdomain (e.g. example.com)' },
        {
          messageId: 'invalidValue',
          line: 9,
          column: 14,
          message:
            'label value "1.0 beta" of "version" is invalid: must be empty or consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character',
        },
        { messageId: 'invalidValue', line: 10, column: 12 },
      ],
    },
    {
      name: 'a label value over 63 characters in a pod template; an invalid annotation key',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
          annotations: { "team owner": shop }
        spec:
          schedule: '0 * * * *'
          jobTemplate:
            metadata:
              labels: { job: "${'x'.repeat(64)}" }
            spec:
              template:
                metadata:
                  labels: { "app/": report }
                spec:
                  restartPolicy: Never
                  containers: [{ name: run, image: busybox:1.36 }]
      `,
      errors: [
        { messageId: 'invalidKey', line: 5, column: 18, message: 'annotation key "team owner" is invalid: name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character' },
        { messageId: 'invalidValue', line: 10, column: 22, message: `label value "${'x'.repeat(64)}" of "job" is invalid: must be no more than 63 characters` },
        { messageId: 'invalidKey', line: 14, column: 21, message: 'label key "app/" is invalid: name part must be non-empty' },
      ],
    },
    {
      name: 'selectors: matchLabels, matchExpressions operators and values, Service selector, nodeSelector, affinity',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector:
            matchLabels: { app: web }
            matchExpressions:
              - { key: tier, operator: In, values: [] }
              - { key: canary, operator: Exists, values: ["yes"] }
              - { key: track, operator: Equals, values: [stable] }
              - { key: zone, operator: NotIn, values: ["eu west"] }
          template:
            metadata: { labels: { app: web } }
            spec:
              nodeSelector: { "disk type": ssd }
              affinity:
                podAntiAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                    - weight: 100
                      podAffinityTerm:
                        topologyKey: kubernetes.io/hostname
                        labelSelector: { matchLabels: { app: "web app" } }
              containers: [{ name: web, image: nginx:1.27 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { "app:": web }
      `,
      errors: [
        { messageId: 'valuesRequired', line: 8, column: 36, message: 'operator In needs at least one value' },
        { messageId: 'valuesForbidden', line: 9, column: 42, message: 'operator Exists takes no values' },
        { messageId: 'invalidOperator', line: 10, column: 33, message: 'operator "Equals" is not one of In, NotIn, Exists, DoesNotExist' },
        { messageId: 'invalidValue', line: 11, column: 48, message: 'selector value "eu west" of "zone" is invalid: must be empty or consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character' },
        { messageId: 'invalidKey', line: 15, column: 23 },
        { messageId: 'invalidValue', line: 22, column: 54 },
        { messageId: 'invalidKey', line: 29, column: 15, message: 'selector key "app:" is invalid: name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character' },
      ],
    },
    {
      name: 'NetworkPolicy peer selectors and a PodDisruptionBudget selector',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: np }
        spec:
          podSelector: { matchLabels: { app: db } }
          ingress:
            - from:
                - namespaceSelector: { matchLabels: { team/: shop } }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: pdb }
        spec:
          minAvailable: 1
          selector: { matchLabels: { app: "db!" } }
      `,
      errors: [
        { messageId: 'invalidKey', line: 8, column: 47 },
        { messageId: 'invalidValue', line: 15, column: 35 },
      ],
    },
    {
      name: 'annotations over 256 KiB in total',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: big
          annotations:
            a: "${'a'.repeat(140000)}"
            b: "${'é'.repeat(70000)}"
      `,
      errors: [{ messageId: 'annotationsTooLarge', line: 5, column: 3, message: 'annotations take 280002 bytes in total, more than the limit of 262144 (256 KiB)' }],
    },
  ],
});
