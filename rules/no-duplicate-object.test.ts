import { describe, expect, it } from 'vitest';
import { parseInputs } from '../src/resources/parse-inputs';
import { buildClusterIndex } from '../src/index/cluster-index';
import { runRules } from '../src/engine/run-rules';
import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-duplicate-object';

testRule(rule, {
  valid: [
    {
      name: 'same name in other kinds, namespaces and API groups; generateName objects have no name yet',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: web }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: web, namespace: other }
        ---
        apiVersion: example.com/v1
        kind: Service
        metadata: { name: web }
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { generateName: migrate- }
        spec: { template: { spec: { restartPolicy: Never, containers: [{ name: m, image: busybox:1.36 }] } } }
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { generateName: migrate- }
        spec: { template: { spec: { restartPolicy: Never, containers: [{ name: m, image: busybox:1.36 }] } } }
      `,
    },
    {
      name: 'the same object in the context (cluster state) is the object being updated, not a duplicate',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: web }
      `,
      context: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: web }
      `,
    },
  ],
  invalid: [
    {
      name: 'the second and third definitions are reported; an omitted namespace is "default"',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: web }
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web
          namespace: default
        ---
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: ConfigMap
            metadata: { name: web }
      `,
      errors: [
        { messageId: 'duplicate', line: 8, column: 9, message: 'ConfigMap default/web is already defined earlier in this file', path: 'metadata.name' },
        { messageId: 'duplicate', line: 16, column: 23 },
      ],
    },
    {
      name: 'cluster-scoped objects across API versions of one group',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: reader }
        ---
        apiVersion: rbac.authorization.k8s.io/v1beta1
        kind: ClusterRole
        metadata: { name: reader }
      `,
      errors: [{ messageId: 'duplicate', line: 7, column: 19, message: 'ClusterRole reader is already defined earlier in this file' }],
    },
    {
      name: 'kinds that moved out of extensions are one object under both apiVersions (shared storage)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        ---
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata: { name: web }
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: { name: web, namespace: default }
        ---
        apiVersion: v1
        kind: Event
        metadata: { name: web.17a1 }
        ---
        apiVersion: events.k8s.io/v1
        kind: Event
        metadata: { name: web.17a1 }
      `,
      errors: [
        { messageId: 'duplicate', line: 7, column: 19, message: 'Deployment default/web is already defined earlier in this file' },
        { messageId: 'duplicate', line: 15, column: 19 },
        { messageId: 'duplicate', line: 23, column: 19 },
      ],
    },
  ],
});

describe('no-duplicate-object across files', () => {
  it('names the file of the first definition and points at it', () => {
    const parsed = parseInputs([
      { file: 'base/web.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' },
      { file: 'extra/web.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' },
    ]);
    const findings = runRules(buildClusterIndex(parsed.resources), [{ rule, severity: 'error', options: {} }], '1.34');
    expect(findings.map((f) => f.finding)).toEqual([
      expect.objectContaining({
        file: 'extra/web.yaml',
        line: 4,
        column: 9,
        message: 'Service default/web is already defined in base/web.yaml',
        related: [{ file: 'base/web.yaml', location: { line: 4, column: 9, endLine: 4, endColumn: 12 }, message: 'first definition of Service default/web' }],
      }),
    ]);
  });
});
