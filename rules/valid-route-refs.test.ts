import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-route-refs';

/** A Gateway "web" in namespace infra (lines 1-13) with an HTTPS listener and the given allowedRoutes, and a TCP listener. */
const gateway = (allowedRoutes: string) => yaml`
  apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata: { name: web, namespace: infra }
  spec:
    gatewayClassName: example
    listeners:
      - name: https
        protocol: HTTPS
        port: 443
        allowedRoutes: ${allowedRoutes}
      - name: db
        protocol: TCP
        port: 5432
`;

/** Services "store" (ports 8080, 9090) in namespace shop and "auth" in namespace accounts. */
const services = `---
apiVersion: v1
kind: Service
metadata: { name: store, namespace: shop }
spec:
  selector: { app: store }
  ports: [ { name: http, port: 8080 }, { name: admin, port: 9090 } ]
---
apiVersion: v1
kind: Service
metadata: { name: auth, namespace: accounts }
spec:
  selector: { app: auth }
  ports: [ { port: 80 } ]
`;

const route = (parent: string, backends: string, kind = 'HTTPRoute', apiVersion = 'gateway.networking.k8s.io/v1') => `---
apiVersion: ${apiVersion}
kind: ${kind}
metadata: { name: store, namespace: shop }
spec:
  parentRefs: [ ${parent} ]
  rules:
    - backendRefs: ${backends}
`;

const ALL = '{ namespaces: { from: All } }';

testRule(rule, {
  valid: [
    { name: 'a listener that allows all namespaces; a Service port', code: gateway(ALL) + services + route('{ name: web, namespace: infra }', '[ { name: store, port: 8080 } ]') },
    {
      name: 'an Istio Gateway of the same name and namespace, first in the input, is not the parent',
      code:
        'apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: { name: web, namespace: infra }\nspec: { selector: { istio: ingressgateway } }\n---\n' +
        gateway(ALL) + services + route('{ name: web, namespace: infra }', '[ { name: store, port: 8080 } ]'),
    },
    {
      name: 'sectionName and port select a listener; a same-namespace Gateway under the default Same',
      code:
        gateway(ALL) + services + route('{ name: web, namespace: infra, sectionName: https, port: 443 }', '[ { name: store, port: 9090, weight: 1 } ]') +
        yaml`
          ---
          apiVersion: gateway.networking.k8s.io/v1
          kind: Gateway
          metadata: { name: local, namespace: shop }
          spec:
            gatewayClassName: example
            listeners: [ { name: http, protocol: HTTP, port: 80 } ]
          ---
          apiVersion: gateway.networking.k8s.io/v1
          kind: HTTPRoute
          metadata: { name: local, namespace: shop }
          spec:
            parentRefs: [ { name: local } ]
        `,
    },
    {
      name: 'a namespace selector the route namespace matches (or a namespace not in the input)',
      code:
        gateway('{ namespaces: { from: Selector, selector: { matchLabels: { gateway-access: "true" } } } }') +
        services +
        '---\napiVersion: v1\nkind: Namespace\nmetadata: { name: shop, labels: { gateway-access: "true" } }\n' +
        route('{ name: web, namespace: infra }', '[ { name: store, port: 8080 } ]'),
    },
    {
      name: 'a cross-namespace backend with a ReferenceGrant; a namespace the input knows nothing of',
      code:
        gateway(ALL) + services + route('{ name: web, namespace: infra }', '[ { name: auth, namespace: accounts, port: 80 }, { name: other, namespace: elsewhere, port: 80 } ]') +
        yaml`
          ---
          apiVersion: gateway.networking.k8s.io/v1beta1
          kind: ReferenceGrant
          metadata: { name: from-shop, namespace: accounts }
          spec:
            from: [ { group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop } ]
            to: [ { group: "", kind: Service } ]
        `,
    },
    {
      name: 'a TCPRoute of the Gateway namespace on the TCP listener; parentRefs to other kinds and backendRefs to other kinds are not checked',
      code:
        gateway(ALL) + services +
        route('{ name: web, sectionName: db }', '[]', 'TCPRoute', 'gateway.networking.k8s.io/v1alpha2').replace('namespace: shop', 'namespace: infra') +
        route('{ group: "", kind: Service, name: mesh }', '[ { group: example.com, kind: Bucket, name: files } ]').replace('name: store,', 'name: mesh,'),
    },
  ],
  invalid: [
    {
      name: 'the default allowedRoutes (Same) refuses a route of another namespace; a Service port that does not exist',
      code: gateway('{}') + services + route('{ name: web, namespace: infra }', '[ { name: store, port: 80 } ]'),
      errors: [
        {
          messageId: 'notAllowed',
          line: 33,
          column: 25,
          message:
            'no listener of Gateway infra/web accepts this HTTPRoute (listener "https" accepts routes from namespace infra only; listener "db" is TCP): the route is not attached and serves nothing',
        },
        { messageId: 'missingPort', line: 35, column: 43, message: 'Service "store" has no port 80 (ports: http/8080, admin/9090)' },
      ],
    },
    {
      name: 'a sectionName no listener has; a Gateway not in the input; a namespace selector that does not match',
      code:
        gateway('{ namespaces: { from: Selector, selector: { matchLabels: { gateway-access: "true" } } } }') +
        services +
        '---\napiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n' +
        route('{ name: web, namespace: infra, sectionName: http }, { name: edge, namespace: infra }, { name: web, namespace: infra, sectionName: https }', '[ { name: store, port: 8080 } ]'),
      errors: [
        {
          messageId: 'missingListener',
          line: 37,
          column: 61,
          message: 'Gateway infra/web has no listener "http" (listeners: https (HTTPS 443), db (TCP 5432)): the route is not attached',
        },
        { messageId: 'missingGateway', line: 37, column: 77, severity: 'warning', message: 'Gateway "edge" not found in namespace infra' },
        {
          messageId: 'notAllowed',
          line: 37,
          column: 111,
          message:
            'no listener of Gateway infra/web accepts this HTTPRoute (listener "https" selects namespaces by labels that namespace shop does not have): the route is not attached and serves nothing',
        },
      ],
    },
    {
      name: 'a Service backend without a port (refused); a missing Service; a cross-namespace Service without a ReferenceGrant',
      code: gateway(ALL) + services + route('{ name: web, namespace: infra }', '[ { name: store }, { name: stor, port: 8080 }, { name: auth, namespace: accounts, port: 80 } ]'),
      errors: [
        { messageId: 'noPort', line: 35, column: 30, message: 'backendRef to Service "store" has no port: the API server requires one for Service backends' },
        { messageId: 'missingService', line: 35, column: 47, message: 'Service "stor" not found in namespace shop (did you mean "store"?)' },
        {
          messageId: 'notPermitted',
          line: 35,
          column: 75,
          severity: 'warning',
          message:
            'Service "auth" is in namespace accounts, where no ReferenceGrant lets HTTPRoutes of namespace shop refer to it: the backend is not resolved (RefNotPermitted)',
        },
      ],
    },
    {
      name: 'a GRPCRoute on a listener that allows only HTTPRoutes',
      code:
        gateway('{ namespaces: { from: All }, kinds: [ { kind: HTTPRoute } ] }') + services +
        route('{ name: web, namespace: infra, sectionName: https }', '[ { name: store, port: 8080 } ]', 'GRPCRoute'),
      errors: [
        {
          messageId: 'notAllowed',
          line: 33,
          column: 25,
          message: 'no listener of Gateway infra/web accepts this GRPCRoute (listener "https" allows only HTTPRoute): the route is not attached and serves nothing',
        },
      ],
    },
  ],
});
