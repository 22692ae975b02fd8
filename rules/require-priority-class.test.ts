import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-priority-class';

const deployment = (extra: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: { app: web } }
      spec:
        ${extra}
        containers: [{ name: web, image: web:1 }]
`;

testRule(rule, {
  valid: [
    { name: 'a priority class', code: deployment('priorityClassName: business-critical') },
    {
      name: 'a global default PriorityClass in the input',
      context: 'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: { name: normal }\nvalue: 1000\nglobalDefault: true\n',
      code: deployment('hostname: web'),
    },
  ],
  invalid: [
    {
      name: 'none',
      code: deployment('hostname: web'),
      errors: [{ messageId: 'missing', line: 8, column: 5, message: 'the pods of this Deployment have no priorityClassName: they get the default priority and are preempted first', path: 'spec.template.spec' }],
    },
  ],
});
