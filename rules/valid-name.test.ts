import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-name';

testRule(rule, {
  valid: [
    {
      name: 'valid names for each naming scheme',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: app.config-1, namespace: shop }
        ---
        apiVersion: v1
        kind: Namespace
        metadata: { name: shop }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          ports:
            - { name: http, port: 80 }
            - { name: https, port: 443 }
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: "system:controller:Web-Reader" }
        ---
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: widgets.example.com }
        spec:
          group: example.com
          names: { plural: widgets, kind: Widget }
          scope: Namespaced
          versions: [{ name: v1, served: true, storage: true }]
        ---
        apiVersion: apiregistration.k8s.io/v1
        kind: APIService
        metadata: { name: v1beta1.metrics.k8s.io }
        spec: { group: metrics.k8s.io, version: v1beta1, groupPriorityMinimum: 100, versionPriority: 100 }
      `,
    },
    {
      name: 'configuration files (component config, audit policy, kustomization, kubeconfig) have no name',
      code: yaml`
        apiVersion: apiserver.config.k8s.io/v1
        kind: AdmissionConfiguration
        plugins: []
        ---
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules: [{ level: Metadata }]
        ---
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources: [deployment.yaml]
        ---
        apiVersion: v1
        kind: Config
        clusters: []
      `,
    },
    {
      name: 'generateName prefixes may end with "-"; a single-port Service needs no port name',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { generateName: db-migrate- }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: busybox:1.36
                  ports: [{ name: metrics, containerPort: 9090 }, { name: http, containerPort: 80 }]
              volumes: [{ name: scratch, emptyDir: {} }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: single }
        spec:
          ports: [{ port: 80 }]
      `,
    },
    {
      name: 'name rules per kind: subdomains with dots, Namespaces starting with a digit, any CertificateSigningRequest name',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: app.config-v2 }
        ---
        apiVersion: v1
        kind: Namespace
        metadata: { name: 1team }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: web.pod-1 }
        spec: { containers: [{ name: c, image: nginx:1.27 }] }
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: "system:Controller:Foo" }
        ---
        apiVersion: certificates.k8s.io/v1
        kind: CertificateSigningRequest
        metadata: { name: "node-csr-Ab_Cd:01" }
        spec: { request: "", signerName: kubernetes.io/kubelet-serving, usages: [server auth] }
      `,
    },
  ],
  invalid: [
    {
      name: 'generateName is validated even beside a name; a Service name is a DNS-1035 label',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: ok, generateName: Bad_ }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: web.svc }
        ---
        apiVersion: v1
        kind: Service
        metadata: { generateName: 1svc- }
      `,
      errors: [
        { messageId: 'invalidName', line: 3, column: 37 },
        { messageId: 'invalidName', line: 7, column: 19 },
        { messageId: 'invalidName', line: 11, column: 27 },
      ],
    },
    {
      name: 'a CustomResourceDefinition plural that is not lowercase',
      code: yaml`
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: selfierequests.stable.example.com }
        spec:
          group: stable.example.com
          names: { plural: SelfieRequests, kind: SelfieRequest }
          scope: Namespaced
          versions: [{ name: v1, served: true, storage: true }]
      `,
      errors: [
        {
          messageId: 'crdPlural',
          line: 6,
          column: 20,
          message:
            'spec.names.plural "SelfieRequests" is invalid: must be a DNS-1035 label: lowercase alphanumeric characters or \'-\', starting with a letter and ending with an alphanumeric character',
        },
      ],
    },
    {
      name: 'a name with uppercase and underscore, with a suggestion',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: Web_-App
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
      `,
      errors: [
        {
          messageId: 'invalidName',
          line: 4,
          column: 9,
          message:
            'name "Web_-App" is invalid: must be a DNS-1123 subdomain: lowercase alphanumeric characters, \'-\' or \'.\', starting and ending with an alphanumeric character; try "web-app"',
          path: 'metadata.name',
        },
      ],
    },
    {
      name: 'no name and no generateName',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          labels: { app: web }
        data: { a: b }
      `,
      errors: [{ messageId: 'missingName', line: 3, column: 1, message: 'metadata.name is missing (and there is no metadata.generateName)' }],
    },
    {
      name: 'a Service name must start with a letter; a Namespace name cannot contain dots; RBAC names cannot contain "/"',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: 1-web }
        ---
        apiVersion: v1
        kind: Namespace
        metadata: { name: team.shop }
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: "reader/all" }
      `,
      errors: [
        { messageId: 'invalidName', line: 3, column: 19 },
        { messageId: 'invalidName', line: 7, column: 19 },
        { messageId: 'invalidName', line: 11, column: 19, message: 'name "reader/all" is invalid: may not contain \'/\'; try "reader-all"' },
      ],
    },
    {
      name: 'names too long for the labels their controllers derive from them',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly-database-backup-for-the-reporting-warehouse-x }
        spec:
          schedule: '0 3 * * *'
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{ name: backup, image: busybox:1.36 }]
      `,
      errors: [
        {
          messageId: 'tooLong',
          line: 3,
          column: 19,
          message: 'CronJob name is 53 characters, more than 52: the CronJob controller appends an 11-character suffix for its Jobs',
        },
      ],
    },
    {
      name: 'a CustomResourceDefinition name that is not plural.group',
      code: yaml`
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: widget.example.com }
        spec:
          group: example.com
          names: { plural: widgets, kind: Widget }
          scope: Namespaced
          versions: [{ name: v1, served: true, storage: true }]
      `,
      errors: [{ messageId: 'crdName', line: 3, column: 19, message: 'CustomResourceDefinition name must be "widgets.example.com" (spec.names.plural + "." + spec.group)' }],
    },
    {
      name: 'container, volume and port names',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p, namespace: Shop }
        spec:
          initContainers:
            - { name: web, image: busybox:1.36 }
          containers:
            - name: web
              image: nginx:1.27
              ports:
                - { name: http_alt, containerPort: 8080 }
                - { name: metrics, containerPort: 9090 }
                - { name: metrics, containerPort: 9091 }
            - { name: Sidecar, image: envoy:1.30 }
          volumes:
            - { name: data, emptyDir: {} }
            - { name: data, emptyDir: {} }
      `,
      errors: [
        { messageId: 'invalidName', line: 3, column: 33, message: 'namespace "Shop" is invalid: must be a DNS-1123 label: lowercase alphanumeric characters or \'-\', starting and ending with an alphanumeric character; try "shop"' },
        { messageId: 'invalidName', line: 11, column: 19, message: 'port name "http_alt" is invalid: must contain only lowercase alphanumeric characters and \'-\'; try "http-alt"' },
        // the port name "metrics" used twice (line 13) is no-duplicate-container-port's finding, not this rule's
        { messageId: 'invalidName', line: 14, column: 15 },
        { messageId: 'duplicateName', line: 6, column: 15, message: 'container name "web" is used more than once' },
        { messageId: 'duplicateName', line: 17, column: 15, message: 'volume name "data" is used more than once' },
      ],
    },
    {
      name: 'Service ports: names required with several ports, unique, DNS-1123 labels',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          ports:
            - { port: 80 }
            - { name: http, port: 81 }
            - { name: http, port: 82 }
            - { name: HTTPS, port: 443 }
      `,
      errors: [
        { messageId: 'missingPortName', line: 6, column: 7, message: 'Service port needs a name: the Service has more than one port' },
        { messageId: 'duplicateName', line: 8, column: 15 },
        { messageId: 'invalidName', line: 9, column: 15 },
      ],
    },
  ],
});
