import { formatQuantity, tryParseQuantity } from '../src/core/quantity';
import { suggestName } from '../src/core/suggest';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { checkQualifiedName } from '../src/index/label-selector';
import { POD_SPEC_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, type ContainerView, containersOf } from '../src/resources/pod-spec';
import type { KubeObject } from '../src/resources/resource';

/**
 * The pod fields an environment variable can read (validEnvDownwardAPIFieldPathExpressions), besides
 * one label or annotation by key. status.hostIPs came with the PodHostIPs feature, on by default from 1.29.
 */
const ENV_FIELDS = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
];
const ENV_FIELD_SET: ReadonlySet<string> = new Set(ENV_FIELDS);
const HOST_IPS_SINCE = 29;
/** The leaf of each field (`podIP` → `status.podIP`), to suggest a field written under the wrong parent. */
const FIELD_BY_LEAF: ReadonlyMap<string, string> = new Map(ENV_FIELDS.map((f) => [f.slice(f.indexOf('.') + 1), f]));
const SUBSCRIPTED = ['metadata.labels', 'metadata.annotations'];
const SUPPORTED_FIELDS = [...ENV_FIELDS.slice(0, 3), "metadata.labels['<key>']", "metadata.annotations['<key>']", ...ENV_FIELDS.slice(3)].join(', ');
/** A label or annotation written as a field or with the wrong brackets: `metadata.labels.app`, `metadata.labels["app"]`. */
const MAP_ENTRY = /^(metadata\.(?:labels|annotations))(?:\.(.+)|\[(["']?)(.*)\3\])$/;

/** The container resources an environment variable can read (validContainerResourceFieldPathExpressions). */
const RESOURCE_FIELDS = ['limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage'];
const RESOURCE_FIELD_SET: ReadonlySet<string> = new Set(RESOURCE_FIELDS);
const TRUNCATED_RESOURCE = /^(?:limits|requests)\.[a-z]{2}/;
const HUGEPAGES_PREFIXES = ['limits.hugepages-', 'requests.hugepages-'];
/** The divisors the API server accepts, compared with the divisor's canonical form (divisor.String()). */
const CPU_DIVISORS = ['1m', '1'];
const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];

/** The four sources of valueFrom; fileKeyRef (EnvFiles, alpha in 1.34) is left out of the counts, see below. */
const VALUE_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'] as const;

/** IsEnvVarName, the rule before RelaxedEnvironmentVariableValidation (beta, on by default, from 1.32). */
const C_IDENTIFIER_ISH = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const RELAXED_NAMES_SINCE = 32;
/** IsRelaxedEnvVarName: printable ASCII (space to "~") except "=". */
const NOT_RELAXED = /[^\x20-\x3c\x3e-\x7e]/;

type MessageId =
  | 'valueAndValueFrom'
  | 'noSource'
  | 'manySources'
  | 'fieldApiVersion'
  | 'fieldPath'
  | 'wholeMap'
  | 'subscriptKey'
  | 'hostIPs'
  | 'resource'
  | 'divisor'
  | 'containerName'
  | 'name'
  | 'envFromNoSource'
  | 'envFromBoth';

export default createRule({
  id: 'valid-env',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A container's environment variables are ones the API server accepts: one source each, pod fields and resources it can read, valid names.",
    rationale:
      'The API server rejects a pod (and the Deployment, Job or other workload holding its template) with an ' +
      'environment variable that has both a value and a valueFrom, a valueFrom with no source or with two, a ' +
      'fieldRef to a pod field the downward API does not offer to variables (metadata.labels.app instead of ' +
      "metadata.labels['app'], metadata.podIP instead of status.podIP), a resourceFieldRef to something other " +
      'than a cpu, memory, ephemeral-storage or hugepages request or limit, a divisor that is not a unit ' +
      '(1m or 1 for cpu, 1, 1k, 1Ki … for bytes), or a name it does not allow for the Kubernetes version. The ' +
      'schema sees none of it: every one of these fields is a free string.',
    fix: 'give each variable one source (a value or one valueFrom reference), and read the fields and resources the downward API offers',
    messages: {
      valueAndValueFrom: 'env {{name}} of container "{{container}}" sets both value and valueFrom: valueFrom is allowed only when value is empty',
      noSource: 'env {{name}} of container "{{container}}": valueFrom must set one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef',
      manySources: 'env {{name}} of container "{{container}}": valueFrom sets {{first}} and {{second}}, but may set only one of them',
      fieldApiVersion: 'fieldRef.apiVersion "{{value}}" is not supported: the downward API reads pod fields in version v1',
      fieldPath: 'fieldRef.fieldPath "{{value}}" is not a pod field environment variables can read{{hint}}',
      wholeMap: 'fieldRef.fieldPath "{{value}}" selects every {{what}}, which only a downwardAPI volume can hold: an environment variable reads one, as {{value}}[\'<key>\']',
      subscriptKey: 'fieldRef.fieldPath "{{value}}": "{{key}}" is not a valid {{what}} key: {{problem}}',
      hostIPs: 'fieldRef.fieldPath "status.hostIPs" needs Kubernetes 1.29 or later (target {{version}}): use status.hostIP',
      resource: 'resourceFieldRef.resource "{{value}}" is not a container resource environment variables can read{{hint}}',
      divisor: 'divisor {{value}} is not supported with {{resource}}: use one of {{allowed}}{{hint}}',
      containerName:
        'resourceFieldRef.containerName "{{value}}" names no container of the pod{{hint}}: the kubelet cannot start container "{{container}}"',
      name: '{{what}} {{name}} of container "{{container}}" is invalid{{forVersion}}: {{problem}}',
      envFromNoSource: 'envFrom[{{index}}] of container "{{container}}" must set one of configMapRef or secretRef',
      envFromBoth: 'envFrom[{{index}}] of container "{{container}}" sets both configMapRef and secretRef: use one entry for each',
    } satisfies Record<MessageId, string>,
    refusals: [
      'valueAndValueFrom', 'noSource', 'manySources', 'fieldApiVersion', 'fieldPath', 'wholeMap', 'subscriptKey', 'hostIPs',
      'resource', 'divisor', 'name', 'envFromNoSource', 'envFromBoth',
    ],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, kubernetesVersion, kubernetesMinor: minor, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    if (!containers.some(hasEnv)) return;
    let names: ReadonlySet<string> | undefined;
    const containerNames = () => (names ??= new Set(containers.map((c) => c.name)));

    const checkName = (what: 'env var name' | 'envFrom prefix', name: string, c: ContainerView, i: number, field: 'name' | 'prefix') => {
      const problem = nameProblem(name, minor);
      if (problem === undefined) return;
      const path: Path = [...c.path, field === 'name' ? 'env' : 'envFrom', i, field];
      const forVersion = minor < RELAXED_NAMES_SINCE ? ` for Kubernetes ${kubernetesVersion}` : '';
      report({ messageId: 'name', data: { what, name: JSON.stringify(name), container: c.name, forVersion, problem }, path });
    };

    for (const c of containers) {
      if (!hasEnv(c)) continue;
      const env = asArray(c.container.env);
      for (let i = 0; i < env.length; i++) {
        const entry = env[i];
        if (!isObject(entry)) continue;
        const name = entry.name;
        if (typeof name === 'string') checkName('env var name', name, c, i, 'name');
        const valueFrom = entry.valueFrom;
        if (!isObject(valueFrom)) continue;
        // paths and message data are built only for a finding: most entries have none
        const at = (...rest: Path): Path => [...c.path, 'env', i, ...rest];
        let first: string | undefined;
        let second: string | undefined;
        for (const source of VALUE_SOURCES) {
          if (valueFrom[source] == null) continue;
          if (first === undefined) first = source;
          else second ??= source;
        }
        const data = () => ({ name: JSON.stringify(typeof name === 'string' ? name : ''), container: c.name });
        // validateEnvVarValueFrom: no source; else a value beside the sources; else more than one source.
        // fileKeyRef (EnvFiles, alpha in 1.34: dropped while its feature gate is off) counts only as "a source
        // is set": whether the API server rejects it beside a value or another source depends on the gate.
        if (first === undefined) {
          if (valueFrom.fileKeyRef == null) report({ messageId: 'noSource', data: data(), path: at('valueFrom'), target: 'key' });
          continue;
        }
        // reported at the value, which may be a secret: sensitive, so code frames mask it
        if (typeof entry.value === 'string' && entry.value !== '') report({ messageId: 'valueAndValueFrom', data: data(), path: at('value'), sensitive: true });
        else if (second !== undefined) report({ messageId: 'manySources', data: { ...data(), first, second }, path: at('valueFrom', second), target: 'key' });
        if (isObject(valueFrom.fieldRef)) checkFieldRef(valueFrom.fieldRef, () => at('valueFrom', 'fieldRef'), minor, kubernetesVersion, report);
        const resourceRef = valueFrom.resourceFieldRef;
        if (isObject(resourceRef)) {
          const ref = () => at('valueFrom', 'resourceFieldRef');
          checkResourceRef(resourceRef, ref, report);
          const target = resourceRef.containerName;
          if (typeof target === 'string' && target !== '' && !containerNames().has(target)) {
            const suggestion = suggestName(target, containerNames());
            const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : ` (its containers: ${[...containerNames()].join(', ')})`;
            report({ messageId: 'containerName', data: { value: target, hint, container: c.name }, path: [...ref(), 'containerName'] });
          }
        }
      }

      const envFrom = asArray(c.container.envFrom);
      for (let i = 0; i < envFrom.length; i++) {
        const entry = envFrom[i];
        if (!isObject(entry)) continue;
        if (typeof entry.prefix === 'string' && entry.prefix !== '') checkName('envFrom prefix', entry.prefix, c, i, 'prefix');
        const configMap = entry.configMapRef != null;
        const secret = entry.secretRef != null;
        if (configMap !== secret) continue;
        const data = { index: i, container: c.name };
        if (!configMap) report({ messageId: 'envFromNoSource', data, path: [...c.path, 'envFrom', i] });
        else report({ messageId: 'envFromBoth', data, path: [...c.path, 'envFrom', i, 'secretRef'], target: 'key' });
      }
    }
  },
});

type Report = (report: { messageId: MessageId; data: Record<string, string | number>; path: Path; target?: 'key'; sensitive?: boolean }) => void;

function hasEnv(c: ContainerView): boolean {
  const { env, envFrom } = c.container;
  return (Array.isArray(env) && env.length > 0) || (Array.isArray(envFrom) && envFrom.length > 0);
}


/** Why the API server of that minor version rejects an env var name (or envFrom prefix); undefined when it accepts it. */
function nameProblem(name: string, minor: number): string | undefined {
  if (name === '') return 'it must not be empty';
  const relaxed = NOT_RELAXED.test(name) ? "it may consist only of printable ASCII characters other than '='" : undefined;
  if (minor >= RELAXED_NAMES_SINCE) return relaxed;
  let strict: string | undefined;
  if (!C_IDENTIFIER_ISH.test(name)) strict = "it must consist of letters, digits, '_', '-' or '.', and must not start with a digit";
  else if (name === '.' || name === '..') strict = `it must not be '${name}'`;
  else if (name.startsWith('..')) strict = "it must not start with '..'";
  if (strict === undefined) return undefined;
  return relaxed === undefined ? `${strict} (Kubernetes 1.${RELAXED_NAMES_SINCE} and later accept any printable ASCII character except '=')` : strict;
}

/** validateObjectFieldSelector with the env expressions, after ConvertDownwardAPIFieldLabel. */
function checkFieldRef(ref: KubeObject, at: () => Path, minor: number, version: string, report: Report): void {
  const apiVersion = ref.apiVersion;
  // an empty apiVersion is defaulted to v1
  if (typeof apiVersion === 'string' && apiVersion !== '' && apiVersion !== 'v1') {
    report({ messageId: 'fieldApiVersion', data: { value: apiVersion }, path: [...at(), 'apiVersion'] });
    return;
  }
  const value = ref.fieldPath;
  if (typeof value !== 'string') return;
  if (ENV_FIELD_SET.has(value)) {
    if (value === 'status.hostIPs' && minor < HOST_IPS_SINCE) report({ messageId: 'hostIPs', data: { version }, path: [...at(), 'fieldPath'] });
    return;
  }
  const path: Path = [...at(), 'fieldPath'];
  // spec.host: the old name of spec.nodeName, converted by the API server
  if (value === 'spec.host') return;
  const subscript = splitSubscript(value);
  if (subscript && SUBSCRIPTED.includes(subscript.field)) {
    const labels = subscript.field === 'metadata.labels';
    const problem = checkQualifiedName(labels ? subscript.key : subscript.key.toLowerCase())[0];
    if (problem !== undefined) report({ messageId: 'subscriptKey', data: { value, key: subscript.key, what: labels ? 'label' : 'annotation', problem }, path });
    return;
  }
  if (SUBSCRIPTED.includes(value)) {
    report({ messageId: 'wholeMap', data: { value, what: value === 'metadata.labels' ? 'label' : 'annotation' }, path });
    return;
  }
  report({ messageId: 'fieldPath', data: { value, hint: fieldPathHint(value, subscript) }, path });
}

/** SplitMaybeSubscriptedPath: `metadata.labels['app']` → metadata.labels and app. */
function splitSubscript(value: string): { field: string; key: string } | undefined {
  if (!value.endsWith("']")) return undefined;
  const inner = value.slice(0, -2);
  const open = inner.indexOf("['");
  return open > 0 ? { field: inner.slice(0, open), key: inner.slice(open + 2) } : undefined;
}

function fieldPathHint(value: string, subscript: { field: string; key: string } | undefined): string {
  let suggestion: string | undefined;
  const entry = MAP_ENTRY.exec(value);
  if (entry) suggestion = `${entry[1]!}['${entry[2] ?? entry[4]!}']`;
  else if (subscript) {
    const field = suggestName(subscript.field, SUBSCRIPTED);
    if (field !== undefined) suggestion = `${field}['${subscript.key}']`;
  } else {
    suggestion = suggestName(value, ENV_FIELDS);
    if (suggestion === undefined) {
      const leaf = value.slice(value.lastIndexOf('.') + 1);
      const near = FIELD_BY_LEAF.has(leaf) ? leaf : suggestName(leaf, FIELD_BY_LEAF.keys());
      if (near !== undefined) suggestion = FIELD_BY_LEAF.get(near);
    }
  }
  return suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : ` (supported: ${SUPPORTED_FIELDS})`;
}

/** validateContainerResourceFieldSelector and validateContainerResourceDivisor, for env. */
function checkResourceRef(ref: KubeObject, at: () => Path, report: Report): void {
  const resource = ref.resource;
  if (typeof resource !== 'string') return;
  if (!RESOURCE_FIELD_SET.has(resource) && !HUGEPAGES_PREFIXES.some((p) => resource.startsWith(p))) {
    report({ messageId: 'resource', data: { value: resource, hint: resourceHint(resource) }, path: [...at(), 'resource'] });
    return;
  }
  const divisor = tryParseQuantity(ref.divisor);
  // zero is the unset divisor (then 1); a divisor that does not parse is the schema's finding
  if (divisor === undefined || divisor.nano === 0n) return;
  const allowed = resource === 'limits.cpu' || resource === 'requests.cpu' ? CPU_DIVISORS : BYTE_DIVISORS;
  if (allowed.includes(formatQuantity(divisor))) return;
  const same = allowed.find((a) => tryParseQuantity(a)!.nano === divisor.nano);
  report({
    messageId: 'divisor',
    data: {
      value: typeof ref.divisor === 'string' ? JSON.stringify(ref.divisor) : String(ref.divisor),
      resource,
      allowed: `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]!}`,
      hint: same !== undefined ? ` (the same amount written "${same}" is accepted)` : '',
    },
    path: [...at(), 'divisor'],
  });
}

function resourceHint(resource: string): string {
  const suggestion =
    // a cut-off name: limits.mem
    (TRUNCATED_RESOURCE.test(resource) ? RESOURCE_FIELDS.find((r) => r.startsWith(resource)) : undefined) ??
    suggestName(resource, RESOURCE_FIELDS) ??
    (RESOURCE_FIELD_SET.has(`limits.${resource}`) ? `limits.${resource}` : undefined) ??
    suggestName(`limits.${resource}`, RESOURCE_FIELDS);
  return suggestion !== undefined
    ? ` (did you mean "${suggestion}"?)`
    : ` (supported: ${RESOURCE_FIELDS.join(', ')}, limits.hugepages-<size>, requests.hugepages-<size>)`;
}
