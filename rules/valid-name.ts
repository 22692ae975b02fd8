import { own } from '../src/core/own';
import type { Path } from '../src/core/types';
import { type RuleContext, createRule } from '../src/engine/rule';
import {
  checkDns1035Label,
  checkDns1123Label,
  checkDns1123Subdomain,
  checkPathSegmentName,
  checkPortName,
} from '../src/index/label-selector';
import { asArray, isConfigFileKind, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, containersOf, portsOf, volumesOf } from '../src/resources/pod-spec';
import type { KubeObject } from '../src/resources/resource';

type NameCheck = (name: string) => readonly string[];

/** How the API server validates metadata.name, by kind; every other kind is a DNS-1123 subdomain. */
const NAME_CHECKS: Readonly<Record<string, NameCheck>> = {
  Namespace: checkDns1123Label,
  Service: checkDns1035Label,
  Role: checkPathSegmentName,
  ClusterRole: checkPathSegmentName,
  RoleBinding: checkPathSegmentName,
  ClusterRoleBinding: checkPathSegmentName,
  // ValidateCertificateRequestName: "We don't care what you call your certificate requests."
  CertificateSigningRequest: () => [],
};

/**
 * Kinds whose names end up inside a label value (at most 63 characters): the Job controller labels
 * pods with the Job name; a CronJob adds an 11-character suffix for its Jobs; a StatefulSet's pods
 * carry controller-revision-hash = name + "-" + a 10-character hash.
 */
const MAX_LENGTH: Readonly<Record<string, { max: number; why: string }>> = {
  Job: { max: 63, why: 'the Job controller puts the name in the batch.kubernetes.io/job-name label of its pods' },
  CronJob: { max: 52, why: 'the CronJob controller appends an 11-character suffix for its Jobs' },
  StatefulSet: { max: 52, why: "the pods' controller-revision-hash label (name plus an 11-character hash) would exceed 63 characters" },
};

export default createRule({
  id: 'valid-name',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Object, container, volume and port names are present and valid for their kind.',
    rationale:
      'The API server rejects an object without a name (and without generateName), and a name that is not ' +
      'valid for its kind: a DNS-1123 subdomain for most kinds, a DNS-1123 label for Namespaces, a DNS-1035 ' +
      'label for Services, a path segment for RBAC objects, "<plural>.<group>" for a CustomResourceDefinition. ' +
      'Container and volume names must be unique DNS-1123 labels, container port names valid IANA service ' +
      'names (unique ones: no-duplicate-container-port), and Service port names unique DNS-1123 labels, present when the Service has several ports. ' +
      'Some names also end up in labels of the pods a controller creates, which caps their length.',
    fix: 'use lowercase letters, digits and "-" (and "." where a subdomain is allowed), starting and ending with a letter or digit',
    messages: {
      missingName: 'metadata.name is missing (and there is no metadata.generateName)',
      invalidName: '{{what}} "{{name}}" is invalid: {{problems}}{{hint}}',
      tooLong: '{{kind}} name is {{length}} characters, more than {{max}}: {{why}}',
      crdName: 'CustomResourceDefinition name must be "{{expected}}" (spec.names.plural + "." + spec.group)',
      crdPlural: 'spec.names.plural "{{plural}}" is invalid: {{problems}}',
      apiServiceName: 'APIService name must be "{{expected}}" (spec.version + "." + spec.group)',
      duplicateName: '{{what}} "{{name}}" is used more than once',
      missingPortName: 'Service port needs a name: the Service has more than one port',
    },
    refusals: ['missingName', 'invalidName', 'crdName', 'crdPlural', 'apiServiceName', 'duplicateName', 'missingPortName'],
    defaultOptions: {},
  },
  check({ object, resource, report }) {
    const metadata = isObject(object.metadata) ? object.metadata : undefined;
    const name = metadata?.name;
    /** Reports `value` (at `at` + `key`) when `check` finds problems with it; true when it is valid. */
    const valid = (what: string, value: string, check: NameCheck, at: Path, key: string): boolean => {
      const problems = check(value);
      if (problems.length === 0) return true;
      const suggestion = suggestValidName(value);
      const usable = suggestion !== undefined && suggestion !== value && check(suggestion).length === 0;
      report({
        messageId: 'invalidName',
        data: { what, name: value, problems: problems.join('; '), hint: usable ? `; try "${suggestion}"` : '' },
        path: [...at, key],
      });
      return false;
    };

    // The API server validates generateName whenever it is set, even beside a name.
    const generateName = metadata?.generateName;
    const hasGenerateName = typeof generateName === 'string' && generateName !== '';
    if (hasGenerateName) {
      const check = own(NAME_CHECKS, resource.kind) ?? checkDns1123Subdomain;
      // A prefix may end in "-": the server appends random characters.
      const prefixCheck: NameCheck = (v) => check(v.endsWith('-') ? `${v.slice(0, -1)}a` : v);
      valid('generateName', generateName, prefixCheck, METADATA, 'generateName');
    }
    if (typeof name !== 'string' || name === '') {
      if (!hasGenerateName && (name === undefined || name === null || name === '') && !isConfigFileKind(resource.group, resource.kind)) {
        report({ messageId: 'missingName', path: ['metadata'], target: 'key' });
      }
    } else {
      const check = own(NAME_CHECKS, resource.kind) ?? checkDns1123Subdomain;
      if (valid('name', name, check, METADATA, 'name')) checkKindSpecificName(resource.kind, name, object, report);
    }

    const namespace = metadata?.namespace;
    if (typeof namespace === 'string' && namespace !== '') valid('namespace', namespace, checkDns1123Label, METADATA, 'namespace');

    if (resource.kind === 'Service') checkServicePorts(object, report, valid);

    const template = podTemplateOf(resource);
    if (!template) return;
    // indexed loops, and sets only for a second name: this runs for every container and volume
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    let seen: Set<string> | undefined;
    for (let i = 0; i < containers.length; i++) {
      const c = containers[i]!;
      if (typeof c.container.name === 'string') {
        if (valid('container name', c.name, checkDns1123Label, c.path, 'name') && i > 0 && (seen ??= namesOf(containers, i)).has(c.name)) {
          report({ messageId: 'duplicateName', data: { what: 'container name', name: c.name }, path: [...c.path, 'name'] });
        }
        seen?.add(c.name);
      }
      // a port name used twice is no-duplicate-container-port's
      const ports = portsOf(c);
      for (let j = 0; j < ports.length; j++) {
        const port = ports[j]!;
        if (port.name !== undefined && port.name !== '') valid('port name', port.name, checkPortName, port.path, 'name');
      }
    }
    const volumes = volumesOf(template);
    let volumeNames: Set<string> | undefined;
    for (let i = 0; i < volumes.length; i++) {
      const v = volumes[i]!;
      if (typeof v.volume.name !== 'string') continue;
      if (!valid('volume name', v.name, checkDns1123Label, v.path, 'name')) continue;
      if (i > 0 && (volumeNames ??= namesOf(volumes, i)).has(v.name)) {
        report({ messageId: 'duplicateName', data: { what: 'volume name', name: v.name }, path: [...v.path, 'name'] });
      }
      volumeNames?.add(v.name);
    }
  },
});

type Report = RuleContext<object, 'tooLong' | 'crdName' | 'crdPlural' | 'apiServiceName' | 'duplicateName' | 'missingPortName'>['report'];
/** Reports `value`, at `at` + `key`, when `check` finds problems with it (the path is built only then); true when valid. */
type ValidOrReport = (what: string, value: string, check: NameCheck, at: Path, key: string) => boolean;

/** The names of the views before `end`: a name not written ('') or failing its check never equals a valid one. */
function namesOf(views: readonly { readonly name: string }[], end: number): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < end; i++) names.add(views[i]!.name);
  return names;
}

const METADATA: Path = ['metadata'];

function checkKindSpecificName(kind: string, name: string, object: KubeObject, report: Report): void {
  const limit = own(MAX_LENGTH, kind);
  if (limit && name.length > limit.max) {
    report({ messageId: 'tooLong', data: { kind, length: name.length, max: limit.max, why: limit.why }, path: ['metadata', 'name'] });
  }
  const spec = isObject(object.spec) ? object.spec : {};
  if (kind === 'CustomResourceDefinition') {
    const plural = isObject(spec.names) ? spec.names.plural : undefined;
    if (typeof plural !== 'string') return;
    const problems = checkDns1035Label(plural);
    if (problems.length > 0) {
      report({ messageId: 'crdPlural', data: { plural, problems: problems.join('; ') }, path: ['spec', 'names', 'plural'] });
    } else if (typeof spec.group === 'string' && name !== `${plural}.${spec.group}`) {
      report({ messageId: 'crdName', data: { expected: `${plural}.${spec.group}` }, path: ['metadata', 'name'] });
    }
  } else if (kind === 'APIService') {
    if (typeof spec.version === 'string' && typeof spec.group === 'string') {
      const expected = spec.group === '' ? spec.version : `${spec.version}.${spec.group}`;
      if (name !== expected) report({ messageId: 'apiServiceName', data: { expected }, path: ['metadata', 'name'] });
    }
  }
}

function checkServicePorts(
  object: KubeObject,
  report: Report,
  valid: ValidOrReport,
): void {
  const spec = isObject(object.spec) ? object.spec : {};
  const ports = asArray(spec.ports);
  const names = new Set<string>();
  ports.forEach((port, i) => {
    if (!isObject(port)) return;
    const at = ['spec', 'ports', i];
    if (typeof port.name !== 'string' || port.name === '') {
      if (ports.length > 1) report({ messageId: 'missingPortName', path: at });
      return;
    }
    if (!valid('Service port name', port.name, checkDns1123Label, at, 'name')) return;
    if (names.has(port.name)) report({ messageId: 'duplicateName', data: { what: 'Service port name', name: port.name }, path: [...at, 'name'] });
    names.add(port.name);
  });
}

const INVALID_CHARS = /[^a-z0-9.-]+/g;

/** A nearby valid name for a message ("Web_App" → "web-app"), or undefined when nothing sensible remains. */
function suggestValidName(name: string): string | undefined {
  const candidate = name
    .toLowerCase()
    .replace(INVALID_CHARS, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return candidate === '' ? undefined : candidate;
}
