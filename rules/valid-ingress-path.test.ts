import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-ingress-path';

testRule(rule, {
  valid: [
    {
      name: 'absolute Prefix and Exact paths, a wildcard host, a rule without host, TLS hosts (an IPv4 address passes there)',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          tls:
            - hosts: [example.com, "*.example.com", 203.0.113.7]
              secretName: web-tls
          rules:
            - host: example.com
              http:
                paths:
                  - { path: /api/v1, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: /api/v1, pathType: Exact, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
                  - { path: /static/v1.2/app.js, pathType: Exact, backend: { service: { name: web, port: { number: 80 } } } }
                  - { path: /.well-known/acme, pathType: Prefix, backend: { service: { name: acme, port: { number: 80 } } } }
            - host: "*.example.com"
              http:
                paths:
                  - { path: /api/v1, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
            - http:
                paths:
                  - { path: /api/v1, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
      `,
    },
    {
      name: 'ImplementationSpecific: no path, and a regex path (ingress-nginx use-regex)',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - host: example.com
              http:
                paths:
                  - { pathType: ImplementationSpecific, backend: { service: { name: web, port: { number: 80 } } } }
                  - { path: "/api(/|$)(.*)", pathType: ImplementationSpecific, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: "/a//b/../c", pathType: ImplementationSpecific, backend: { service: { name: api, port: { number: 80 } } } }
      `,
    },
    {
      name: 'a host-only rule and a default backend',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          defaultBackend: { service: { name: web, port: { number: 80 } } }
          rules:
            - host: example.com
      `,
    },
    {
      name: 'an unknown pathType is the schema finding; the removed v1beta1 Ingress is not checked',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - http:
                paths:
                  - { path: api, pathType: Regex, backend: { service: { name: web, port: { number: 80 } } } }
        ---
        apiVersion: networking.k8s.io/v1beta1
        kind: Ingress
        metadata: { name: old }
        spec:
          rules:
            - host: Example.com
              http:
                paths:
                  - { path: api, backend: { serviceName: web, servicePort: 80 } }
      `,
    },
  ],
  invalid: [
    {
      name: 'paths without a leading slash (Prefix, Exact, ImplementationSpecific), missing and empty paths',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - http:
                paths:
                  - path: api
                    pathType: Prefix
                    backend: { service: { name: api, port: { number: 80 } } }
                  - { path: health, pathType: Exact, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: web, pathType: ImplementationSpecific, backend: { service: { name: web, port: { number: 80 } } } }
                  - pathType: Prefix
                    backend: { service: { name: web, port: { number: 80 } } }
                  - { path: "", pathType: Exact, backend: { service: { name: web, port: { number: 80 } } } }
      `,
      errors: [
        { messageId: 'notAbsolute', line: 8, column: 19, message: 'path "api" must be an absolute path, starting with "/"' },
        { messageId: 'notAbsolute', line: 11, column: 21 },
        { messageId: 'notAbsolute', line: 12, column: 21 },
        { messageId: 'missingPath', line: 13, column: 13, message: 'pathType Prefix needs a path starting with "/" (e.g. "/")' },
        { messageId: 'missingPath', line: 15, column: 21 },
      ],
    },
    {
      name: 'sequences and suffixes the API server refuses in Exact and Prefix paths',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - http:
                paths:
                  - { path: /api//v1, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: /a/./b, pathType: Exact, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: /a/../b%2Fc, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: /a%2fb, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: /api/.., pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: /api/., pathType: Exact, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: "api//", pathType: Exact, backend: { service: { name: api, port: { number: 80 } } } }
      `,
      errors: [
        { messageId: 'invalidSequence', line: 8, column: 21, message: 'path "/api//v1" must not contain "//" (pathType Prefix)' },
        { messageId: 'invalidSequence', line: 9, column: 21 },
        { messageId: 'invalidSequence', line: 10, column: 21, message: 'path "/a/../b%2Fc" must not contain "/../" or "%2F" (pathType Prefix)' },
        { messageId: 'invalidSequence', line: 11, column: 21 },
        { messageId: 'invalidSuffix', line: 12, column: 21, message: 'path "/api/.." must not end with "/.." (pathType Prefix)' },
        { messageId: 'invalidSuffix', line: 13, column: 21 },
        { messageId: 'notAbsolute', line: 14, column: 21 },
        { messageId: 'invalidSequence', line: 14, column: 21 },
      ],
    },
    {
      name: 'hosts: an IP address, uppercase, a scheme and port, a wildcard that is not the first label, a lone wildcard',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - host: 203.0.113.7
            - host: "2001:db8::7"
            - host: Shop.Example.com
            - host: https://example.com:443/
            - host: foo.*.example.com
            - host: "*"
      `,
      errors: [
        { messageId: 'hostIsIP', line: 6, column: 13, message: 'host "203.0.113.7" must be a DNS name, not an IP address' },
        { messageId: 'hostIsIP', line: 7, column: 13 },
        {
          messageId: 'invalidHost',
          line: 8,
          column: 13,
          message:
            "host \"Shop.Example.com\" is invalid: must be a DNS-1123 subdomain: lowercase alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character; did you mean \"shop.example.com\"?",
        },
        { messageId: 'invalidHost', line: 9, column: 13 },
        {
          messageId: 'invalidHost',
          line: 10,
          column: 13,
          message:
            "host \"foo.*.example.com\" is invalid: a wildcard DNS-1123 subdomain must start with '*.', followed by a DNS-1123 subdomain (lowercase alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character), e.g. '*.example.com'",
        },
        { messageId: 'invalidHost', line: 11, column: 13 },
      ],
    },
    {
      name: 'TLS hosts are DNS names too',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          tls:
            - hosts: [example.com, WWW.example.com, "*.*.example.com"]
              secretName: web-tls
          rules:
            - host: example.com
      `,
      errors: [
        {
          messageId: 'invalidHost',
          line: 6,
          column: 28,
          message:
            "TLS host \"WWW.example.com\" is invalid: must be a DNS-1123 subdomain: lowercase alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character; did you mean \"www.example.com\"?",
        },
        { messageId: 'invalidHost', line: 6, column: 45 },
      ],
    },
    {
      name: 'an http rule without paths',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - host: example.com
              http:
                paths: []
      `,
      errors: [{ messageId: 'noPaths', line: 8, column: 9, message: 'spec.rules[0].http has no paths: list at least one, or remove http' }],
    },
    {
      name: 'the same path and pathType twice under one host (also across two rules of that host), and in the rules without host',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - host: example.com
              http:
                paths:
                  - { path: /api, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
                  - { path: /api, pathType: Exact, backend: { service: { name: api, port: { number: 80 } } } }
            - host: example.com
              http:
                paths:
                  - { path: /api, pathType: Prefix, backend: { service: { name: api-v2, port: { number: 80 } } } }
            - host: www.example.com
              http:
                paths:
                  - { path: /api, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }
            - http:
                paths:
                  - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
                  - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
      `,
      errors: [
        {
          messageId: 'duplicatePath',
          line: 14,
          column: 21,
          severity: 'warning',
          message:
            'path "/api" (Prefix) is defined twice for host "example.com" (first at spec.rules[0].http.paths[0]): the controller sends its requests to one backend only, so one of the two entries is never used',
        },
        {
          messageId: 'duplicatePath',
          line: 22,
          column: 21,
          severity: 'warning',
          message:
            'path "/" (Prefix) is defined twice for the rules without a host (first at spec.rules[3].http.paths[0]): the controller sends its requests to one backend only, so one of the two entries is never used',
        },
      ],
    },
  ],
});
