import { parseIp } from '../src/core/ip';
import type { Path } from '../src/core/types';
import { type RuleContext, createRule } from '../src/engine/rule';
import { checkDns1123Subdomain, checkWildcardDns1123Subdomain } from '../src/index/label-selector';
import { asArray, asObject, isObject } from '../src/resources/kinds';

/** What the API server refuses in an Exact or Prefix path (networking validation: invalidPathSequences, invalidPathSuffixes). */
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];
const PATH_TYPES = new Set(['Exact', 'Prefix', 'ImplementationSpecific']);

const MESSAGES = {
  notAbsolute: 'path "{{path}}" must be an absolute path, starting with "/"',
  missingPath: 'pathType {{pathType}} needs a path starting with "/" (e.g. "/")',
  invalidSequence: 'path "{{path}}" must not contain {{sequences}} (pathType {{pathType}})',
  invalidSuffix: 'path "{{path}}" must not end with "{{suffix}}" (pathType {{pathType}})',
  noPaths: 'spec.rules[{{rule}}].http has no paths: list at least one, or remove http',
  hostIsIP: 'host "{{host}}" must be a DNS name, not an IP address',
  invalidHost: '{{what}} "{{host}}" is invalid: {{problems}}{{hint}}',
  duplicatePath:
    'path "{{path}}" ({{pathType}}) is defined twice for {{host}} (first at {{first}}): the controller sends its requests to one backend only, so one of the two entries is never used',
} as const;

type Report = RuleContext<object, keyof typeof MESSAGES>['report'];

export default createRule({
  id: 'valid-ingress-path',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "An Ingress's hosts and paths are written as the API server and the controllers require.",
    rationale:
      'The schema of an Ingress only says that a host and a path are strings; the API server rejects an ' +
      'Ingress whose path does not start with "/", whose Exact or Prefix path contains "//", "/./", "/../" or an ' +
      'encoded slash or ends with "/." or "/..", whose host is an IP address, has uppercase letters or a "*" ' +
      'anywhere but as the whole first label, and whose http rule has no paths. The same path and pathType ' +
      'twice under one host is accepted, but a controller routes it to one backend only: the other entry is ' +
      'dead configuration (reported as a warning).',
    fix: 'start every path with "/", write hosts as lowercase DNS names ("*.example.com" for a wildcard), and define each path once per host',
    messages: MESSAGES,
    refusals: ['notAbsolute', 'missingPath', 'invalidSequence', 'invalidSuffix', 'noPaths', 'hostIsIP', 'invalidHost'],
    defaultOptions: {},
    kinds: ['Ingress'],
  },
  check({ resource, object, report }) {
    // the removed v1beta1 Ingresses (no-removed-api) had optional pathTypes and other rules
    if (resource.apiVersion !== 'networking.k8s.io/v1') return;
    const spec = asObject(object.spec);
    /** host, pathType and path of each path seen → where it was first defined */
    const seen = new Map<string, string>();

    asArray(spec.rules).forEach((rule, r) => {
      if (!isObject(rule)) return;
      const host = typeof rule.host === 'string' ? rule.host : '';
      if (host !== '') checkHost('host', host, ['spec', 'rules', r, 'host'], true, report);
      if (!isObject(rule.http)) return;
      const paths = rule.http.paths;
      if (Array.isArray(paths) && paths.length === 0) {
        report({ messageId: 'noPaths', data: { rule: r }, path: ['spec', 'rules', r, 'http', 'paths'] });
      }
      asArray(paths).forEach((entry, i) => {
        if (!isObject(entry) || typeof entry.pathType !== 'string' || !PATH_TYPES.has(entry.pathType)) return;
        if (entry.path !== undefined && entry.path !== null && typeof entry.path !== 'string') return;
        const at: Path = ['spec', 'rules', r, 'http', 'paths', i];
        const pathType = entry.pathType;
        const path = entry.path ?? '';
        if (!checkPath(path, typeof entry.path === 'string', pathType, at, report)) return;
        const key = `${host}\0${pathType}\0${path}`;
        const first = seen.get(key);
        const here = `spec.rules[${r}].http.paths[${i}]`;
        if (first === undefined) {
          seen.set(key, here);
          return;
        }
        report({
          messageId: 'duplicatePath',
          data: { path, pathType, host: host === '' ? 'the rules without a host' : `host "${host}"`, first },
          path: [...at, 'path'],
          severity: 'warning',
          fix: 'remove one of the two entries (or change its path or pathType)',
        });
      });
    });

    asArray(spec.tls).forEach((tls, t) => {
      asArray(asObject(tls).hosts).forEach((host, i) => {
        // the API server checks TLS hosts as DNS names only: an IPv4 address passes
        if (typeof host === 'string' && host !== '') checkHost('TLS host', host, ['spec', 'tls', t, 'hosts', i], false, report);
      });
    });
  },
});

/** Reports what the API server refuses in the path; true when it accepts it. */
function checkPath(path: string, written: boolean, pathType: string, at: Path, report: Report): boolean {
  if (pathType === 'ImplementationSpecific') {
    // an empty path is allowed: the controller decides what it means
    if (path === '' || path.startsWith('/')) return true;
    report({ messageId: 'notAbsolute', data: { path }, path: [...at, 'path'], fix: `write "/${path}"` });
    return false;
  }
  if (path === '') {
    if (written) report({ messageId: 'missingPath', data: { pathType }, path: [...at, 'path'] });
    else report({ messageId: 'missingPath', data: { pathType }, path: at, target: 'key' });
    return false;
  }
  let valid = true;
  if (!path.startsWith('/')) {
    report({ messageId: 'notAbsolute', data: { path }, path: [...at, 'path'], fix: `write "/${path}"` });
    valid = false;
  }
  const sequences = INVALID_SEQUENCES.filter((s) => path.includes(s));
  if (sequences.length > 0) {
    report({ messageId: 'invalidSequence', data: { path, pathType, sequences: sequences.map((s) => `"${s}"`).join(' or ') }, path: [...at, 'path'] });
    valid = false;
  }
  const suffix = INVALID_SUFFIXES.find((s) => path.endsWith(s));
  if (suffix !== undefined) {
    report({ messageId: 'invalidSuffix', data: { path, pathType, suffix }, path: [...at, 'path'] });
    valid = false;
  }
  return valid;
}

/** Reports a host the API server refuses (a rule host must not be an IP address; a TLS host may). */
function checkHost(what: string, host: string, at: Path, refuseIp: boolean, report: Report): void {
  if (refuseIp && parseIp(host)) {
    report({ messageId: 'hostIsIP', data: { host }, path: at, fix: 'use a DNS name for the host, or leave host out to match every host' });
    return;
  }
  const problems = host.includes('*') ? checkWildcardDns1123Subdomain(host) : checkDns1123Subdomain(host);
  if (problems.length === 0) return;
  const candidate = suggestHost(host);
  const hint = candidate !== undefined ? `; did you mean "${candidate}"?` : '';
  report({ messageId: 'invalidHost', data: { what, host, problems: problems.join('; '), hint }, path: at });
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const PORT_OR_PATH = /[:/].*$/;
const TRAILING_DOT = /\.$/;

/** The host a person probably meant ("Example.com", "https://example.com/", "example.com:443" → "example.com"), if it is valid. */
function suggestHost(host: string): string | undefined {
  const candidate = host
    .toLowerCase()
    .replace(SCHEME, '')
    .replace(PORT_OR_PATH, '')
    .replace(TRAILING_DOT, '');
  if (candidate === host || candidate === '') return undefined;
  const problems = candidate.includes('*') ? checkWildcardDns1123Subdomain(candidate) : checkDns1123Subdomain(candidate);
  return problems.length === 0 && !parseIp(candidate) ? candidate : undefined;
}
