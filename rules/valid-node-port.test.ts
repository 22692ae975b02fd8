import { describe, expect, it } from 'vitest';
import { selectRules } from '../src/engine/select-rules';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-node-port';

testRule(rule, {
  valid: [
    {
      name: 'nodePorts in range, unique, on NodePort and LoadBalancer Services; TCP and UDP may share one on a Service',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          selector: { app: web }
          ports:
            - { name: http, port: 80, nodePort: 30080 }
            - { name: dns-tcp, port: 53, nodePort: 30053 }
            - { name: dns-udp, port: 53, nodePort: 30053, protocol: UDP }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: lb }
        spec:
          type: LoadBalancer
          selector: { app: web }
          ports: [{ port: 443, nodePort: 32767 }]
      `,
    },
    {
      name: 'a custom range option',
      options: { range: '20000-20999' },
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          ports: [{ port: 80, nodePort: 20080 }]
      `,
    },
    {
      name: 'the same Service in the cluster state (context) keeps its own nodePort',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          ports: [{ port: 80, nodePort: 30080 }]
      `,
      context: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          ports: [{ port: 80, nodePort: 30080 }]
      `,
    },
    {
      name: 'a ClusterIP Service without nodePort',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          ports: [{ port: 80 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a nodePort outside the default range',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          ports:
            - port: 80
              nodePort: 8080
      `,
      errors: [
        {
          messageId: 'outOfRange',
          line: 8,
          column: 17,
          message: 'nodePort 8080 is outside the NodePort range 30000-32767',
          path: 'spec.ports[0].nodePort',
        },
      ],
    },
    {
      name: 'a range option written as first+size',
      options: { range: '30000+100' },
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          ports: [{ port: 80, nodePort: 30100 }]
      `,
      errors: [{ messageId: 'outOfRange', line: 6, column: 33, message: 'nodePort 30100 is outside the NodePort range 30000-30099' }],
    },
    {
      name: 'the same nodePort on two Services, whatever the protocol: both are reported',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          ports: [{ port: 80, nodePort: 30080 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: dns, namespace: infra }
        spec:
          type: LoadBalancer
          ports: [{ port: 53, nodePort: 30080, protocol: UDP }]
      `,
      errors: [
        { messageId: 'duplicate', line: 6, column: 33, message: 'nodePort 30080 is also used by Service infra/dns' },
        { messageId: 'duplicate', line: 13, column: 33, message: 'nodePort 30080 is also used by Service default/web' },
      ],
    },
    {
      name: 'a nodePort held by another Service in the cluster state',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          ports: [{ port: 80, nodePort: 30080 }]
      `,
      context: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: legacy }
        spec:
          type: NodePort
          ports: [{ port: 80, nodePort: 30080 }]
      `,
      errors: [{ messageId: 'duplicate', line: 6, column: 33, message: 'nodePort 30080 is also used by Service default/legacy' }],
    },
    {
      name: 'the same nodePort and protocol twice on one Service: the repeat is reported, as the API server does',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          ports:
            - { name: a, port: 80, nodePort: 30080 }
            - { name: b, port: 81, nodePort: 30080 }
      `,
      errors: [{ messageId: 'duplicate', line: 8, column: 38, message: 'nodePort 30080 is also used by spec.ports[0] of this Service' }],
    },
    {
      name: 'a nodePort on a Service whose type defaults to ClusterIP, and on an explicit ClusterIP',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          ports: [{ port: 80, nodePort: 30080 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: api }
        spec:
          type: ClusterIP
          ports: [{ port: 80, nodePort: 30081 }]
      `,
      errors: [
        {
          messageId: 'notNodePortType',
          line: 5,
          column: 33,
          message: 'nodePort 30080 is set on a Service of type ClusterIP; only NodePort and LoadBalancer Services have node ports',
        },
        { messageId: 'notNodePortType', line: 12, column: 33 },
      ],
    },
  ],
});

describe('valid-node-port related locations', () => {
  it('points at the other Service', () => {
    const findings = lintWithRule(rule, {
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: a }
        spec: { type: NodePort, ports: [{ port: 80, nodePort: 30080 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: b }
        spec: { type: NodePort, ports: [{ port: 80, nodePort: 30080 }] }
      `,
    });
    expect(findings.map((f) => f.finding.related)).toEqual([
      [{ file: 'manifest.yaml', location: { line: 9, column: 55, endLine: 9, endColumn: 60 }, message: 'nodePort 30080 in Service default/b' }],
      [{ file: 'manifest.yaml', location: { line: 4, column: 55, endLine: 4, endColumn: 60 }, message: 'nodePort 30080 in Service default/a' }],
    ]);
  });
});

describe('valid-node-port options', () => {
  it('the engine refuses a range that is not "first-last" or "first+size", and unknown options', () => {
    const registry = new Map([[rule.id, rule]]);
    const { problems } = selectRules(registry, { rules: { 'valid-node-port': { options: { range: '30000..32767', size: 3 } } } });
    expect(problems.map((p) => p.message).sort()).toEqual([
      'option range must match pattern "^[0-9]+[-+][0-9]+$"',
      'unknown option "size" for rule valid-node-port',
    ]);
    const ok = selectRules(registry, { rules: { 'valid-node-port': { options: { range: '20000+1000' } } } });
    expect(ok.problems).toEqual([]);
    expect(ok.rules[0]!.options).toEqual({ range: '20000+1000' });
  });
});
