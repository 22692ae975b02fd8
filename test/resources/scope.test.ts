import { describe, expect, it } from 'vitest';
import { buildResources } from '../../src/resources/build-resources';
import { parseYaml } from '../../src/source/parse-yaml';

/** kind → namespace of each object, as the loader reads them. */
function namespaces(text: string): Record<string, string | null> {
  const { resources } = buildResources([parseYaml('scope.yaml', text)]);
  return Object.fromEntries(resources.map((r) => [`${r.group}/${r.kind}`, r.namespace]));
}

describe('object scope', () => {
  it('cluster-scoped built-ins have no namespace; namespaced ones default to "default"', () => {
    expect(
      namespaces(`
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: { name: example }
spec: { controllerName: example.com/gateway }
---
apiVersion: snapshot.storage.k8s.io/v1
kind: VolumeSnapshotClass
metadata: { name: csi }
driver: csi.example.com
deletionPolicy: Delete
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: web }
spec: { gatewayClassName: example, listeners: [] }
`),
    ).toEqual({
      'gateway.networking.k8s.io/GatewayClass': null,
      'snapshot.storage.k8s.io/VolumeSnapshotClass': null,
      'gateway.networking.k8s.io/Gateway': 'default',
    });
  });

  it('knows the cluster-scoped kinds of widely installed custom resources, even with a namespace written', () => {
    expect(
      namespaces(`
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata: { name: letsencrypt, namespace: cert-manager }
spec: { selfSigned: {} }
---
apiVersion: constraints.gatekeeper.sh/v1beta1
kind: K8sRequiredLabels
metadata: { name: must-have-owner }
---
apiVersion: cert-manager.io/v1
kind: Issuer
metadata: { name: local }
spec: { selfSigned: {} }
`),
    ).toEqual({
      'cert-manager.io/ClusterIssuer': null,
      'constraints.gatekeeper.sh/K8sRequiredLabels': null,
      'cert-manager.io/Issuer': 'default',
    });
  });

  it('a CRD in the input decides its kind scope, over what is known of it', () => {
    const crd = (kind: string, scope: string) => `
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: ${kind.toLowerCase()}s.example.com }
spec:
  group: example.com
  scope: ${scope}
  names: { kind: ${kind}, plural: ${kind.toLowerCase()}s }
  versions: [{ name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]
`;
    const objects = (kind: string) => `
apiVersion: example.com/v1
kind: ${kind}
metadata: { name: one }
`;
    expect(namespaces([crd('Widget', 'Cluster'), objects('Widget'), objects('Gadget')].join('---'))).toMatchObject({
      'example.com/Widget': null,
      'example.com/Gadget': 'default',
    });
    // a gatekeeper-like group whose CRD says Namespaced: the CRD wins
    const namespacedConstraint = crd('Widget', 'Namespaced').replaceAll('example.com', 'constraints.gatekeeper.sh');
    expect(namespaces(`${namespacedConstraint}---${objects('Widget').replace('example.com', 'constraints.gatekeeper.sh')}`)).toMatchObject({
      'constraints.gatekeeper.sh/Widget': 'default',
    });
  });
});
