import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-scheduling-constraints';

testRule(rule, {
  valid: [
    {
      name: 'near misses: Exists without value, an empty key with Exists, NoExecute with tolerationSeconds, spreads on two keys, Gt "5", In with values',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web, pod-template-hash: abc } }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
              tolerations:
                - { key: dedicated, operator: Exists, effect: NoSchedule }
                - operator: Exists
                - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30 }
                - { key: dedicated, operator: Equal, value: gpu, effect: NoSchedule }
                - { key: team, value: "" }
                - { key: example.com/tier, value: gold }
              topologySpreadConstraints:
                - maxSkew: 1
                  topologyKey: topology.kubernetes.io/zone
                  whenUnsatisfiable: DoNotSchedule
                  minDomains: 3
                  labelSelector: { matchLabels: { app: web } }
                  matchLabelKeys: [pod-template-hash]
                  nodeAffinityPolicy: Honor
                - maxSkew: 1
                  topologyKey: kubernetes.io/hostname
                  whenUnsatisfiable: DoNotSchedule
                  labelSelector: { matchLabels: { app: web } }
                - maxSkew: 2
                  topologyKey: kubernetes.io/hostname
                  whenUnsatisfiable: ScheduleAnyway
                  labelSelector: { matchLabels: { app: web } }
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                      - matchExpressions:
                          - { key: disktype, operator: In, values: [ssd] }
                          - { key: example.com/cores, operator: Gt, values: ["5"] }
                          - { key: memory-gb, operator: Lt, values: ["-12"] }
                          - { key: spot, operator: DoesNotExist }
                      - matchFields:
                          - { key: metadata.name, operator: In, values: [node-1.example.com] }
                  preferredDuringSchedulingIgnoredDuringExecution:
                    - weight: 1
                      preference:
                        matchExpressions: [{ key: zone, operator: NotIn, values: [a, b] }]
                    - weight: 100
                      preference:
                        matchExpressions: [{ key: gpu, operator: Exists }]
                podAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    - topologyKey: topology.kubernetes.io/zone
                      labelSelector: { matchLabels: { app: cache } }
                      namespaces: [cache, default]
                podAntiAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                    - weight: 100
                      podAffinityTerm:
                        topologyKey: kubernetes.io/hostname
                        labelSelector: { matchLabels: { app: web } }
                        matchLabelKeys: [pod-template-hash]
                        mismatchLabelKeys: [tenant]
      `,
    },
    {
      name: 'a pod without scheduling constraints, and empty lists',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          tolerations: []
          topologySpreadConstraints: []
          affinity: {}
      `,
    },
    {
      name: 'label selector syntax (In without values) is valid-labels\' finding, and a selector missing the own pods is not an API error',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p, labels: { app: p } }
        spec:
          containers: [{ name: app, image: app:1 }]
          topologySpreadConstraints:
            - maxSkew: 1
              topologyKey: kubernetes.io/hostname
              whenUnsatisfiable: DoNotSchedule
              labelSelector: { matchExpressions: [{ key: app, operator: In }] }
          affinity:
            podAntiAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                - topologyKey: kubernetes.io/hostname
                  labelSelector: { matchExpressions: [{ key: other, operator: Exists, values: [x] }] }
      `,
    },
    {
      name: 'values of the wrong type are schema findings, not this rule\'s',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          tolerations:
            - { key: dedicated, operator: Exists, value: 5 }
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                  - matchExpressions: [{ key: disktype, operator: In, values: ssd }]
      `,
    },
    {
      name: 'toleration operators Gt and Lt (Kubernetes 1.35+) are not checked',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          tolerations:
            - { key: example.com/sla, operator: Gt, value: "900", effect: NoSchedule }
      `,
      kubernetesVersion: '1.36',
    },
    {
      name: 'from 1.34 a matchLabelKeys entry that is also in the labelSelector is not reported (the API server merges them)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p, labels: { app: p } }
        spec:
          containers: [{ name: app, image: app:1 }]
          topologySpreadConstraints:
            - maxSkew: 1
              topologyKey: kubernetes.io/hostname
              whenUnsatisfiable: DoNotSchedule
              labelSelector: { matchLabels: { app: p } }
              matchLabelKeys: [app]
      `,
      kubernetesVersion: '1.34',
    },
    {
      name: 'before 1.31 the API server drops matchLabelKeys and mismatchLabelKeys of pod affinity terms',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          affinity:
            podAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                - topologyKey: kubernetes.io/hostname
                  matchLabelKeys: [app]
                  mismatchLabelKeys: [app]
      `,
      kubernetesVersion: '1.30',
    },
  ],
  invalid: [
    {
      name: 'tolerations: Exists with a value, an empty key without Exists, tolerationSeconds without NoExecute, bad key and value',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              containers: [{ name: agent, image: agent:1 }]
              tolerations:
                - key: dedicated
                  operator: Exists
                  value: gpu
                - operator: Equal
                - effect: NoSchedule
                - key: node.kubernetes.io/not-ready
                  effect: NoSchedule
                  tolerationSeconds: 300
                - key: node.kubernetes.io/unreachable
                  operator: Exists
                  tolerationSeconds: 300
                - key: "gpu type"
                  operator: Exists
                - key: team
                  value: "a b"
      `,
      errors: [
        {
          messageId: 'existsWithValue',
          line: 13,
          column: 18,
          message: 'value must be empty when `operator` is \'Exists\' (it is "gpu"): remove the value, or use operator Equal to match it',
          path: 'spec.template.spec.tolerations[0].value',
        },
        {
          messageId: 'emptyKeyNotExists',
          line: 14,
          column: 21,
          message: 'operator must be Exists when `key` is empty (operator is Equal): set the taint key, or use operator Exists to tolerate every taint',
        },
        {
          messageId: 'emptyKeyNotExists',
          line: 15,
          column: 11,
          message: 'operator must be Exists when `key` is empty (operator is unset (Equal)): set the taint key, or use operator Exists to tolerate every taint',
          path: 'spec.template.spec.tolerations[2]',
        },
        {
          messageId: 'secondsWithoutNoExecute',
          line: 17,
          column: 19,
          message: "effect must be 'NoExecute' when `tolerationSeconds` is set (effect is NoSchedule): set effect NoExecute, or remove tolerationSeconds",
        },
        {
          messageId: 'secondsWithoutNoExecute',
          line: 21,
          column: 11,
          message: "effect must be 'NoExecute' when `tolerationSeconds` is set (effect is unset): set effect NoExecute, or remove tolerationSeconds",
          path: 'spec.template.spec.tolerations[4].tolerationSeconds',
        },
        {
          messageId: 'invalidKey',
          line: 22,
          column: 16,
          message:
            'toleration key "gpu type" is not a valid label key: name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character',
        },
        {
          messageId: 'invalidTolerationValue',
          line: 25,
          column: 18,
          message:
            'toleration value "a b" is not a valid label value: must be empty or consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character',
        },
      ],
    },
    {
      name: 'topology spread: maxSkew 0, minDomains 0 with ScheduleAnyway, a repeated key and action, an empty key',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
              topologySpreadConstraints:
                - maxSkew: 0
                  topologyKey: topology.kubernetes.io/zone
                  whenUnsatisfiable: ScheduleAnyway
                  minDomains: 0
                  labelSelector: { matchLabels: { app: web } }
                - maxSkew: 1
                  topologyKey: kubernetes.io/hostname
                  whenUnsatisfiable: DoNotSchedule
                  labelSelector: { matchLabels: { app: web } }
                - maxSkew: 2
                  topologyKey: topology.kubernetes.io/zone
                  whenUnsatisfiable: ScheduleAnyway
                  labelSelector: { matchLabels: { app: web } }
                - maxSkew: -1
                  topologyKey: ""
                  whenUnsatisfiable: DoNotSchedule
                  labelSelector: { matchLabels: { app: web } }
      `,
      errors: [
        { messageId: 'notPositive', line: 11, column: 20, message: 'maxSkew must be greater than zero, not 0' },
        { messageId: 'notPositive', line: 14, column: 23, message: 'minDomains must be greater than zero, not 0' },
        {
          messageId: 'minDomainsNeedsDoNotSchedule',
          line: 14,
          column: 23,
          message: 'minDomains can only be used with whenUnsatisfiable DoNotSchedule, not ScheduleAnyway: remove minDomains, or use DoNotSchedule',
        },
        {
          messageId: 'duplicateSpread',
          line: 21,
          column: 24,
          message:
            'Duplicate value: topologySpreadConstraints[0] already spreads over topologyKey "topology.kubernetes.io/zone" with whenUnsatisfiable ScheduleAnyway: merge the two constraints, or remove one',
          path: 'spec.template.spec.topologySpreadConstraints[2].topologyKey',
        },
        { messageId: 'notPositive', line: 24, column: 20, message: 'maxSkew must be greater than zero, not -1' },
        {
          messageId: 'emptyTopologyKey',
          line: 25,
          column: 24,
          message: 'topologyKey can not be empty: use a node label such as kubernetes.io/hostname or topology.kubernetes.io/zone',
        },
      ],
    },
    {
      name: 'topology spread matchLabelKeys: without a labelSelector, an invalid key, a key also in the labelSelector (up to 1.33)',
      kubernetesVersion: '1.33',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p, labels: { app: p, version: v1 } }
        spec:
          containers: [{ name: app, image: app:1 }]
          topologySpreadConstraints:
            - maxSkew: 1
              topologyKey: kubernetes.io/hostname
              whenUnsatisfiable: DoNotSchedule
              matchLabelKeys: [version]
            - maxSkew: 1
              topologyKey: topology.kubernetes.io/zone
              whenUnsatisfiable: DoNotSchedule
              labelSelector:
                matchLabels: { app: p }
                matchExpressions: [{ key: tier, operator: Exists }]
              matchLabelKeys: [version, "bad key", app, tier]
      `,
      errors: [
        {
          messageId: 'keysWithoutSelector',
          line: 10,
          column: 7,
          message: 'matchLabelKeys must not be specified when labelSelector is not set: add a labelSelector, or remove matchLabelKeys',
        },
        { messageId: 'invalidKey', line: 17, column: 33 },
        {
          messageId: 'keyInSelector',
          line: 17,
          column: 44,
          message: 'matchLabelKeys entry "app" exists in both matchLabelKeys and labelSelector: keep it in one of them',
        },
        { messageId: 'keyInSelector', line: 17, column: 49 },
      ],
    },
    {
      name: 'required node affinity: In/NotIn without values, Exists/DoesNotExist with values, Gt/Lt without one integer, a bad key',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                      - matchExpressions:
                          - key: disktype
                            operator: In
                          - key: zone
                            operator: NotIn
                            values: []
                          - key: gpu
                            operator: Exists
                            values: ["true"]
                          - key: cores
                            operator: Gt
                            values: ["4", "8"]
                          - key: memory
                            operator: Lt
                            values: ["64Gi"]
                          - key: example.com/
                            operator: DoesNotExist
      `,
      errors: [
        {
          messageId: 'valuesRequired',
          line: 16,
          column: 31,
          message: "values must be specified when `operator` is 'In' or 'NotIn': list the node label values to match, or use operator Exists",
          path: 'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator',
        },
        { messageId: 'valuesRequired', line: 19, column: 21 },
        {
          messageId: 'valuesForbidden',
          line: 22,
          column: 21,
          message: "values may not be specified when `operator` is 'Exists' or 'DoesNotExist': remove values",
        },
        {
          messageId: 'singleValue',
          line: 25,
          column: 21,
          message: 'operator Gt takes exactly one value (an integer to compare the node label with), not 2',
        },
        {
          messageId: 'notInteger',
          line: 28,
          column: 30,
          severity: 'warning',
          message:
            'operator Lt compares the node label with an integer, but "64Gi" is not one: the API server accepts it, and the scheduler then matches no node with this term',
        },
        {
          messageId: 'invalidKey',
          line: 29,
          column: 26,
          message: 'node selector key "example.com/" is not a valid label key: name part must be non-empty',
        },
      ],
    },
    {
      name: 'matchFields: another key, another operator, several names, an invalid node name; an empty nodeSelectorTerms list',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                  - matchFields:
                      - { key: metadata.labels, operator: In, values: [a] }
                      - { key: metadata.name, operator: Exists }
                      - { key: metadata.name, operator: NotIn, values: [node-1, node-2] }
                      - { key: metadata.name, operator: In, values: [Node_1] }
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { name: j }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: app, image: app:1 }]
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms: []
      `,
      errors: [
        {
          messageId: 'fieldKey',
          line: 11,
          column: 24,
          message: 'matchFields key "metadata.labels" is not a valid field selector key: the only node field is metadata.name (use matchExpressions for node labels)',
        },
        {
          messageId: 'fieldOperator',
          line: 12,
          column: 49,
          message: 'matchFields operator Exists is not a valid selector operator: matchFields supports only In and NotIn, with one node name',
        },
        {
          messageId: 'fieldValues',
          line: 13,
          column: 56,
          message: 'matchFields with operator NotIn takes exactly one node name, not 2: use one node selector term per node',
        },
        {
          messageId: 'invalidNodeName',
          line: 14,
          column: 62,
          message:
            'matchFields value "Node_1" is not a valid node name: must be a DNS-1123 subdomain: lowercase alphanumeric characters, \'-\' or \'.\', starting and ending with an alphanumeric character',
        },
        {
          messageId: 'noTerms',
          line: 27,
          column: 13,
          message: 'nodeSelectorTerms must have at least one node selector term: add a term, or remove requiredDuringSchedulingIgnoredDuringExecution',
        },
      ],
    },
    {
      name: 'weights outside 1-100, preferred node terms checked like required ones',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          affinity:
            nodeAffinity:
              preferredDuringSchedulingIgnoredDuringExecution:
                - weight: 0
                  preference:
                    matchExpressions: [{ key: zone, operator: In, values: [] }]
            podAffinity:
              preferredDuringSchedulingIgnoredDuringExecution:
                - weight: 101
                  podAffinityTerm:
                    topologyKey: kubernetes.io/hostname
                    labelSelector: { matchLabels: { app: cache } }
      `,
      errors: [
        { messageId: 'weightRange', line: 9, column: 19, message: 'weight must be in the range 1-100, not 0' },
        { messageId: 'valuesRequired', line: 11, column: 59 },
        { messageId: 'weightRange', line: 14, column: 19, message: 'weight must be in the range 1-100, not 101' },
      ],
    },
    {
      name: 'pod (anti-)affinity terms: empty or invalid topologyKey, invalid namespace, match/mismatch label keys',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              containers: [{ name: db, image: db:1 }]
              affinity:
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    - topologyKey: ""
                      labelSelector: { matchLabels: { app: db } }
                      namespaces: [Production]
                    - topologyKey: kubernetes.io/hostname
                      matchLabelKeys: [app]
                podAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                    - weight: 50
                      podAffinityTerm:
                        topologyKey: "zone name"
                        labelSelector: { matchLabels: { app: cache } }
                        matchLabelKeys: [tenant, "-x"]
                        mismatchLabelKeys: [tenant]
      `,
      errors: [
        { messageId: 'invalidKey', line: 23, column: 30 },
        {
          messageId: 'invalidKey',
          line: 25,
          column: 42,
          message:
            'matchLabelKeys entry "-x" is not a valid label key: name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character',
        },
        {
          messageId: 'keyInBoth',
          line: 25,
          column: 34,
          message: 'matchLabelKeys entry "tenant" exists in both matchLabelKeys and mismatchLabelKeys: keep it in one of them',
        },
        {
          messageId: 'emptyTopologyKey',
          line: 14,
          column: 28,
          message: 'topologyKey can not be empty: use a node label such as kubernetes.io/hostname or topology.kubernetes.io/zone',
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey',
        },
        {
          messageId: 'invalidNamespace',
          line: 16,
          column: 28,
          message:
            'namespaces entry "Production" is not a valid namespace name: must be a DNS-1123 label: lowercase alphanumeric characters or \'-\', starting and ending with an alphanumeric character',
        },
        {
          messageId: 'keysWithoutSelector',
          line: 18,
          column: 15,
          message: 'matchLabelKeys must not be specified when labelSelector is not set: add a labelSelector, or remove matchLabelKeys',
        },
      ],
    },
    {
      name: "a CronJob's pod template, at its own path",
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{ name: report, image: report:1 }]
                  tolerations:
                    - { operator: Exists, effect: NoExecute, tolerationSeconds: 60 }
                    - { key: spot, operator: Exists, value: "true" }
      `,
      errors: [
        {
          messageId: 'existsWithValue',
          line: 14,
          column: 53,
          path: 'spec.jobTemplate.spec.template.spec.tolerations[1].value',
        },
      ],
    },
  ],
});
