import { parseIp } from '../src/core/ip';
import type { Path } from '../src/core/types';
import { type RuleContext, createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { forEachPort } from '../src/resources/pod-spec';

/** Limits of a pod's dnsConfig (k8s pkg/apis/core/validation: MaxDNSNameservers, MaxDNSSearchPaths, MaxDNSSearchListChars). */
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARS = 2048;

export default createRule({
  id: 'valid-pod-network',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A pod's DNS settings and host-network ports are ones the API server accepts, and a host-network pod resolves cluster names.",
    rationale:
      'The API server rejects a pod (and the workload holding its template) with dnsPolicy None but no nameserver ' +
      'in dnsConfig, more than 3 nameservers or one that is not an IP address, more than 32 search domains or 2048 characters of them, a DNS ' +
      'option without a name, and, on the host network, a hostPort other than its containerPort. A pod on the ' +
      "host network with the default dnsPolicy (ClusterFirst) gets the node's resolver instead of the cluster's: " +
      'Service names do not resolve from it (information: ClusterFirstWithHostNet if it needs them, Default to say it does not).',
    fix: 'give dnsPolicy None a dnsConfig with 1 to 3 nameservers; on the host network, leave hostPort out or equal to containerPort',
    messages: {
      noNameserver: 'dnsPolicy None needs at least one nameserver in dnsConfig: the pod would have no DNS server',
      tooManyNameservers: 'dnsConfig has {{count}} nameservers, more than the {{max}} a resolver uses',
      nameserverNotIp: 'dnsConfig nameserver "{{value}}" is not an IP address (a resolver needs an address, not a name)',
      tooManySearches: 'dnsConfig has {{count}} search domains, more than {{max}}',
      searchTooLong: 'dnsConfig search domains have {{count}} characters in all, more than {{max}}',
      unnamedOption: 'dnsConfig option has no name',
      hostPortMismatch:
        'hostPort {{hostPort}} differs from containerPort {{containerPort}} of container "{{container}}": on the host network the container listens on the node\'s port itself, so they must match',
      clusterFirstOnHost:
        "the pod uses the host network with dnsPolicy {{policy}}, so it gets the node's DNS resolver: Service names do not resolve from it",
    },
    refusals: ['noNameserver', 'tooManyNameservers', 'nameserverNotIp', 'tooManySearches', 'searchTooLong', 'unnamedOption', 'hostPortMismatch'],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const { spec, specPath } = template;
    const dnsConfig = spec.dnsConfig;
    if (spec.dnsPolicy === 'None' && !(isObject(dnsConfig) && asArray(dnsConfig.nameservers).length > 0)) {
      const at = isObject(dnsConfig) ? [...specPath, 'dnsConfig'] : [...specPath, 'dnsPolicy'];
      report({ messageId: 'noNameserver', path: at, target: isObject(dnsConfig) ? 'key' : 'value' });
    }
    if (isObject(dnsConfig)) checkDnsConfig(dnsConfig, [...specPath, 'dnsConfig'], report);
    if (spec.hostNetwork !== true) return;
    const policy = spec.dnsPolicy ?? 'ClusterFirst';
    if (policy === 'ClusterFirst') {
      const at: Path = spec.dnsPolicy === undefined ? [...specPath, 'hostNetwork'] : [...specPath, 'dnsPolicy'];
      // information: node agents often need no cluster names, and dnsPolicy Default says so
      const fix = 'set dnsPolicy: ClusterFirstWithHostNet if the pod needs cluster names, or Default to say that it does not';
      report({ messageId: 'clusterFirstOnHost', data: { policy }, path: at, severity: 'info', fix });
    }
    forEachPort(template, (c, p) => {
      if (p.hostPort === undefined || p.hostPort === 0 || p.containerPort === undefined || p.hostPort === p.containerPort) return;
      report({ messageId: 'hostPortMismatch', data: { hostPort: p.hostPort, containerPort: p.containerPort, container: c.name }, path: [...p.path, 'hostPort'] });
    });
  },
});

type Report = RuleContext<object, 'tooManyNameservers' | 'nameserverNotIp' | 'tooManySearches' | 'searchTooLong' | 'unnamedOption'>['report'];

function checkDnsConfig(config: Record<string, unknown>, at: Path, report: Report): void {
  const nameservers = asArray(config.nameservers);
  if (nameservers.length > MAX_NAMESERVERS) {
    report({ messageId: 'tooManyNameservers', data: { count: nameservers.length, max: MAX_NAMESERVERS }, path: [...at, 'nameservers'] });
  }
  nameservers.forEach((server, i) => {
    if (typeof server === 'string' && !parseIp(server)) report({ messageId: 'nameserverNotIp', data: { value: server }, path: [...at, 'nameservers', i] });
  });
  const searches = asArray(config.searches);
  if (searches.length > MAX_SEARCHES) {
    report({ messageId: 'tooManySearches', data: { count: searches.length, max: MAX_SEARCHES }, path: [...at, 'searches'] });
  } else {
    // the resolver's search line: the domains joined by spaces
    const chars = searches.reduce<number>((sum, s) => sum + (typeof s === 'string' ? s.length : 0), 0) + Math.max(0, searches.length - 1);
    if (chars > MAX_SEARCH_CHARS) report({ messageId: 'searchTooLong', data: { count: chars, max: MAX_SEARCH_CHARS }, path: [...at, 'searches'] });
  }
  asArray(config.options).forEach((option, i) => {
    if (isObject(option) && (typeof option.name !== 'string' || option.name === '')) report({ messageId: 'unnamedOption', path: [...at, 'options', i] });
  });
}
