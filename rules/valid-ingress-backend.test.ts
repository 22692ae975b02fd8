import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-ingress-backend';

/** A Service with ports http/80 and 8443 (lines 1-8), then the separator (line 9); the Ingress starts on line 10. */
const service = yaml`
  apiVersion: v1
  kind: Service
  metadata: { name: web }
  spec:
    selector: { app: web }
    ports:
      - { name: http, port: 80 }
      - { port: 8443 }
`;
const withService = (code: string) => `${service}---\n${code}`;

testRule(rule, {
  valid: [
    {
      name: 'backends by port number and by port name; the old extensions/v1beta1 shape',
      code: withService(yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          defaultBackend: { service: { name: web, port: { name: http } } }
          rules:
            - host: example.com
              http:
                paths:
                  - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 8443 } } } }
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: { name: old }
        spec:
          backend: { serviceName: web, servicePort: http }
      `),
    },
    {
      name: 'an ExternalName Service without ports, and a resource backend',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: ext }
        spec: { type: ExternalName, externalName: example.com }
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: i }
        spec:
          defaultBackend: { service: { name: ext, port: { number: 443 } } }
          rules:
            - http:
                paths:
                  - path: /static
                    pathType: Prefix
                    backend: { resource: { apiGroup: k8s.example.com, kind: StorageBucket, name: static } }
      `,
    },
  ],
  invalid: [
    {
      name: 'a port number the Service does not expose, and a missing Service',
      code: withService(yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service:
                        name: web
                        port:
                          number: 8080
                  - path: /api
                    pathType: Prefix
                    backend:
                      service: { name: api, port: { number: 80 } }
      `),
      errors: [
        {
          messageId: 'missingPort',
          line: 23,
          column: 27,
          message: 'Service "web" has no port 8080 (ports: http/80, 8443)',
          path: 'spec.rules[0].http.paths[0].backend.service.port.number',
        },
        { messageId: 'missingService', line: 27, column: 32, message: 'Service "api" not found in namespace default' },
      ],
    },
    {
      name: 'a did-you-mean for a typo of a Service name, none for a name three edits from another',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: adservice }
        spec: { ports: [{ port: 80 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: web-frontend }
        spec: { ports: [{ port: 80 }] }
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          rules:
            - http:
                paths:
                  - { path: /a, pathType: Prefix, backend: { service: { name: service1, port: { number: 80 } } } }
                  - { path: /b, pathType: Prefix, backend: { service: { name: web-frontnd, port: { number: 80 } } } }
      `,
      errors: [
        { messageId: 'missingService', line: 18, column: 71, message: 'Service "service1" not found in namespace default' },
        {
          messageId: 'missingService',
          line: 19,
          column: 71,
          message: 'Service "web-frontnd" not found in namespace default (did you mean "web-frontend"?)',
        },
      ],
    },
    {
      name: 'a port name the Service does not have (old shape too)',
      code: withService(yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          defaultBackend: { service: { name: web, port: { name: https } } }
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: { name: old }
        spec:
          backend: { serviceName: web, servicePort: 81 }
      `),
      errors: [
        { messageId: 'missingPort', line: 14, column: 57, message: 'Service "web" has no port named "https" (ports: http/80, 8443)' },
        { messageId: 'missingPort', line: 20, column: 45 },
      ],
    },
  ],
});
