import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-pod-template';

testRule(rule, {
  valid: [
    {
      name: 'a pod and a Deployment with a container each',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: c, image: "busybox:1.36" }]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: "nginx:1.27" }]
      `,
    },
    {
      name: 'only init containers missing, or containers of the wrong type, or no template (the schema says those)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: a }
        spec:
          selector: { matchLabels: { app: a } }
          template:
            spec: { containers: { name: a } }
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: b }
        spec:
          selector: { matchLabels: { app: b } }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: c }
        spec: { containers: [{ name: c, image: "busybox:1.36" }], initContainers: [] }
      `,
    },
  ],
  invalid: [
    {
      name: 'an empty containers list, in a pod and in a template',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: []
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: []
      `,
      errors: [
        { messageId: 'noContainers', line: 5, column: 3, message: 'the pod has no containers: the API server requires at least one', path: 'spec.containers' },
        { messageId: 'noContainers', line: 15, column: 7, message: 'the pod has no containers: the API server requires at least one', path: 'spec.template.spec.containers' },
      ],
    },
    {
      name: 'a template without spec, or with an empty one, in a Deployment and a CronJob',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
      `,
      errors: [
        {
          messageId: 'noSpec',
          line: 6,
          column: 3,
          message: 'the pod template has no spec: the API server requires its containers (spec.containers: Required value)',
          path: 'spec.template',
        },
        {
          messageId: 'noSpec',
          line: 16,
          column: 7,
          message: 'the pod template has no spec: the API server requires its containers (spec.containers: Required value)',
          path: 'spec.jobTemplate.spec.template',
        },
      ],
    },
  ],
});
