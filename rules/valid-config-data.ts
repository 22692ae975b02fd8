import { base64Length, decodeBase64 } from '../src/core/base64';
import { type RuleContext, createRule } from '../src/engine/rule';
import { asObject, isObject } from '../src/resources/kinds';
import type { KubeObject } from '../src/resources/resource';

/** core.MaxSecretSize: the limit on a ConfigMap's and a Secret's data, in bytes. */
const MAX_SIZE = 1024 * 1024;
/** IsConfigMapKey: at most DNS1123SubdomainMaxLength bytes. */
const MAX_KEY_LENGTH = 253;
const KEY = /^[-._a-zA-Z0-9]+$/;
const NOT_KEY_CHARS = /[^-._a-zA-Z0-9]+/gu;
const NOT_KEY_CHAR = /[^-._a-zA-Z0-9]/gu;
/** Longer keys are cut short in messages. */
const SHOWN_KEY_LENGTH = 64;

const TLS = 'kubernetes.io/tls';
const DOCKER_CONFIG_JSON = 'kubernetes.io/dockerconfigjson';
const DOCKER_CFG = 'kubernetes.io/dockercfg';
const SSH_AUTH = 'kubernetes.io/ssh-auth';
const BASIC_AUTH = 'kubernetes.io/basic-auth';
const SERVICE_ACCOUNT_TOKEN = 'kubernetes.io/service-account-token';
const SERVICE_ACCOUNT_NAME = 'kubernetes.io/service-account.name';

type MessageId =
  | 'invalidKey'
  | 'duplicateKey'
  | 'overwrittenKey'
  | 'tooLarge'
  | 'missingTypeKey'
  | 'emptySshKey'
  | 'invalidDockerConfig'
  | 'missingServiceAccount';
type Report = RuleContext<object, MessageId>['report'];

export default createRule({
  id: 'valid-config-data',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A ConfigMap's or Secret's keys are valid, unique and within the size limit, with the keys its Secret type requires.",
    rationale:
      'The API server rejects on apply a ConfigMap or Secret that the schema accepts: a key that is not a valid ' +
      'config key (letters, digits, "-", "_" and "." only, at most 253 characters, not "." and not starting with ' +
      '".."), a ConfigMap key in both data and binaryData, more than 1 MiB of data, and a Secret that lacks what ' +
      'its type requires (tls.crt and tls.key for kubernetes.io/tls, a JSON .dockerconfigjson for ' +
      'kubernetes.io/dockerconfigjson, …). A Secret key in both data and stringData is accepted, but the ' +
      'stringData value silently replaces the data value.',
    fix: 'rename the key to use only letters, digits, "-", "_" and ".", and give the Secret the keys its type requires',
    messages: {
      invalidKey: '{{field}} key {{key}} is not a valid config key: {{problems}}{{hint}}',
      duplicateKey: 'data key {{key}} is a duplicate of key present in binaryData: a key may be in one of them only',
      overwrittenKey: 'data key {{key}} is also in stringData: the API server stores the stringData value and drops this one',
      tooLarge: 'Too long: must have at most 1048576 bytes, but {{what}} {{size}} bytes (the largest key, {{key}}, has {{keySize}})',
      missingTypeKey: 'a Secret of type {{type}} needs {{needs}} in data or stringData ({{keys}})',
      emptySshKey: '{{field}} key "ssh-privatekey" is empty: a Secret of type kubernetes.io/ssh-auth needs the private key in it',
      invalidDockerConfig: '{{field}} key {{key}} must hold a JSON object (Secret type {{type}}), but {{problem}}',
      missingServiceAccount:
        'a Secret of type kubernetes.io/service-account-token needs the annotation kubernetes.io/service-account.name (the ServiceAccount the token is for){{hint}}',
    },
    refusals: ['invalidKey', 'duplicateKey', 'tooLarge', 'missingTypeKey', 'invalidDockerConfig', 'missingServiceAccount'],
    defaultOptions: {},
    kinds: ['ConfigMap', 'Secret'],
  },
  check({ resource, object, report }) {
    if (resource.apiVersion !== 'v1') return;
    const secret = resource.kind === 'Secret';
    // the second map: a Secret's stringData (merged into data), a ConfigMap's binaryData (beside data)
    const second = secret ? 'stringData' : 'binaryData';
    const data = isObject(object.data) ? object.data : undefined;
    const more = isObject(object[second]) ? object[second] : undefined;

    const exists = (key: string) => (data !== undefined && Object.hasOwn(data, key)) || (more !== undefined && Object.hasOwn(more, key));
    // a key is reported invalid once, where it first appears
    if (data) for (const key in data) checkKey('data', key, exists, report);
    if (more) for (const key in more) if (!(data && Object.hasOwn(data, key))) checkKey(second, key, exists, report);

    if (data && more) {
      for (const key in data) {
        if (!Object.hasOwn(more, key)) continue;
        const related = [{ resource, path: [second, key], message: `${second} key ${show(key)}` }];
        const at = { data: { key: show(key) }, path: ['data', key], target: 'key', related } as const;
        if (secret) report({ messageId: 'overwrittenKey', ...at, severity: 'warning', fix: 'remove the key from data or from stringData' });
        else report({ messageId: 'duplicateKey', ...at, fix: 'keep the key in data (text) or in binaryData (bytes), not in both' });
      }
    }

    checkSize(secret, data, more, report);
    // data that is not a map is the schema's finding, and leaves nothing to say about the type's keys
    if (secret && !isMalformed(object.data) && !isMalformed(object.stringData)) checkSecretType(object, data, more, report);
  },
});

function checkKey(field: string, key: string, exists: (key: string) => boolean, report: Report): void {
  if (KEY.test(key) && key.length <= MAX_KEY_LENGTH && !key.startsWith('..') && key !== '.') return;
  const problems = keyProblems(key);
  if (problems.length === 0) return;
  const suggestion = suggestKey(key);
  const usable = suggestion !== undefined && keyProblems(suggestion).length === 0 && !exists(suggestion);
  report({
    messageId: 'invalidKey',
    data: { field, key: show(key), problems: problems.join('; '), hint: usable ? `; try "${suggestion}"` : '' },
    path: [field, key],
    target: 'key',
    fix: `rename the key${usable ? ` to "${suggestion}"` : ' (ASCII letters, digits, "-", "_" and ".")'} and the references to it; a volume's items[].path can keep the old file name`,
  });
}

/** IsConfigMapKey of apimachinery's validation, as sentences. */
function keyProblems(key: string): string[] {
  const problems: string[] = [];
  if (key === '') return ['it is empty'];
  const length = Buffer.byteLength(key);
  if (length > MAX_KEY_LENGTH) problems.push(`it has ${length} characters, more than ${MAX_KEY_LENGTH}`);
  if (!KEY.test(key)) {
    const found = [...new Set(key.match(NOT_KEY_CHAR))];
    const listed = found.slice(0, 5).map(describeChar).join(', ') + (found.length > 5 ? ', …' : '');
    problems.push(`only ASCII letters, digits, "-", "_" and "." are allowed (found ${listed})`);
  }
  if (key === '.' || key === '..') problems.push(`"${key}" is not allowed`);
  else if (key.startsWith('..')) problems.push('it must not start with ".." (the prefix of the files Kubernetes itself writes into a mounted volume)');
  return problems;
}

/** `config file.yaml` → `config-file.yaml`, `bad key!` → `bad-key`; undefined when nothing remains. */
function suggestKey(key: string): string | undefined {
  if (KEY.test(key)) return undefined;
  const candidate = key.replace(NOT_KEY_CHARS, (run, offset: number) => (offset === 0 || offset + run.length === key.length ? '' : '-'));
  return candidate === '' ? undefined : candidate;
}

function describeChar(c: string): string {
  if (c === ' ') return 'space';
  if (c === '\t') return 'tab';
  const code = c.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}

/**
 * The size the API server checks against 1 MiB: a ConfigMap's data (UTF-8 bytes) and binaryData
 * (decoded bytes); a Secret's data (decoded bytes) once stringData (UTF-8 bytes) is merged into it.
 * Values of the wrong type or invalid base64 are the schema's findings and count as nothing here.
 */
function checkSize(secret: boolean, data: KubeObject | undefined, more: KubeObject | undefined, report: Report): void {
  // A UTF-16 unit is at most 3 UTF-8 bytes, base64 is longer than its bytes: count exactly only near the limit.
  let bound = 0;
  for (const [map, factor] of [[data, secret ? 1 : 3], [more, secret ? 3 : 1]] as const) {
    if (map) for (const key in map) if (typeof map[key] === 'string') bound += factor * (map[key] as string).length;
  }
  if (bound <= MAX_SIZE) return;

  const sizes: { field: string; key: string; size: number }[] = [];
  const text = (field: string, map: KubeObject | undefined) => {
    if (map) for (const key in map) if (typeof map[key] === 'string') sizes.push({ field, key, size: Buffer.byteLength(map[key] as string) });
  };
  const binary = (field: string, map: KubeObject | undefined, skip: KubeObject | undefined) => {
    if (!map) return;
    for (const key in map) {
      const value = map[key];
      if (typeof value !== 'string' || (skip && Object.hasOwn(skip, key))) continue;
      const size = base64Length(value);
      if (size !== undefined) sizes.push({ field, key, size });
    }
  };
  if (secret) {
    binary('data', data, more);
    text('stringData', more);
  } else {
    text('data', data);
    binary('binaryData', more, undefined);
  }
  let total = 0;
  let largest = sizes[0];
  for (const s of sizes) {
    total += s.size;
    if (largest === undefined || s.size > largest.size) largest = s;
  }
  if (total <= MAX_SIZE || largest === undefined) return;
  const fields = [...new Set(sizes.map((s) => s.field))];
  const what = fields.length === 1 ? `${fields[0]} has` : `${fields.join(' and ')} have`;
  report({
    messageId: 'tooLarge',
    data: { what, size: total, key: show(largest.key), keySize: largest.size },
    path: [largest.field],
    target: 'key',
    fix: 'split the data over several objects, or keep large files out of the cluster (an image, a volume)',
  });
}

function checkSecretType(object: KubeObject, data: KubeObject | undefined, stringData: KubeObject | undefined, report: Report): void {
  const type = object.type;
  if (typeof type !== 'string') return;
  const has = (key: string) => (data !== undefined && Object.hasOwn(data, key)) || (stringData !== undefined && Object.hasOwn(stringData, key));
  const keys = () => {
    const all = new Set([...Object.keys(data ?? {}), ...Object.keys(stringData ?? {})]);
    return all.size === 0 ? 'it has no keys' : `keys: ${[...all].sort().map(show).join(', ')}`;
  };
  const missing = (needs: string) =>
    report({ messageId: 'missingTypeKey', data: { type, needs, keys: keys() }, path: ['type'], fix: `add ${needs} to stringData (or base64-encoded to data), or change the type` });

  switch (type) {
    case TLS: {
      const absent = ['tls.crt', 'tls.key'].filter((k) => !has(k));
      if (absent.length > 0) missing(absent.length === 1 ? `the key "${absent[0]}"` : 'the keys "tls.crt" and "tls.key"');
      return;
    }
    case DOCKER_CONFIG_JSON:
    case DOCKER_CFG: {
      const key = type === DOCKER_CFG ? '.dockercfg' : '.dockerconfigjson';
      if (!has(key)) return missing(`the key "${key}"`);
      const value = effectiveValue(data, stringData, key);
      if (!value) return;
      const problem = jsonObjectProblem(value.text);
      if (problem) {
        report({
          messageId: 'invalidDockerConfig',
          data: { field: value.field, key: show(key), type, problem },
          path: [value.field, key],
          sensitive: true,
          fix: `write the registry credentials as JSON (kubectl create secret docker-registry writes a valid one)${value.field === 'data' ? ', base64-encoded' : ''}`,
        });
      }
      return;
    }
    case SSH_AUTH: {
      if (!has('ssh-privatekey')) return missing('the key "ssh-privatekey"');
      const value = effectiveValue(data, stringData, 'ssh-privatekey');
      if (value && value.text === '') {
        report({ messageId: 'emptySshKey', data: { field: value.field }, path: [value.field, 'ssh-privatekey'], target: 'key', fix: 'put the private key in ssh-privatekey' });
      }
      return;
    }
    case BASIC_AUTH:
      if (!has('username') && !has('password')) missing('the key "username" or "password" (or both)');
      return;
    case SERVICE_ACCOUNT_TOKEN: {
      const metadata = object.metadata;
      if (isMalformed(metadata) || (isObject(metadata) && isMalformed(metadata.annotations))) return;
      const annotations = asObject(asObject(metadata).annotations);
      const fix = `set the annotation ${SERVICE_ACCOUNT_NAME} to the name of the ServiceAccount`;
      if (!Object.hasOwn(annotations, SERVICE_ACCOUNT_NAME)) report({ messageId: 'missingServiceAccount', data: { hint: '' }, path: ['type'], fix });
      else {
        // null reaches the API server as "" (map[string]string)
        const name = annotations[SERVICE_ACCOUNT_NAME];
        const at = ['metadata', 'annotations', SERVICE_ACCOUNT_NAME];
        if (name === '' || name === null) {
          report({ messageId: 'missingServiceAccount', data: { hint: ': it is empty' }, path: at, target: name === null ? 'key' : 'value', fix });
        }
      }
      return;
    }
  }
}

/** Present but not a map: the schema reports it. */
function isMalformed(value: unknown): boolean {
  return value !== undefined && value !== null && !isObject(value);
}

/**
 * The value the API server ends up with for a Secret key: stringData's (it wins), else data's decoded.
 * Undefined when the value is not a string or not base64 (the schema reports those).
 */
function effectiveValue(data: KubeObject | undefined, stringData: KubeObject | undefined, key: string): { field: string; text: string } | undefined {
  if (stringData && Object.hasOwn(stringData, key)) {
    const value = stringData[key];
    return typeof value === 'string' ? { field: 'stringData', text: value } : undefined;
  }
  const value = data?.[key];
  if (typeof value !== 'string') return undefined;
  const bytes = decodeBase64(value);
  // Go's decoder keeps a byte order mark (and fails on it); the default TextDecoder would drop it
  return bytes ? { field: 'data', text: UTF8.decode(bytes) } : undefined;
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Why json.Unmarshal into a map[string]interface{} fails on the text, or undefined when it succeeds
 * (a JSON object, or null). Never quotes the text: it is a secret.
 */
function jsonObjectProblem(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // only a syntax error is known to be one for Go too (an engine limit, say deep nesting, is not)
    return error instanceof SyntaxError ? (text.trim() === '' ? 'it is empty' : 'it is not valid JSON') : undefined;
  }
  if (typeof value === 'object' && !Array.isArray(value)) return undefined; // null too: Go leaves the map nil
  return `it is a JSON ${Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'boolean'}`;
}

/** A key for a message: quoted, escaped, long ones cut short. */
function show(key: string): string {
  return JSON.stringify(key.length > SHOWN_KEY_LENGTH ? `${key.slice(0, SHOWN_KEY_LENGTH - 1)}…` : key);
}
