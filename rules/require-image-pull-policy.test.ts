import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-image-pull-policy';

const pod = (image: string, policy: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: { name: p }
  spec:
    containers:
      - name: app
        image: ${image}
        ${policy}
`;

testRule(rule, {
  valid: [
    { name: 'IfNotPresent with a version tag', code: pod('app:1.2', 'imagePullPolicy: IfNotPresent') },
    { name: 'IfNotPresent with a digest', code: pod('app@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31', 'imagePullPolicy: IfNotPresent') },
    { name: 'Always with latest', code: pod('app:latest', 'imagePullPolicy: Always') },
  ],
  invalid: [
    {
      name: 'not set',
      code: pod('app:1.2', 'ports: []'),
      errors: [{ messageId: 'missing', line: 6, column: 13, message: 'container "app" does not set imagePullPolicy (it defaults to IfNotPresent for image "app:1.2")' }],
    },
    {
      name: 'IfNotPresent with an untagged image',
      code: pod('app', 'imagePullPolicy: IfNotPresent'),
      errors: [
        {
          messageId: 'staleMutable',
          line: 8,
          column: 24,
          message: 'container "app" pulls "app" with imagePullPolicy IfNotPresent: nodes keep whatever version of the tag they pulled first',
        },
      ],
    },
    { name: 'Never with latest', code: pod('app:latest', 'imagePullPolicy: Never'), errors: [{ messageId: 'staleMutable', line: 8, column: 24 }] },
  ],
});
