#!/usr/bin/env node
/**
 * Generates the bundled Kubernetes JSON schemas: `schemas/k8s/<minor>.json`, one file per version.
 *
 * Source: the OpenAPI-generator output inside published `@kubernetes/client-node` releases (one
 * release per Kubernetes minor; see the RELEASES table). Each release is fetched with `npm pack`
 * into a scratch folder and read as text; nothing is installed and nothing is executed.
 *
 * What is read from a release (`package/dist/gen`):
 *   - models: field names, wire names (`attributeTypeMap[].baseName`), types and formats from the
 *     `.js` files; required fields from the `.d.ts` typings (`'field': T` vs `'field'?: T`);
 *   - API classes: group/version/kind from every `create*` endpoint (collection path + body model).
 * Only files whose header names the release's own Kubernetes version (the most common header) are
 * kept: the tarballs still carry stale models from older generations.
 *
 * What is restored on top (the generated code loses it): integer formats for the 0.x releases
 * (copied from FORMAT_REFERENCE), resource quantities (QUANTITY_FIELDS), nullable timestamps, and
 * enums for the fields people get wrong (ENUMS, version-aware).
 *
 * Output: `{ kubernetesVersion, source, kinds: { "<apiVersion>/<Kind>": "<def>" }, $defs }`, a
 * compact draft 2020-12 vocabulary with sorted keys, one `$defs` entry per line. Strictness is not
 * stored: the validator adds `additionalProperties: false` to object definitions when compiling.
 *
 * Usage: npm run schemas [-- --cache DIR] [-- --only 1.34,1.36]
 *   --cache DIR  keep the downloaded releases in DIR and reuse them on the next run (fast re-runs)
 *   --only LIST  regenerate only these Kubernetes versions
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'schemas', 'k8s');
const PACKAGE = '@kubernetes/client-node';

/** Kubernetes minor → the client-node release generated from it (headers checked, see the reference note). */
const RELEASES = [
  ['1.27', '0.19.0'],
  ['1.28', '0.20.0'],
  ['1.29', '0.21.0'],
  ['1.30', '0.22.3'],
  ['1.32', '1.1.2'],
  ['1.33', '1.3.0'],
  ['1.34', '1.4.0'],
  ['1.36', '2.0.1'],
];
/** The 0.x releases carry no `format`; numeric and byte formats are copied from this release. */
const FORMAT_REFERENCE = '1.1.2';

// ---------------------------------------------------------------------------------------------
// Overlays. Keys are model names without their group/version prefix (`V1PodSpec`, `CoreV1EndpointPort`
// → `PodSpec`, `EndpointPort`), so one entry covers every version of a type. Every entry must match
// at least one field in at least one release, or the generator fails (no silent typos).

/** Fields of type resource.Quantity (flattened to `string` by the generator). Cross-checked against
 * the `Quantity`-typed fields of kubernetes-models and kubernetes-types. */
const QUANTITY_FIELDS = [
  'CapacityRequestPolicy.default', 'CapacityRequestPolicy.validValues',
  'CapacityRequestPolicyRange.max', 'CapacityRequestPolicyRange.min', 'CapacityRequestPolicyRange.step',
  'BasicDevice.capacity', // resource.k8s.io v1alpha3 (1.32): a map of quantities; later a map of DeviceCapacity
  'CapacityRequirements.requests',
  'ContainerStatus.allocatedResources',
  'Counter.value',
  'CSIStorageCapacity.capacity', 'CSIStorageCapacity.maximumVolumeSize',
  'DeviceCapacity.value',
  'DeviceRequestAllocationResult.consumedCapacity',
  'EmptyDirVolumeSource.sizeLimit',
  'HPAScalingRules.tolerance',
  'LimitRangeItem.default', 'LimitRangeItem.defaultRequest', 'LimitRangeItem.max',
  'LimitRangeItem.maxLimitRequestRatio', 'LimitRangeItem.min',
  'MetricTarget.averageValue', 'MetricTarget.value',
  'MetricValueStatus.averageValue', 'MetricValueStatus.value',
  'NamedResourcesAttribute.quantity',
  'NodeAllocatableResourceClaimStatus.resources', 'NodeAllocatableResourceMapping.allocationMultiplier',
  'NodeStatus.allocatable', 'NodeStatus.capacity',
  'Overhead.podFixed',
  'PersistentVolumeClaimStatus.allocatedResources', 'PersistentVolumeClaimStatus.capacity',
  'PersistentVolumeSpec.capacity',
  'PodSpec.overhead',
  'PodStatus.allocatedResources',
  'ResourceFieldSelector.divisor',
  'ResourceQuotaSpec.hard',
  'ResourceQuotaStatus.hard', 'ResourceQuotaStatus.used',
  'ResourceRequirements.limits', 'ResourceRequirements.requests',
  'VolumeResourceRequirements.limits', 'VolumeResourceRequirements.requests',
];

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const TAINT_EFFECTS = ['NoExecute', 'NoSchedule', 'PreferNoSchedule'];
const SELECTOR_OPERATORS = ['DoesNotExist', 'Exists', 'In', 'NotIn'];
const PROFILE_TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'];

/**
 * Enums the API server enforces (in its validation code: the OpenAPI spec carries none).
 * `empty: true` where an empty string is accepted because the API server defaults it (or documents
 * "" as meaningful); `from` adds values from a Kubernetes version on. Values are the union over the
 * feature gates of that version, so a gated value is accepted: the schema leans towards accepting.
 */
const ENUMS = [
  // core/v1: pods and containers
  { field: 'PodSpec.restartPolicy', values: ['Always', 'Never', 'OnFailure'], empty: true },
  { field: 'PodSpec.dnsPolicy', values: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'], empty: true },
  { field: 'PodSpec.preemptionPolicy', values: ['Never', 'PreemptLowerPriority'], empty: true },
  { field: 'PriorityClass.preemptionPolicy', values: ['Never', 'PreemptLowerPriority'], empty: true },
  { field: 'Container.imagePullPolicy', values: PULL_POLICIES, empty: true },
  { field: 'EphemeralContainer.imagePullPolicy', values: PULL_POLICIES, empty: true },
  { field: 'ImageVolumeSource.pullPolicy', values: PULL_POLICIES, empty: true },
  { field: 'Container.terminationMessagePolicy', values: ['FallbackToLogsOnError', 'File'], empty: true },
  { field: 'EphemeralContainer.terminationMessagePolicy', values: ['FallbackToLogsOnError', 'File'], empty: true },
  // Sidecar containers (1.28): only Always; per-container restart rules (1.34) add Never and OnFailure.
  { field: 'Container.restartPolicy', values: ['Always'], from: { '1.34': ['Never', 'OnFailure'] } },
  { field: 'ContainerResizePolicy.restartPolicy', values: ['NotRequired', 'RestartContainer'] },
  { field: 'ContainerPort.protocol', values: PROTOCOLS, empty: true },
  { field: 'ServicePort.protocol', values: PROTOCOLS, empty: true },
  { field: 'EndpointPort.protocol', values: PROTOCOLS, empty: true },
  { field: 'NetworkPolicyPort.protocol', values: PROTOCOLS, empty: true },
  { field: 'HTTPGetAction.scheme', values: ['HTTP', 'HTTPS'], empty: true },
  { field: 'VolumeMount.mountPropagation', values: ['Bidirectional', 'HostToContainer', 'None'] },
  {
    field: 'HostPathVolumeSource.type',
    values: ['BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'],
    empty: true,
  },
  { field: 'SeccompProfile.type', values: PROFILE_TYPES },
  { field: 'AppArmorProfile.type', values: PROFILE_TYPES },
  { field: 'PodSecurityContext.fsGroupChangePolicy', values: ['Always', 'OnRootMismatch'] },
  { field: 'PodSecurityContext.supplementalGroupsPolicy', values: ['Merge', 'Strict'] },
  { field: 'SecurityContext.procMount', values: ['Default', 'Unmasked'] },
  // scheduling
  { field: 'Taint.effect', values: TAINT_EFFECTS },
  { field: 'Toleration.effect', values: TAINT_EFFECTS, empty: true },
  // Numeric toleration operators (TaintTolerationComparisonOperators) arrived in 1.35.
  { field: 'Toleration.operator', values: ['Equal', 'Exists'], empty: true, from: { '1.35': ['Gt', 'Lt'] } },
  { field: 'NodeSelectorRequirement.operator', values: [...SELECTOR_OPERATORS, 'Gt', 'Lt'] },
  { field: 'LabelSelectorRequirement.operator', values: SELECTOR_OPERATORS },
  { field: 'ScopedResourceSelectorRequirement.operator', values: SELECTOR_OPERATORS },
  { field: 'TopologySpreadConstraint.whenUnsatisfiable', values: ['DoNotSchedule', 'ScheduleAnyway'] },
  { field: 'TopologySpreadConstraint.nodeAffinityPolicy', values: ['Honor', 'Ignore'] },
  { field: 'TopologySpreadConstraint.nodeTaintsPolicy', values: ['Honor', 'Ignore'] },
  // services
  { field: 'ServiceSpec.type', values: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'], empty: true },
  { field: 'ServiceSpec.externalTrafficPolicy', values: ['Cluster', 'Local'], empty: true },
  { field: 'ServiceSpec.internalTrafficPolicy', values: ['Cluster', 'Local'], empty: true },
  { field: 'ServiceSpec.sessionAffinity', values: ['ClientIP', 'None'], empty: true },
  { field: 'ServiceSpec.ipFamilyPolicy', values: ['PreferDualStack', 'RequireDualStack', 'SingleStack'], empty: true },
  { field: 'ServiceSpec.ipFamilies', values: ['IPv4', 'IPv6'], empty: true },
  // storage
  { field: 'PersistentVolumeClaimSpec.accessModes', values: ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'] },
  { field: 'PersistentVolumeSpec.accessModes', values: ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'] },
  { field: 'PersistentVolumeClaimSpec.volumeMode', values: ['Block', 'Filesystem'], empty: true },
  { field: 'PersistentVolumeSpec.volumeMode', values: ['Block', 'Filesystem'], empty: true },
  { field: 'PersistentVolumeSpec.persistentVolumeReclaimPolicy', values: ['Delete', 'Recycle', 'Retain'], empty: true },
  { field: 'StorageClass.reclaimPolicy', values: ['Delete', 'Retain'] },
  { field: 'StorageClass.volumeBindingMode', values: ['Immediate', 'WaitForFirstConsumer'] },
  // apps
  { field: 'DeploymentStrategy.type', values: ['Recreate', 'RollingUpdate'], empty: true },
  { field: 'StatefulSetUpdateStrategy.type', values: ['OnDelete', 'RollingUpdate'], empty: true },
  { field: 'DaemonSetUpdateStrategy.type', values: ['OnDelete', 'RollingUpdate'], empty: true },
  { field: 'StatefulSetSpec.podManagementPolicy', values: ['OrderedReady', 'Parallel'], empty: true },
  { field: 'StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted', values: ['Delete', 'Retain'], empty: true },
  { field: 'StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled', values: ['Delete', 'Retain'], empty: true },
  // batch
  { field: 'CronJobSpec.concurrencyPolicy', values: ['Allow', 'Forbid', 'Replace'], empty: true },
  { field: 'JobSpec.completionMode', values: ['Indexed', 'NonIndexed'], empty: true },
  { field: 'JobSpec.podReplacementPolicy', values: ['Failed', 'TerminatingOrFailed'] },
  // FailIndex (backoff limit per index) arrived in 1.28.
  { field: 'PodFailurePolicyRule.action', values: ['Count', 'FailJob', 'Ignore'], from: { '1.28': ['FailIndex'] } },
  { field: 'PodFailurePolicyOnExitCodesRequirement.operator', values: ['In', 'NotIn'] },
  { field: 'PodFailurePolicyOnPodConditionsPattern.status', values: ['False', 'True', 'Unknown'] },
  // networking, policy
  { field: 'HTTPIngressPath.pathType', values: ['Exact', 'ImplementationSpecific', 'Prefix'] },
  { field: 'NetworkPolicySpec.policyTypes', values: ['Egress', 'Ingress'] },
  { field: 'PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy', values: ['AlwaysAllow', 'IfHealthyBudget'] },
  // autoscaling/v2
  { field: 'MetricSpec.type', values: ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'] },
  { field: 'MetricTarget.type', values: ['AverageValue', 'Utilization', 'Value'] },
  { field: 'HPAScalingPolicy.type', values: ['Percent', 'Pods'] },
  { field: 'HPAScalingRules.selectPolicy', values: ['Disabled', 'Max', 'Min'] },
  // admission, CRDs
  { field: 'ValidatingWebhook.failurePolicy', values: ['Fail', 'Ignore'] },
  { field: 'MutatingWebhook.failurePolicy', values: ['Fail', 'Ignore'] },
  { field: 'ValidatingWebhook.sideEffects', values: ['None', 'NoneOnDryRun', 'Some', 'Unknown'] },
  { field: 'MutatingWebhook.sideEffects', values: ['None', 'NoneOnDryRun', 'Some', 'Unknown'] },
  { field: 'ValidatingWebhook.matchPolicy', values: ['Equivalent', 'Exact'] },
  { field: 'MutatingWebhook.matchPolicy', values: ['Equivalent', 'Exact'] },
  { field: 'MutatingWebhook.reinvocationPolicy', values: ['IfNeeded', 'Never'] },
  { field: 'RuleWithOperations.operations', values: ['*', 'CONNECT', 'CREATE', 'DELETE', 'UPDATE'] },
  { field: 'RuleWithOperations.scope', values: ['*', 'Cluster', 'Namespaced'] },
  { field: 'NamedRuleWithOperations.operations', values: ['*', 'CONNECT', 'CREATE', 'DELETE', 'UPDATE'] },
  { field: 'NamedRuleWithOperations.scope', values: ['*', 'Cluster', 'Namespaced'] },
  { field: 'MatchResources.matchPolicy', values: ['Equivalent', 'Exact'] },
  { field: 'ValidatingAdmissionPolicySpec.failurePolicy', values: ['Fail', 'Ignore'] },
  { field: 'MutatingAdmissionPolicySpec.failurePolicy', values: ['Fail', 'Ignore'] },
  { field: 'MutatingAdmissionPolicySpec.reinvocationPolicy', values: ['IfNeeded', 'Never'] },
  { field: 'ValidatingAdmissionPolicyBindingSpec.validationActions', values: ['Audit', 'Deny', 'Warn'] },
  { field: 'CustomResourceDefinitionSpec.scope', values: ['Cluster', 'Namespaced'] },
  { field: 'CustomResourceConversion.strategy', values: ['None', 'Webhook'] },
  { field: 'ValidationRule.reason', values: ['FieldValueDuplicate', 'FieldValueForbidden', 'FieldValueInvalid', 'FieldValueRequired'] },
  { field: 'JSONSchemaProps.x-kubernetes-list-type', values: ['atomic', 'map', 'set'] },
  { field: 'JSONSchemaProps.x-kubernetes-map-type', values: ['atomic', 'granular'] },
];

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const args = { cache: undefined, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cache' && argv[i + 1]) args.cache = argv[++i];
    else if (argv[i] === '--only' && argv[i + 1]) args.only = new Set(argv[++i].split(','));
    else throw new Error(`unknown argument ${argv[i]}; usage: npm run schemas [-- --cache DIR] [-- --only 1.34,1.36]`);
  }
  for (const minor of args.only ?? []) {
    if (!RELEASES.some(([m]) => m === minor)) throw new Error(`no release is pinned for Kubernetes ${minor}`);
  }
  return args;
}

/** `npm pack` one release into `dir` and unpack its generated code; reused when already there. */
function fetchRelease(version, dir) {
  const target = join(dir, version);
  const gen = join(target, 'package', 'dist', 'gen');
  if (existsSync(gen)) return gen;
  mkdirSync(target, { recursive: true });
  const file = execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim().split('\n').pop();
  execFileSync('tar', ['-xzf', join(dir, file), '-C', target, 'package/dist/gen', 'package/package.json']);
  return gen;
}

const HEADER = /(?:OpenAPI spec version|The version of the OpenAPI document): *(\S+)/;

function mostCommon(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** Reads every model of a release: Map<className, { header, fields: [{ name, baseName, type, format }], required }>. */
function readModels(gen) {
  const dir = existsSync(join(gen, 'models')) ? join(gen, 'models') : join(gen, 'model');
  const models = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const map = /\n(\w+)\.attributeTypeMap = (\[[\s\S]*?\n\]);/.exec(text);
    if (!map) continue;
    const header = HEADER.exec(text)?.[1];
    const typings = readFileSync(join(dir, file.replace(/\.js$/, '.d.ts')), 'utf8');
    const fields = JSON.parse(map[2]);
    const optional = new Map();
    for (const m of typings.matchAll(/^ {4}'([^']+)'(\??):/gm)) optional.set(m[1], m[2] === '?');
    const required = fields.filter((f) => optional.get(f.name) === false).map((f) => f.baseName);
    models.set(map[1], { header, fields, required });
  }
  return models;
}

/** Every `create*` endpoint on a collection: { path, body }. Subresources (`{name}` in the path) are skipped. */
function readCreateEndpoints(gen) {
  const dir = existsSync(join(gen, 'apis')) ? join(gen, 'apis') : join(gen, 'api');
  const endpoints = [];
  for (const file of readdirSync(dir).filter((f) => /Api\.js$/.test(f)).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const methods = text.split(/\n {4}(?=async \w+\()/);
    for (const method of methods) {
      if (!/^async create\w*\(/.test(method) || /^async create\w*WithHttpInfo\(/.test(method)) continue;
      const path = /localVarPath = (?:this\.basePath \+ )?'([^']+)'/.exec(method)?.[1];
      const body = /ObjectSerializer\.serialize\(body, "(\w+)"/.exec(method)?.[1];
      if (!path || !body || path.includes('{name}')) continue;
      endpoints.push({ path, body });
    }
  }
  return endpoints;
}

/** `/api/v1/namespaces/{namespace}/pods` → `v1`; `/apis/apps/v1/...` → `apps/v1`. */
function apiVersionOf(path) {
  const core = /^\/api\/(v[^/]+)\//.exec(path);
  if (core) return core[1];
  const named = /^\/apis\/([^/]+)\/(v[^/]+)\//.exec(path);
  return named ? `${named[1]}/${named[2]}` : undefined;
}

/** `V1beta1DeviceTaint`, `CoreV1EndpointPort`, `V2MetricTarget` → `DeviceTaint`, `EndpointPort`, `MetricTarget`. */
function unversioned(className) {
  return className.replace(/^(?:[A-Z][a-z]+)*V\d+(?:(?:alpha|beta)\d+)?(?=[A-Z])/, '');
}

/** The format of a numeric or byte field in the reference release, for the 0.x releases that have none. */
function buildFormatLookup(reference) {
  const exact = new Map();
  const byUnversioned = new Map();
  for (const [name, model] of reference) {
    for (const f of model.fields) {
      if (!f.format) continue;
      exact.set(`${name}.${f.baseName}`, f.format);
      const key = `${unversioned(name)}.${f.baseName}`;
      // Prefer the stable V1 model when several versions share the name.
      if (!byUnversioned.has(key) || /^V1[A-Z]/.test(name)) byUnversioned.set(key, f.format);
    }
  }
  return (className, baseName) =>
    exact.get(`${className}.${baseName}`) ?? byUnversioned.get(`${unversioned(className)}.${baseName}`);
}

/** A client-node type string as a schema node. */
function typeSchema(type, format, models) {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return { type: 'array', items: typeSchema(array[1], format, models) };
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return { type: 'object', additionalProperties: typeSchema(map[1], format, models) };
  switch (type) {
    case 'string':
      return format === 'byte' ? { type: 'string', format: 'byte' } : { type: 'string' };
    case 'number':
      if (format === 'double' || format === 'float') return { type: 'number' };
      return format === 'int32' || format === 'int64' ? { type: 'integer', format } : { type: 'integer' };
    case 'boolean':
      return { type: 'boolean' };
    case 'Date': // metav1.Time / MicroTime; `creationTimestamp: null` is what kubectl and helm emit
    case 'V1MicroTime': // the 0.x releases name MicroTime without generating a model for it
      return { type: ['string', 'null'], format: 'date-time' };
    case 'IntOrString':
      return { type: ['integer', 'string'], format: 'int-or-string' };
    case 'any':
    case 'object':
      return {};
    default:
      if (!models.has(type)) throw new Error(`unknown type ${type}`);
      return { $ref: `#/$defs/${type}` };
  }
}

function enumValues(entry, minor) {
  const values = new Set(entry.values);
  for (const [since, added] of Object.entries(entry.from ?? {})) {
    if (compareMinor(minor, since) >= 0) for (const v of added) values.add(v);
  }
  const sorted = [...values].sort();
  return entry.empty ? ['', ...sorted] : sorted;
}

function compareMinor(a, b) {
  const [, x] = a.split('.').map(Number);
  const [, y] = b.split('.').map(Number);
  return x - y;
}

/** The leaf schema a field overlay applies to: the field itself, its array items or its map values. */
function leafOf(node) {
  if (node.type === 'array') return leafOf(node.items);
  if (node.type === 'object' && node.additionalProperties) return leafOf(node.additionalProperties);
  return node;
}

function buildCatalog(minor, release, gen, formatOf, used) {
  const manifest = JSON.parse(readFileSync(join(gen, '..', '..', 'package.json'), 'utf8'));
  if (manifest.license !== 'Apache-2.0') throw new Error(`${PACKAGE}@${release} is not Apache-2.0 (${manifest.license})`);
  const all = readModels(gen);
  const header = mostCommon([...all.values()].map((m) => m.header));
  if (!new RegExp(`^(?:release-|v)${minor.replace('.', '\\.')}(?:\\.|$)`).test(header)) {
    throw new Error(`${PACKAGE}@${release} was generated from ${header}, not Kubernetes ${minor}`);
  }
  const models = new Map([...all].filter(([, m]) => m.header === header));

  const defs = {};
  for (const [name, model] of models) {
    const properties = {};
    for (const f of model.fields) {
      let format = f.format;
      if (format === undefined && (f.type.includes('number') || f.type.includes('string'))) {
        format = formatOf?.(name, f.baseName);
      }
      properties[f.baseName] = typeSchema(f.type, format ?? '', models);
    }
    const def = { type: 'object', properties };
    if (model.required.length > 0) def.required = [...model.required].sort();
    defs[name] = def;
  }

  const byField = new Map();
  for (const [name, def] of Object.entries(defs)) {
    for (const [field, node] of Object.entries(def.properties)) {
      const key = `${unversioned(name)}.${field}`;
      if (!byField.has(key)) byField.set(key, []);
      byField.get(key).push(node);
    }
  }
  for (const key of QUANTITY_FIELDS) {
    for (const node of byField.get(key) ?? []) {
      const leaf = leafOf(node);
      if (leaf.$ref) continue; // the field is a structure in this version (e.g. BasicDevice.capacity from 1.33)
      if (leaf.type !== 'string') throw new Error(`${minor}: quantity overlay ${key} is not a string field`);
      leaf.type = ['number', 'string'];
      leaf.format = 'quantity';
      used.add(`q:${key}`);
    }
  }
  for (const entry of ENUMS) {
    for (const node of byField.get(entry.field) ?? []) {
      const leaf = leafOf(node);
      if (leaf.type !== 'string') throw new Error(`${minor}: enum overlay ${entry.field} is not a string field`);
      leaf.enum = enumValues(entry, minor);
      used.add(`e:${entry.field}`);
    }
  }

  const kinds = {};
  for (const { path, body } of readCreateEndpoints(gen)) {
    const apiVersion = apiVersionOf(path);
    if (!apiVersion || !models.has(body)) continue; // stale API file: its body model is from another generation
    const kind = unversioned(body);
    kinds[`${apiVersion}/${kind}`] = body;
  }

  // Keep only what the kinds reach.
  const reached = new Set();
  const visit = (node) => {
    if (node.$ref) {
      const name = node.$ref.slice('#/$defs/'.length);
      if (!reached.has(name)) {
        reached.add(name);
        visit(defs[name]);
      }
    }
    for (const child of Object.values(node.properties ?? {})) visit(child);
    if (node.items) visit(node.items);
    if (node.additionalProperties) visit(node.additionalProperties);
  };
  for (const name of Object.values(kinds)) {
    reached.add(name);
    visit(defs[name]);
  }
  const kept = {};
  for (const name of [...reached].sort()) kept[name] = defs[name];

  return {
    kubernetesVersion: minor,
    source: `${PACKAGE}@${release} (OpenAPI ${header})`,
    kinds: sortKeys(kinds),
    $defs: kept,
  };
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

/** Compact JSON with one `kinds` entry and one `$defs` entry per line: small, and readable in a diff. */
function render(catalog) {
  const sorted = sortKeys(catalog);
  const lines = ['{'];
  lines.push(`"kubernetesVersion":${JSON.stringify(sorted.kubernetesVersion)},`);
  lines.push(`"source":${JSON.stringify(sorted.source)},`);
  const section = (name, entries, last) => {
    lines.push(`${JSON.stringify(name)}:{`);
    entries.forEach(([k, v], i) => lines.push(`${JSON.stringify(k)}:${JSON.stringify(v)}${i < entries.length - 1 ? ',' : ''}`));
    lines.push(last ? '}' : '},');
  };
  section('kinds', Object.entries(sorted.kinds), false);
  section('$defs', Object.entries(sorted.$defs), true);
  lines.push('}');
  return lines.join('\n') + '\n';
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const scratch = args.cache ?? mkdtempSync(join(tmpdir(), 'kubeplan-schemas-'));
  mkdirSync(scratch, { recursive: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const started = Date.now();
  try {
    const releases = RELEASES.filter(([minor]) => !args.only || args.only.has(minor));
    const needReference = releases.some(([, v]) => v.startsWith('0.'));
    const formatOf = needReference ? buildFormatLookup(readModels(fetchRelease(FORMAT_REFERENCE, scratch))) : undefined;
    const used = new Set();
    for (const [minor, release] of releases) {
      const gen = fetchRelease(release, scratch);
      const catalog = buildCatalog(minor, release, gen, release.startsWith('0.') ? formatOf : undefined, used);
      const text = render(catalog);
      writeFileSync(join(OUT_DIR, `${minor}.json`), text);
      console.log(
        `${minor}: ${catalog.source}: ${Object.keys(catalog.kinds).length} kinds, ` +
          `${Object.keys(catalog.$defs).length} definitions, ${(text.length / 1024).toFixed(0)} KB`,
      );
    }
    if (!args.only) {
      const unused = [
        ...QUANTITY_FIELDS.filter((k) => !used.has(`q:${k}`)),
        ...ENUMS.map((e) => e.field).filter((k) => !used.has(`e:${k}`)),
      ];
      if (unused.length > 0) throw new Error(`overlay entries that match no field: ${unused.join(', ')}`);
    }
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (!args.cache) rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`generate-schemas: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
