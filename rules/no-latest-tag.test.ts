import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-latest-tag';

const pod = (image: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: { name: p }
  spec:
    containers:
      - name: app
        image: ${image}
`;

testRule(rule, {
  valid: [
    { name: 'a version tag', code: pod('nginx:1.27') },
    { name: 'a digest', code: pod('nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31') },
    { name: 'latest pinned by a digest', code: pod('nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31') },
    { name: 'a registry port and a tag', code: pod('registry.local:5000/team/app:v2') },
    { name: 'a tag that merely contains "latest"', code: pod('app:latest-2024') },
    {
      name: 'a CronJob with a pinned image',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: c }
        spec:
          schedule: "@hourly"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{ name: c, image: busybox:1.36 }]
      `,
    },
    { name: 'not a pod kind', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndata: { image: nginx }\n' },
  ],
  invalid: [
    {
      name: 'no tag',
      code: pod('nginx'),
      errors: [
        {
          messageId: 'noTag',
          line: 7,
          column: 14,
          message: 'container "app" uses image "nginx" without a tag, which pulls :latest',
          path: 'spec.containers[0].image',
        },
      ],
    },
    {
      name: ':latest',
      code: pod('nginx:latest'),
      errors: [{ messageId: 'mutableTag', line: 7, column: 14, message: 'container "app" uses image "nginx:latest" with the mutable tag ":latest"' }],
    },
    { name: 'a registry port is not a tag', code: pod('registry.local:5000/app'), errors: [{ messageId: 'noTag', line: 7, column: 14 }] },
    {
      name: 'a configured mutable tag, in an init container of a Deployment',
      options: { mutableTags: ['latest', 'main'] },
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              initContainers:
                - { name: init, image: "tools:main" }
              containers:
                - { name: web, image: web:1.0 }
      `,
      errors: [{ messageId: 'mutableTag', line: 10, column: 32, path: 'spec.template.spec.initContainers[0].image' }],
    },
  ],
});
