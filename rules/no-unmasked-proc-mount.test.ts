import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-unmasked-proc-mount';

testRule(rule, {
  valid: [
    {
      name: 'Default or unset',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - { name: a, image: app:1, securityContext: { procMount: Default } }
            - { name: b, image: app:1 }
      `,
    },
  ],
  invalid: [
    {
      name: 'Unmasked on an init container of a Deployment',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: ci }
        spec:
          selector: { matchLabels: { app: ci } }
          template:
            metadata: { labels: { app: ci } }
            spec:
              initContainers:
                - name: prepare
                  image: builder:1
                  securityContext: { procMount: Unmasked }
              containers: [{ name: run, image: runner:1 }]
      `,
      errors: [
        {
          messageId: 'unmasked',
          line: 12,
          column: 41,
          message: 'container "prepare" uses an unmasked /proc (procMount: Unmasked)',
          path: 'spec.template.spec.initContainers[0].securityContext.procMount',
        },
      ],
    },
  ],
});
