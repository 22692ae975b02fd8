import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-service-spec';

testRule(rule, {
  valid: [
    {
      name: 'a headless Service without ports, and one with clusterIPs [None] only',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: db }
        spec:
          clusterIP: None
          selector: { app: db }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: db2 }
        spec:
          clusterIPs: [None]
          selector: { app: db }
      `,
    },
    {
      name: 'ExternalName Services with a valid name (fully qualified with a trailing dot, or an IPv4 address) and ports',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: db }
        spec:
          type: ExternalName
          externalName: db.prod.example.com.
          clusterIP: ""
          ports: [{ port: 5432 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: legacy }
        spec:
          type: ExternalName
          externalName: 10.0.0.7
      `,
    },
    {
      name: 'a LoadBalancer with source ranges (space-padded, IPv6, host bits set), Local traffic with a health check port, a class',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: LoadBalancer
          loadBalancerClass: example.com/internal-vip
          allocateLoadBalancerNodePorts: false
          loadBalancerSourceRanges: ["203.0.113.0/24", " 10.0.0.0/8 ", "2001:db8::/32", "192.168.1.1/24"]
          externalTrafficPolicy: Local
          healthCheckNodePort: 32000
          ports:
            - { name: http, port: 80, appProtocol: http }
            - { name: h2c, port: 8080, appProtocol: kubernetes.io/h2c }
      `,
    },
    {
      name: 'ClientIP affinity with the longest timeout, TCP and UDP on one port, a NodePort with a traffic policy',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: dns }
        spec:
          sessionAffinity: ClientIP
          sessionAffinityConfig:
            clientIP: { timeoutSeconds: 86400 }
          ports:
            - { name: dns, port: 53, protocol: UDP }
            - { name: dns-tcp, port: 53, protocol: TCP }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: np }
        spec:
          type: NodePort
          externalTrafficPolicy: Cluster
          sessionAffinity: None
          ports: [{ port: 80 }]
      `,
    },
    {
      name: 'a ClusterIP Service with externalIPs and a traffic policy (accepted by recent API servers), dual-stack cluster IPs',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          clusterIP: 10.96.0.10
          clusterIPs: [10.96.0.10, "fd00::10"]
          ipFamilies: [IPv4, IPv6]
          ipFamilyPolicy: RequireDualStack
          externalIPs: [198.51.100.7, "2001:db8::7"]
          externalTrafficPolicy: Local
          ports: [{ port: 443 }]
      `,
    },
    {
      name: "an unknown type is the schema's finding: nothing that depends on the type is reported",
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: Nodeport
          externalTrafficPolicy: Local
          loadBalancerSourceRanges: ["10.0.0.0/8"]
      `,
    },
    {
      name: 'empty strings are unset fields',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: ""
          clusterIP: ""
          externalTrafficPolicy: ""
          loadBalancerClass: ""
          sessionAffinity: ""
          ports: [{ port: 80, protocol: "", appProtocol: "" }]
      `,
    },
  ],
  invalid: [
    {
      name: 'ExternalName without externalName, with an empty one, with an invalid one, and with cluster IP fields',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: a }
        spec:
          type: ExternalName
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: b }
        spec:
          type: ExternalName
          externalName: ""
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: c }
        spec:
          type: ExternalName
          externalName: DB.example.com
          clusterIP: None
          clusterIPs: [None]
          ipFamilies: [IPv4]
          ipFamilyPolicy: SingleStack
          externalTrafficPolicy: Local
      `,
      errors: [
        {
          messageId: 'externalNameMissing',
          line: 4,
          column: 1,
          message: 'a Service of type ExternalName needs spec.externalName, the DNS name it is an alias for',
        },
        { messageId: 'externalNameMissing', line: 12, column: 17 },
        {
          messageId: 'externalNameInvalid',
          line: 19,
          column: 17,
          message:
            "externalName \"DB.example.com\" is not a valid DNS name: must be a DNS-1123 subdomain: lowercase alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character",
        },
        {
          messageId: 'externalNameForbidden',
          line: 20,
          column: 14,
          message: 'clusterIP may not be set on a Service of type ExternalName: it gets no cluster IP, only a DNS alias',
        },
        { messageId: 'externalNameForbidden', line: 21, column: 3 },
        { messageId: 'externalNameForbidden', line: 22, column: 3 },
        { messageId: 'externalNameForbidden', line: 23, column: 19 },
        {
          messageId: 'externalTrafficPolicy',
          line: 24,
          column: 26,
          message:
            'externalTrafficPolicy is set on a Service of type ExternalName: only NodePort and LoadBalancer Services (or a ClusterIP Service with externalIPs) receive external traffic',
        },
      ],
    },
    {
      name: 'a headless NodePort or LoadBalancer Service',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: LoadBalancer
          clusterIP: None
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: web2 }
        spec:
          type: NodePort
          clusterIPs: [None]
          ports: [{ port: 80 }]
      `,
      errors: [
        {
          messageId: 'headlessType',
          line: 6,
          column: 14,
          message: 'clusterIP None (headless) is not allowed on a Service of type LoadBalancer, which needs a cluster IP',
        },
        { messageId: 'headlessType', line: 14, column: 3 },
      ],
    },
    {
      name: 'no ports on a Service that is neither headless nor ExternalName: missing, empty, no spec at all',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app: web }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: lb }
        spec:
          type: LoadBalancer
          ports: []
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: bare }
      `,
      errors: [
        {
          messageId: 'portsRequired',
          line: 4,
          column: 1,
          message: 'a ClusterIP Service needs at least one port in spec.ports (only headless and ExternalName Services may have none)',
        },
        { messageId: 'portsRequired', line: 12, column: 3 },
        { messageId: 'portsRequired', line: 14, column: 1 },
      ],
    },
    {
      name: 'two ports with the same number and protocol (TCP by default), an invalid appProtocol',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          ports:
            - { name: http, port: 80, targetPort: 8080 }
            - { name: http-alt, port: 80, protocol: TCP, targetPort: 8081 }
            - { name: dns, port: 53, protocol: UDP }
            - { name: dns-again, port: 53, protocol: UDP, appProtocol: "dns over udp" }
      `,
      errors: [
        {
          messageId: 'duplicatePort',
          line: 7,
          column: 31,
          message: 'port 80/TCP is defined twice (spec.ports[0] and spec.ports[1])',
        },
        { messageId: 'duplicatePort', line: 9, column: 32 },
        {
          messageId: 'invalidQualifiedName',
          line: 9,
          column: 64,
          message:
            "appProtocol \"dns over udp\" is invalid: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        },
      ],
    },
    {
      name: 'externalTrafficPolicy on a ClusterIP Service without externalIPs, healthCheckNodePort without Local traffic',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          externalTrafficPolicy: Local
          healthCheckNodePort: 30100
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: lb }
        spec:
          type: LoadBalancer
          healthCheckNodePort: 30101
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: np }
        spec:
          type: NodePort
          externalTrafficPolicy: Local
          healthCheckNodePort: 30102
          ports: [{ port: 80 }]
      `,
      errors: [
        { messageId: 'externalTrafficPolicy', line: 5, column: 26 },
        {
          messageId: 'healthCheckNodePort',
          line: 6,
          column: 24,
          message: 'healthCheckNodePort may only be set on a LoadBalancer Service with externalTrafficPolicy: Local',
        },
        { messageId: 'healthCheckNodePort', line: 14, column: 24 },
        { messageId: 'healthCheckNodePort', line: 23, column: 24 },
      ],
    },
    {
      name: 'LoadBalancer fields on other types, an invalid class, source ranges that are not CIDRs',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          type: NodePort
          loadBalancerSourceRanges: [10.0.0.0/8]
          allocateLoadBalancerNodePorts: true
          loadBalancerClass: example.com/lb
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: lb }
        spec:
          type: LoadBalancer
          loadBalancerClass: "Example.com/LB"
          loadBalancerSourceRanges: [10.0.0.1, "10.0.0.0/33", "office"]
          ports: [{ port: 80 }]
      `,
      errors: [
        {
          messageId: 'loadBalancerOnly',
          line: 6,
          column: 3,
          message: 'loadBalancerSourceRanges may only be set on a Service of type LoadBalancer, not NodePort',
        },
        { messageId: 'loadBalancerOnly', line: 7, column: 34 },
        { messageId: 'loadBalancerOnly', line: 8, column: 22 },
        {
          messageId: 'invalidQualifiedName',
          line: 16,
          column: 22,
          message: 'loadBalancerClass "Example.com/LB" is invalid: prefix part must be a lowercase DNS subdomain (e.g. example.com)',
        },
        {
          messageId: 'invalidSourceRange',
          line: 17,
          column: 30,
          message: 'loadBalancerSourceRanges entry "10.0.0.1" is not a CIDR (e.g. 203.0.113.0/24 or 2001:db8::/32)',
        },
        { messageId: 'invalidSourceRange', line: 17, column: 40 },
        { messageId: 'invalidSourceRange', line: 17, column: 55 },
      ],
    },
    {
      name: 'externalIPs that are not IPs or lie in ranges the API server refuses',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          externalIPs:
            - 198.51.100.7
            - example.com
            - 127.0.0.1
            - 0.0.0.0
            - 169.254.169.254
            - "fe80::1"
          ports: [{ port: 80 }]
      `,
      errors: [
        { messageId: 'invalidIP', line: 7, column: 7, message: 'externalIPs entry "example.com" is not an IP address' },
        {
          messageId: 'specialExternalIP',
          line: 8,
          column: 7,
          message: 'externalIPs entry "127.0.0.1" is in the loopback range (127.0.0.0/8), which the API server refuses for an external IP',
        },
        {
          messageId: 'specialExternalIP',
          line: 9,
          column: 7,
          message: 'externalIPs entry "0.0.0.0" is the unspecified address (0.0.0.0), which the API server refuses for an external IP',
        },
        { messageId: 'specialExternalIP', line: 10, column: 7 },
        { messageId: 'specialExternalIP', line: 11, column: 7 },
      ],
    },
    {
      name: 'cluster IPs: not an IP, "none", clusterIPs[0] not clusterIP, None not alone, invalid entries',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: a }
        spec:
          clusterIP: none
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: b }
        spec:
          clusterIP: 10.96.0.10
          clusterIPs: [10.96.0.11]
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: c }
        spec:
          clusterIP: None
          clusterIPs: [None, "fd00::1"]
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: d }
        spec:
          clusterIP: 10.96.0.12
          clusterIPs: [10.96.0.12, auto]
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: e }
        spec:
          clusterIP: 10.96.0.300
          ports: [{ port: 80 }]
      `,
      errors: [
        {
          messageId: 'invalidIP',
          line: 5,
          column: 14,
          message: 'clusterIP "none" is not an IP address (write "None" for a headless Service)',
        },
        {
          messageId: 'clusterIPsMismatch',
          line: 13,
          column: 16,
          message: 'clusterIPs[0] "10.96.0.11" must equal clusterIP "10.96.0.10"',
        },
        { messageId: 'noneNotAlone', line: 21, column: 3, message: '"None" must be the only value of clusterIPs' },
        { messageId: 'invalidIP', line: 29, column: 28, message: 'clusterIPs[1] "auto" is not an IP address' },
        {
          messageId: 'invalidIP',
          line: 36,
          column: 14,
          message: 'clusterIP "10.96.0.300" is not an IP address (use "None" for a headless Service, or leave it out to get one allocated)',
        },
      ],
    },
    {
      name: 'an IP family listed twice, SingleStack with two families',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: a }
        spec:
          ipFamilies: [IPv6, IPv6]
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: b }
        spec:
          ipFamilyPolicy: SingleStack
          ipFamilies: [IPv4, IPv6]
          ports: [{ port: 80 }]
      `,
      errors: [
        {
          messageId: 'duplicateFamily',
          line: 5,
          column: 22,
          message: 'ipFamilies lists IPv6 twice: a dual-stack Service lists IPv4 and IPv6 once each',
        },
        {
          messageId: 'singleStackFamilies',
          line: 12,
          column: 19,
          message:
            'ipFamilyPolicy SingleStack allows one IP family, but ipFamilies lists two: use PreferDualStack or RequireDualStack, or keep one family',
        },
      ],
    },
    {
      name: 'sessionAffinityConfig without ClientIP affinity (None by default), a timeout out of range',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: a }
        spec:
          sessionAffinityConfig:
            clientIP: { timeoutSeconds: 3600 }
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: b }
        spec:
          sessionAffinity: ClientIP
          sessionAffinityConfig:
            clientIP: { timeoutSeconds: 0 }
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: c }
        spec:
          sessionAffinity: ClientIP
          sessionAffinityConfig:
            clientIP: { timeoutSeconds: 86401 }
          ports: [{ port: 80 }]
      `,
      errors: [
        {
          messageId: 'affinityConfigWithoutClientIP',
          line: 5,
          column: 3,
          message: 'sessionAffinityConfig is set, but sessionAffinity is None: it only applies to sessionAffinity: ClientIP',
        },
        {
          messageId: 'affinityTimeout',
          line: 15,
          column: 33,
          message: 'sessionAffinityConfig.clientIP.timeoutSeconds 0 is out of range (1-86400)',
        },
        { messageId: 'affinityTimeout', line: 24, column: 33 },
      ],
    },
  ],
});
