import { isCidr, parseIp, specialIpRange } from '../src/core/ip';
import type { Path } from '../src/core/types';
import { type RuleContext, createRule } from '../src/engine/rule';
import { checkDns1123Subdomain, checkQualifiedName } from '../src/index/label-selector';
import { asArray, asObject, isObject } from '../src/resources/kinds';
import type { KubeObject } from '../src/resources/resource';

const TYPES = new Set(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
/** Fields the API server refuses on an ExternalName Service (after it copies clusterIP into clusterIPs). */
const NOT_FOR_EXTERNAL_NAME = ['clusterIP', 'clusterIPs', 'ipFamilies', 'ipFamilyPolicy'] as const;
/** Fields the API server accepts only on a LoadBalancer Service. */
const LOAD_BALANCER_ONLY = ['loadBalancerSourceRanges', 'allocateLoadBalancerNodePorts', 'loadBalancerClass'] as const;
/** ClientIPConfig.timeoutSeconds: 1 to MaxClientIPServiceAffinitySeconds (one day). */
const MAX_AFFINITY_SECONDS = 86400;

const MESSAGES = {
  externalNameMissing: 'a Service of type ExternalName needs spec.externalName, the DNS name it is an alias for',
  externalNameInvalid: 'externalName "{{name}}" is not a valid DNS name: {{problems}}',
  externalNameForbidden: '{{field}} may not be set on a Service of type ExternalName: it gets no cluster IP, only a DNS alias',
  headlessType: 'clusterIP None (headless) is not allowed on a Service of type {{type}}, which needs a cluster IP',
  portsRequired: 'a {{type}} Service needs at least one port in spec.ports (only headless and ExternalName Services may have none)',
  duplicatePort: 'port {{port}}/{{protocol}} is defined twice (spec.ports[{{first}}] and spec.ports[{{second}}])',
  invalidQualifiedName: '{{field}} "{{value}}" is invalid: {{problems}}',
  externalTrafficPolicy:
    'externalTrafficPolicy is set on a Service of type {{type}}: only NodePort and LoadBalancer Services (or a ClusterIP Service with externalIPs) receive external traffic',
  healthCheckNodePort: 'healthCheckNodePort may only be set on a LoadBalancer Service with externalTrafficPolicy: Local',
  affinityConfigWithoutClientIP: 'sessionAffinityConfig is set, but sessionAffinity is {{affinity}}: it only applies to sessionAffinity: ClientIP',
  affinityTimeout: 'sessionAffinityConfig.clientIP.timeoutSeconds {{value}} is out of range (1-86400)',
  loadBalancerOnly: '{{field}} may only be set on a Service of type LoadBalancer, not {{type}}',
  invalidSourceRange: 'loadBalancerSourceRanges entry "{{value}}" is not a CIDR (e.g. 203.0.113.0/24 or 2001:db8::/32)',
  invalidIP: '{{field}} "{{value}}" is not an IP address{{hint}}',
  specialExternalIP: 'externalIPs entry "{{value}}" is {{range}}, which the API server refuses for an external IP',
  clusterIPsMismatch: 'clusterIPs[0] "{{first}}" must equal clusterIP "{{clusterIP}}"',
  noneNotAlone: '"None" must be the only value of clusterIPs',
  duplicateFamily: 'ipFamilies lists {{family}} twice: a dual-stack Service lists IPv4 and IPv6 once each',
  singleStackFamilies: 'ipFamilyPolicy SingleStack allows one IP family, but ipFamilies lists two: use PreferDualStack or RequireDualStack, or keep one family',
} as const;

type Report = RuleContext<object, keyof typeof MESSAGES>['report'];

export default createRule({
  id: 'valid-service-spec',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A Service's type, cluster IPs, ports and traffic fields fit together as the API server requires.",
    rationale:
      'The JSON schema of a Service only checks the type of each field; the API server checks how they fit ' +
      'together and rejects the Service on apply: an ExternalName Service without a valid externalName or with ' +
      'a cluster IP, a headless NodePort or LoadBalancer Service, a Service without ports that is neither ' +
      'headless nor ExternalName, two ports with the same number and protocol, traffic and load-balancer fields ' +
      'on a type that has no use for them, session affinity settings without ClientIP affinity, and cluster IPs, ' +
      'external IPs and source ranges that are not IP addresses or CIDRs.',
    fix: 'make the fields agree with spec.type (or change the type), and write addresses as IPs or CIDRs',
    messages: MESSAGES,
    refusals: [
      'externalNameMissing', 'externalNameInvalid', 'externalNameForbidden', 'headlessType', 'portsRequired', 'duplicatePort',
      'invalidQualifiedName', 'externalTrafficPolicy', 'healthCheckNodePort', 'affinityConfigWithoutClientIP', 'affinityTimeout',
      'loadBalancerOnly', 'invalidSourceRange', 'invalidIP', 'specialExternalIP', 'clusterIPsMismatch', 'noneNotAlone',
      'duplicateFamily', 'singleStackFamilies',
    ],
    defaultOptions: {},
    kinds: ['Service'],
  },
  check({ object, report }) {
    const spec = asObject(object.spec);
    const declaredType = typeof spec.type === 'string' && spec.type !== '' ? spec.type : 'ClusterIP';
    // an unknown type is the schema's finding: the checks that depend on the type are skipped
    const type = TYPES.has(declaredType) ? declaredType : undefined;
    const clusterIP = text(spec.clusterIP);
    const clusterIPs = asArray(spec.clusterIPs);
    const headless = clusterIP === 'None' || (clusterIP === undefined && clusterIPs.length === 1 && clusterIPs[0] === 'None');
    const ports = asArray(spec.ports);

    if (type === 'ExternalName') {
      checkExternalName(spec, report);
    } else {
      if (headless && (type === 'NodePort' || type === 'LoadBalancer')) {
        report({
          messageId: 'headlessType',
          data: { type },
          path: ['spec', clusterIP === 'None' ? 'clusterIP' : 'clusterIPs'],
          fix: 'remove clusterIP: None, or make the Service type ClusterIP',
        });
      }
      if (type !== undefined && !headless && (spec.ports === undefined || spec.ports === null || (Array.isArray(spec.ports) && ports.length === 0))) {
        report({
          messageId: 'portsRequired',
          data: { type },
          ...(Array.isArray(spec.ports) ? { path: ['spec', 'ports'] } : isObject(object.spec) ? { path: ['spec'], target: 'key' as const } : { path: [], target: 'key' as const }),
          fix: 'add the port(s) the Service exposes, or set clusterIP: None for a headless Service',
        });
      }
      checkClusterIPs(spec, clusterIP, clusterIPs, report);
      checkIpFamilies(spec, report);
    }

    checkPorts(ports, report);

    if (type !== undefined) {
      const externallyAccessible = type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && asArray(spec.externalIPs).length > 0);
      // a ClusterIP Service with externalIPs counts as externally accessible (apiservice.ExternallyAccessible)
      if (text(spec.externalTrafficPolicy) !== undefined && !externallyAccessible) {
        report({ messageId: 'externalTrafficPolicy', data: { type }, path: ['spec', 'externalTrafficPolicy'], fix: 'remove externalTrafficPolicy, or make the Service type NodePort or LoadBalancer' });
      }
      // externalTrafficPolicy defaults to Cluster
      if (typeof spec.healthCheckNodePort === 'number' && spec.healthCheckNodePort !== 0 && !(type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local')) {
        report({ messageId: 'healthCheckNodePort', path: ['spec', 'healthCheckNodePort'], fix: 'remove healthCheckNodePort (the cluster allocates it for a LoadBalancer Service with externalTrafficPolicy: Local)' });
      }
      if (type !== 'LoadBalancer') {
        for (const field of LOAD_BALANCER_ONLY) {
          const value = spec[field];
          const set = field === 'loadBalancerSourceRanges' ? asArray(value).length > 0 : field === 'allocateLoadBalancerNodePorts' ? typeof value === 'boolean' : text(value) !== undefined;
          if (set) report({ messageId: 'loadBalancerOnly', data: { field, type }, path: ['spec', field], fix: `remove ${field}, or set spec.type: LoadBalancer` });
        }
      }
    }

    const lbClass = text(spec.loadBalancerClass);
    if (lbClass !== undefined) {
      const problems = checkQualifiedName(lbClass);
      if (problems.length > 0) report({ messageId: 'invalidQualifiedName', data: { field: 'loadBalancerClass', value: lbClass, problems: problems.join('; ') }, path: ['spec', 'loadBalancerClass'] });
    }
    asArray(spec.loadBalancerSourceRanges).forEach((range, i) => {
      // the API server trims the entries (a leftover of the annotation they replaced)
      if (typeof range === 'string' && !isCidr(range.trim())) report({ messageId: 'invalidSourceRange', data: { value: range }, path: ['spec', 'loadBalancerSourceRanges', i] });
    });
    asArray(spec.externalIPs).forEach((value, i) => {
      if (typeof value !== 'string') return;
      const path = ['spec', 'externalIPs', i];
      const ip = parseIp(value);
      const range = ip ? specialIpRange(ip) : undefined;
      if (!ip) report({ messageId: 'invalidIP', data: { field: 'externalIPs entry', value, hint: '' }, path });
      else if (range !== undefined) report({ messageId: 'specialExternalIP', data: { value, range }, path });
    });

    checkSessionAffinity(spec, report);
  },
});

function checkExternalName(spec: KubeObject, report: Report): void {
  const name = spec.externalName;
  // a trailing dot marks the name as fully qualified
  const cname = typeof name !== 'string' ? '' : name.endsWith('.') ? name.slice(0, -1) : name;
  if (cname === '') {
    const fix = 'set spec.externalName to the DNS name the Service stands for (e.g. db.example.com), or use another type';
    if (typeof name === 'string') report({ messageId: 'externalNameMissing', path: ['spec', 'externalName'], fix });
    else if (name === undefined || name === null) report({ messageId: 'externalNameMissing', path: ['spec'], target: 'key', fix });
  } else {
    const problems = checkDns1123Subdomain(cname);
    if (problems.length > 0) report({ messageId: 'externalNameInvalid', data: { name: name as string, problems: problems.join('; ') }, path: ['spec', 'externalName'] });
  }
  for (const field of NOT_FOR_EXTERNAL_NAME) {
    const value = spec[field];
    if (Array.isArray(value) ? value.length > 0 : text(value) !== undefined) report({ messageId: 'externalNameForbidden', data: { field }, path: ['spec', field], fix: `remove ${field}` });
  }
}

function checkClusterIPs(spec: KubeObject, clusterIP: string | undefined, clusterIPs: readonly unknown[], report: Report): void {
  if (clusterIP !== undefined && clusterIP !== 'None' && !parseIp(clusterIP)) {
    const hint = clusterIP.toLowerCase() === 'none' ? ' (write "None" for a headless Service)' : ' (use "None" for a headless Service, or leave it out to get one allocated)';
    report({ messageId: 'invalidIP', data: { field: 'clusterIP', value: clusterIP, hint }, path: ['spec', 'clusterIP'] });
    return;
  }
  let valid = true;
  clusterIPs.forEach((value, i) => {
    if (typeof value !== 'string') return;
    if (value === 'None' && i === 0) {
      if (clusterIPs.length > 1) {
        report({ messageId: 'noneNotAlone', path: ['spec', 'clusterIPs'] });
        valid = false;
      }
    } else if (!parseIp(value)) {
      report({ messageId: 'invalidIP', data: { field: `clusterIPs[${i}]`, value, hint: '' }, path: ['spec', 'clusterIPs', i] });
      valid = false;
    }
  });
  const first = clusterIPs[0];
  if (valid && clusterIP !== undefined && typeof first === 'string' && first !== clusterIP) {
    report({ messageId: 'clusterIPsMismatch', data: { first, clusterIP }, path: ['spec', 'clusterIPs', 0], fix: 'list clusterIP first in clusterIPs, or leave clusterIPs out' });
  }
}

function checkIpFamilies(spec: KubeObject, report: Report): void {
  const families = asArray(spec.ipFamilies);
  const seen = new Set<string>();
  families.forEach((family, i) => {
    if (typeof family !== 'string' || family === '') return;
    if (seen.has(family)) report({ messageId: 'duplicateFamily', data: { family }, path: ['spec', 'ipFamilies', i] });
    seen.add(family);
  });
  if (spec.ipFamilyPolicy === 'SingleStack' && seen.size > 1) report({ messageId: 'singleStackFamilies', path: ['spec', 'ipFamilyPolicy'] });
}

function checkPorts(ports: readonly unknown[], report: Report): void {
  const seen = new Map<string, number>();
  ports.forEach((port, i) => {
    if (!isObject(port)) return;
    const at: Path = ['spec', 'ports', i];
    if (typeof port.port === 'number') {
      const protocol = text(port.protocol) ?? 'TCP';
      const key = `${port.port}/${protocol}`;
      const first = seen.get(key);
      if (first !== undefined) report({ messageId: 'duplicatePort', data: { port: port.port, protocol, first, second: i }, path: [...at, 'port'], fix: 'remove the repeated port, or give it another number or protocol' });
      else seen.set(key, i);
    }
    const appProtocol = text(port.appProtocol);
    if (appProtocol !== undefined) {
      const problems = checkQualifiedName(appProtocol);
      if (problems.length > 0) {
        report({ messageId: 'invalidQualifiedName', data: { field: 'appProtocol', value: appProtocol, problems: problems.join('; ') }, path: [...at, 'appProtocol'] });
      }
    }
  });
}

function checkSessionAffinity(spec: KubeObject, report: Report): void {
  const config = spec.sessionAffinityConfig;
  if (config === undefined || config === null) return;
  // an empty sessionAffinity defaults to None
  const affinity = text(spec.sessionAffinity) ?? 'None';
  if (affinity === 'None') {
    report({ messageId: 'affinityConfigWithoutClientIP', data: { affinity }, path: ['spec', 'sessionAffinityConfig'], fix: 'set sessionAffinity: ClientIP, or remove sessionAffinityConfig' });
    return;
  }
  if (affinity !== 'ClientIP') return;
  const timeout = asObject(asObject(config).clientIP).timeoutSeconds;
  if (typeof timeout === 'number' && Number.isInteger(timeout) && (timeout < 1 || timeout > MAX_AFFINITY_SECONDS)) {
    report({ messageId: 'affinityTimeout', data: { value: timeout }, path: ['spec', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'] });
  }
}

/** A non-empty string, else undefined (an empty string is an unset field to the API server). */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
