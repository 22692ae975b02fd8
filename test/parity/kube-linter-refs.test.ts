/**
 * kube-linter parity for the cross-object, reference and identity group: for each kube-linter check,
 * a manifest written from the check's documented behaviour, the objects kube-linter flags, and the
 * kubeplan rule(s) that must flag exactly those objects, and nothing once the manifest is fixed.
 */
import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/engine/rule';
import { runRules } from '../../src/engine/run-rules';
import { buildClusterIndex } from '../../src/index/cluster-index';
import { parseInputs } from '../../src/resources/parse-inputs';
import { RULES } from '../../rules/index';
import { yaml } from '../support/rule-tester';

interface ParityCase {
  /** The kube-linter check id. */
  check: string;
  /** The kubeplan rules that cover it. */
  rules: string[];
  manifest: string;
  /** Objects kube-linter reports, as "Kind/name". */
  flagged: string[];
  fixed: string;
}

function flaggedObjects(ruleIds: readonly string[], text: string): string[] {
  const parsed = parseInputs([{ file: 'parity.yaml', text }]);
  expect(parsed.findings).toEqual([]);
  const rules = ruleIds.map((id) => {
    const rule: AnyRule | undefined = RULES.get(id);
    if (!rule) throw new Error(`no rule ${id}`);
    return { rule, severity: rule.meta.severity, options: rule.meta.defaultOptions };
  });
  const findings = runRules(buildClusterIndex(parsed.resources), rules, '1.34');
  return [...new Set(findings.map((f) => `${f.finding.resource!.kind}/${f.finding.resource!.name}`))].sort();
}

const web = (labels: string, ports = '') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: ${labels} }
      spec:
        containers:
          - name: web
            image: nginx:1.27${ports}
`;

const CASES: ParityCase[] = [
  {
    // kube-linter dangling-service: a Service whose selector matches no pod labels of any
    // deployment-like object in its namespace; Services without a selector are skipped.
    check: 'dangling-service',
    rules: ['valid-service-selector'],
    manifest: `${web('{ app: web }')}---\n${yaml`
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec: { selector: { app: wbe }, ports: [{ port: 80 }] }
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: manual }
      spec: { ports: [{ port: 80 }] }
    `}`,
    flagged: ['Service/web'],
    fixed: `${web('{ app: web }')}---\n${yaml`
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec: { selector: { app: web }, ports: [{ port: 80 }] }
    `}`,
  },
  {
    // kube-linter invalid-target-ports: container port names and Service targetPort names that are
    // not valid IANA service names (IsValidPortName). Container ports are valid-name's, targetPorts
    // valid-target-port's.
    check: 'invalid-target-ports',
    rules: ['valid-name', 'valid-target-port'],
    manifest: `${web('{ app: web }', '\n            ports: [{ name: http_port, containerPort: 8080 }]')}---\n${yaml`
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec: { selector: { app: nothing }, ports: [{ port: 80, targetPort: metrics-endpoint }] }
    `}`,
    flagged: ['Deployment/web', 'Service/api'],
    fixed: `${web('{ app: web }', '\n            ports: [{ name: http, containerPort: 8080 }]')}---\n${yaml`
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec: { selector: { app: web }, ports: [{ port: 80, targetPort: http }] }
    `}`,
  },
  {
    // kube-linter non-existent-service-account: serviceAccountName names a ServiceAccount that is not
    // among the objects; "default" and an empty name are fine.
    check: 'non-existent-service-account',
    rules: ['valid-service-account-ref'],
    manifest: yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: builder }
      spec:
        serviceAccountName: ci-builder
        containers: [{ name: b, image: busybox:1.36 }]
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: plain }
      spec:
        serviceAccountName: default
        containers: [{ name: b, image: busybox:1.36 }]
    `,
    flagged: ['Pod/builder'],
    fixed: yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: ci-builder }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: builder }
      spec:
        serviceAccountName: ci-builder
        containers: [{ name: b, image: busybox:1.36 }]
    `,
  },
  {
    // kube-linter mismatching-selector: a deployment-like object whose selector does not match its
    // own pod template labels.
    check: 'mismatching-selector',
    rules: ['valid-workload-selector'],
    manifest: web('{ app: webb }'),
    flagged: ['Deployment/web'],
    fixed: web('{ app: web, tier: frontend }'),
  },
  {
    // kube-linter dangling-horizontalpodautoscaler (not a default check): the scale target is not
    // among the objects.
    check: 'dangling-horizontalpodautoscaler',
    rules: ['valid-hpa-target'],
    manifest: `${web('{ app: web }')}---\n${yaml`
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: web }
      spec: { scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: frontend }, maxReplicas: 3 }
    `}`,
    flagged: ['HorizontalPodAutoscaler/web'],
    fixed: `${web('{ app: web }')}---\n${yaml`
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: web }
      spec: { scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }, maxReplicas: 3 }
    `}`,
  },
  {
    // kube-linter dangling-networkpolicy (not a default check): a podSelector that matches no pods;
    // an empty podSelector matches all.
    check: 'dangling-networkpolicy',
    rules: ['valid-network-policy-selector'],
    manifest: `${web('{ app: web }')}---\n${yaml`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: web }
      spec: { podSelector: { matchLabels: { app: frontend } }, policyTypes: [Ingress] }
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: deny-all }
      spec: { podSelector: {}, policyTypes: [Ingress] }
    `}`,
    flagged: ['NetworkPolicy/web'],
    fixed: `${web('{ app: web }')}---\n${yaml`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: web }
      spec: { podSelector: { matchLabels: { app: web } }, policyTypes: [Ingress] }
    `}`,
  },
  {
    // kube-linter dangling-networkpolicypeer-podselector (not a default check): an ingress/egress peer
    // podSelector without a namespaceSelector that matches no pods of the policy's namespace.
    check: 'dangling-networkpolicypeer-podselector',
    rules: ['valid-network-policy-selector'],
    manifest: `${web('{ app: web }')}---\n${yaml`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: web-from-api }
      spec:
        podSelector: { matchLabels: { app: web } }
        ingress: [ { from: [ { podSelector: { matchLabels: { app: api } } } ] } ]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: web-from-team }
      spec:
        podSelector: { matchLabels: { app: web } }
        ingress: [ { from: [ { namespaceSelector: { matchLabels: { team: a } }, podSelector: { matchLabels: { app: api } } } ] } ]
    `}`,
    flagged: ['NetworkPolicy/web-from-api'],
    fixed: `${web('{ app: web }')}---\n${yaml`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: web-from-web }
      spec:
        podSelector: { matchLabels: { app: web } }
        ingress: [ { from: [ { podSelector: { matchLabels: { app: web } } } ] } ]
    `}`,
  },
  {
    // kube-linter dangling-servicemonitor (not a default check): a ServiceMonitor whose selector
    // matches no Service (by the Service's labels) in the namespaces it selects.
    check: 'dangling-servicemonitor',
    rules: ['valid-service-monitor'],
    manifest: yaml`
      apiVersion: v1
      kind: Service
      metadata: { name: web, labels: { app: web } }
      spec: { selector: { app: web }, ports: [ { name: metrics, port: 9090 } ] }
      ---
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata: { name: api }
      spec: { selector: { matchLabels: { app: api } }, endpoints: [ { port: metrics } ] }
    `,
    flagged: ['ServiceMonitor/api'],
    fixed: yaml`
      apiVersion: v1
      kind: Service
      metadata: { name: web, labels: { app: web } }
      spec: { selector: { app: web }, ports: [ { name: metrics, port: 9090 } ] }
      ---
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata: { name: web }
      spec: { selector: { matchLabels: { app: web } }, endpoints: [ { port: metrics } ] }
    `,
  },
];

describe.each(CASES.map((c) => [c.check, c] as const))('kube-linter %s', (_, c) => {
  it(`${c.rules.join(' + ')} flag the same objects`, () => {
    expect(flaggedObjects(c.rules, c.manifest)).toEqual([...c.flagged].sort());
  });

  it('the fixed manifest is clean', () => {
    expect(flaggedObjects(c.rules, c.fixed)).toEqual([]);
  });
});
