import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-config-data';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const LONG_KEY = `k${'e'.repeat(252)}y`; // 254 characters

testRule(rule, {
  valid: [
    {
      name: 'ConfigMap keys with dots, dashes and underscores; text data and other binaryData keys',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: app }
        data:
          app.properties: "a=1"
          .env: "X=1"
          _x: "y"
          a-b_c.d: "z"
          .hidden..file: "dots inside are fine"
          UPPER_case-09: "1"
          ${'k'.repeat(253)}: "253 characters"
        binaryData:
          logo.png: iVBORw0KGgo=
          data.bin: AAEC
      `,
    },
    {
      name: 'a tls Secret with both keys in stringData, another with one key in data and one in stringData',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: web-tls }
        type: kubernetes.io/tls
        stringData:
          tls.crt: CERT-VALUE
          tls.key: KEY-VALUE
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: api-tls }
        type: kubernetes.io/tls
        data:
          tls.crt: ${b64('CERT-VALUE')}
        stringData:
          tls.key: ""
      `,
    },
    {
      name: 'Opaque Secrets (typed, untyped, custom type) with any valid keys, or none',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: a }
        type: Opaque
        stringData: { username: u, .npmrc: x, API_KEY: y }
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: b }
        data: { token: ${b64('t')} }
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: c }
        type: example.com/anything
      `,
    },
    {
      name: 'each Secret type with what it requires, from data or stringData',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: registry }
        type: kubernetes.io/dockerconfigjson
        data:
          .dockerconfigjson: ${b64('{"auths":{"r.example.com":{"auth":"dTpw"}}}')}
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: legacy-registry }
        type: kubernetes.io/dockercfg
        stringData:
          .dockercfg: '{ "r.example.com": { "auth": "dTpw" } }'
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: no-registries }
        type: kubernetes.io/dockercfg
        stringData:
          .dockercfg: "null"
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: ssh }
        type: kubernetes.io/ssh-auth
        stringData:
          ssh-privatekey: PRIVATE-KEY
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: basic }
        type: kubernetes.io/basic-auth
        data:
          password: ""
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: token
          annotations: { kubernetes.io/service-account.name: builder }
        type: kubernetes.io/service-account-token
      `,
    },
    {
      name: 'data at the limit: 1 MiB of ConfigMap text plus binaryData bytes, and a Secret whose base64 is longer than 1 MiB but whose bytes are not',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: exact }
        data:
          text: ${'a'.repeat(1_000_000)}
        binaryData:
          bytes: ${b64('x'.repeat(48_576))}
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: big }
        data:
          blob: ${b64('s'.repeat(1_000_000))}
      `,
    },
    {
      name: 'what the schema reports is left to it: invalid base64 in a typed Secret, and no key is counted twice',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: registry }
        type: kubernetes.io/dockerconfigjson
        data:
          .dockerconfigjson: "not base64 {"
      `,
    },
    {
      name: 'annotations or data that are no map are the schema\'s findings, not missing keys',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata:
          name: token
          annotations:
            - kubernetes.io/service-account.name: builder
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: web-tls }
        type: kubernetes.io/tls
        data:
          - tls.crt
          - tls.key
      `,
    },
    {
      name: 'a kind called Secret in another API group is not the core Secret',
      code: yaml`
        apiVersion: example.com/v1
        kind: Secret
        metadata: { name: s }
        type: kubernetes.io/tls
        data:
          bad key: x
      `,
    },
  ],
  invalid: [
    {
      name: 'keys that are not valid config keys, with a suggestion where replacing the characters gives one',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: app }
        data:
          config file.yaml: "a: 1"
          ..data: x
          ".": dot
          "bad key!": z
          "ключ": v
          "tab\there": w
          😀 icon.svg: e
          ${LONG_KEY}: long
          "": empty
        binaryData:
          bin file: aGk=
      `,
      errors: [
        {
          messageId: 'invalidKey',
          line: 5,
          column: 3,
          message:
            'data key "config file.yaml" is not a valid config key: only ASCII letters, digits, "-", "_" and "." are allowed (found space); try "config-file.yaml"',
        },
        {
          messageId: 'invalidKey',
          line: 6,
          column: 3,
          message:
            'data key "..data" is not a valid config key: it must not start with ".." (the prefix of the files Kubernetes itself writes into a mounted volume)',
        },
        { messageId: 'invalidKey', line: 7, column: 3, message: 'data key "." is not a valid config key: "." is not allowed' },
        {
          messageId: 'invalidKey',
          line: 8,
          column: 3,
          message: 'data key "bad key!" is not a valid config key: only ASCII letters, digits, "-", "_" and "." are allowed (found space, "!"); try "bad-key"',
        },
        {
          messageId: 'invalidKey',
          line: 9,
          column: 3,
          message: 'data key "ключ" is not a valid config key: only ASCII letters, digits, "-", "_" and "." are allowed (found "к", "л", "ю", "ч")',
        },
        {
          messageId: 'invalidKey',
          line: 10,
          column: 3,
          message: 'data key "tab\\there" is not a valid config key: only ASCII letters, digits, "-", "_" and "." are allowed (found tab); try "tab-here"',
        },
        {
          messageId: 'invalidKey',
          line: 11,
          column: 3,
          message: 'data key "😀 icon.svg" is not a valid config key: only ASCII letters, digits, "-", "_" and "." are allowed (found "😀", space); try "icon.svg"',
        },
        {
          messageId: 'invalidKey',
          line: 12,
          column: 3,
          message: `data key "${LONG_KEY.slice(0, 63)}…" is not a valid config key: it has 254 characters, more than 253`,
        },
        { messageId: 'invalidKey', line: 13, column: 3, message: 'data key "" is not a valid config key: it is empty' },
        {
          messageId: 'invalidKey',
          line: 15,
          column: 3,
          message: 'binaryData key "bin file" is not a valid config key: only ASCII letters, digits, "-", "_" and "." are allowed (found space); try "bin-file"',
        },
      ],
    },
    {
      name: 'no suggestion that is already a key; a Secret key invalid in data and stringData is reported once',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: app }
        data:
          app-config: a
          app config: b
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: s }
        data:
          my token: ${b64('hunter2-data')}
        stringData:
          my token: hunter2-string
          other key: hunter2-other
      `,
      errors: [
        {
          messageId: 'invalidKey',
          line: 6,
          column: 3,
          message: 'data key "app config" is not a valid config key: only ASCII letters, digits, "-", "_" and "." are allowed (found space)',
        },
        { messageId: 'invalidKey', line: 12, column: 3 },
        { messageId: 'invalidKey', line: 15, column: 3, message: 'stringData key "other key" is not a valid config key: only ASCII letters, digits, "-", "_" and "." are allowed (found space); try "other-key"' },
        { messageId: 'overwrittenKey', line: 12, column: 3 },
      ],
    },
    {
      name: 'a ConfigMap key in both data and binaryData; a Secret key in both data and stringData (a warning)',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: app }
        data:
          logo.png: text
          app.properties: a=1
        binaryData:
          logo.png: iVBORw0KGgo=
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: db }
        data:
          password: ${b64('hunter2-old')}
          user: ${b64('admin')}
        stringData:
          password: hunter2-new
      `,
      errors: [
        {
          messageId: 'duplicateKey',
          line: 5,
          column: 3,
          message: 'data key "logo.png" is a duplicate of key present in binaryData: a key may be in one of them only',
        },
        {
          messageId: 'overwrittenKey',
          line: 14,
          column: 3,
          severity: 'warning',
          message: 'data key "password" is also in stringData: the API server stores the stringData value and drops this one',
        },
      ],
    },
    {
      name: 'more than 1 MiB: UTF-8 bytes of ConfigMap data, decoded binaryData, a Secret with stringData merged into data',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: text }
        data:
          small: x
          utf: ${'é'.repeat(524_288)}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: mixed }
        data:
          text: ${'a'.repeat(1_000_000)}
        binaryData:
          bytes: ${b64('x'.repeat(48_577))}
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: big }
        data:
          blob: ${b64('s'.repeat(1_048_570))}
          replaced: ${b64('r'.repeat(1_000))}
        stringData:
          replaced: hunter2-tail
      `,
      errors: [
        {
          messageId: 'tooLarge',
          line: 4,
          column: 1,
          message: 'Too long: must have at most 1048576 bytes, but data has 1048577 bytes (the largest key, "utf", has 1048576)',
        },
        {
          messageId: 'tooLarge',
          line: 11,
          column: 1,
          message: 'Too long: must have at most 1048576 bytes, but data and binaryData have 1048577 bytes (the largest key, "text", has 1000000)',
        },
        { messageId: 'overwrittenKey', line: 21, column: 3 },
        {
          messageId: 'tooLarge',
          line: 19,
          column: 1,
          message: 'Too long: must have at most 1048576 bytes, but data and stringData have 1048582 bytes (the largest key, "blob", has 1048570)',
        },
      ],
    },
    {
      name: 'a tls Secret without its keys, and a typo in one',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: empty-tls }
        type: kubernetes.io/tls
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: web-tls }
        type: kubernetes.io/tls
        stringData:
          tls.crt: hunter2-cert
          tls.pem: hunter2-key
      `,
      errors: [
        {
          messageId: 'missingTypeKey',
          line: 4,
          column: 7,
          message: 'a Secret of type kubernetes.io/tls needs the keys "tls.crt" and "tls.key" in data or stringData (it has no keys)',
        },
        {
          messageId: 'missingTypeKey',
          line: 9,
          column: 7,
          message: 'a Secret of type kubernetes.io/tls needs the key "tls.key" in data or stringData (keys: "tls.crt", "tls.pem")',
        },
      ],
    },
    {
      name: 'registry Secrets: the key missing, or a value that is no JSON object (never quoted)',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: a }
        type: kubernetes.io/dockerconfigjson
        stringData:
          config.json: '{"auths":{}}'
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: b }
        type: kubernetes.io/dockerconfigjson
        data:
          .dockerconfigjson: ${b64('hunter2-not-json')}
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: c }
        type: kubernetes.io/dockercfg
        stringData:
          .dockercfg: '["hunter2-array"]'
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: d }
        type: kubernetes.io/dockerconfigjson
        data:
          .dockerconfigjson: ${b64('\ufeff{"auths":{}}')}
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: e }
        type: kubernetes.io/dockercfg
      `,
      errors: [
        {
          messageId: 'missingTypeKey',
          line: 4,
          column: 7,
          message: 'a Secret of type kubernetes.io/dockerconfigjson needs the key ".dockerconfigjson" in data or stringData (keys: "config.json")',
        },
        {
          messageId: 'invalidDockerConfig',
          line: 13,
          column: 22,
          message: 'data key ".dockerconfigjson" must hold a JSON object (Secret type kubernetes.io/dockerconfigjson), but it is not valid JSON',
        },
        {
          messageId: 'invalidDockerConfig',
          line: 20,
          column: 15,
          message: 'stringData key ".dockercfg" must hold a JSON object (Secret type kubernetes.io/dockercfg), but it is a JSON array',
        },
        { messageId: 'invalidDockerConfig', line: 27, column: 22 },
        { messageId: 'missingTypeKey', line: 32, column: 7 },
      ],
    },
    {
      name: 'ssh-auth without or with an empty private key, basic-auth without username and password',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: a }
        type: kubernetes.io/ssh-auth
        stringData:
          id_rsa: hunter2-key
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: b }
        type: kubernetes.io/ssh-auth
        data:
          ssh-privatekey: ""
        ---
        apiVersion: v1
        kind: Secret
        metadata: { name: c }
        type: kubernetes.io/basic-auth
        stringData:
          user: hunter2-user
          pass: hunter2-pass
      `,
      errors: [
        { messageId: 'missingTypeKey', line: 4, column: 7 },
        {
          messageId: 'emptySshKey',
          line: 13,
          column: 3,
          message: 'data key "ssh-privatekey" is empty: a Secret of type kubernetes.io/ssh-auth needs the private key in it',
        },
        {
          messageId: 'missingTypeKey',
          line: 18,
          column: 7,
          message: 'a Secret of type kubernetes.io/basic-auth needs the key "username" or "password" (or both) in data or stringData (keys: "pass", "user")',
        },
      ],
    },
    {
      name: 'a service-account-token Secret without the ServiceAccount annotation, or with it empty',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: a }
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: b
          annotations:
            kubernetes.io/service-account.name: ""
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: c
          annotations:
            kubernetes.io/service-account.name:
        type: kubernetes.io/service-account-token
      `,
      errors: [
        {
          messageId: 'missingServiceAccount',
          line: 4,
          column: 7,
          message:
            'a Secret of type kubernetes.io/service-account-token needs the annotation kubernetes.io/service-account.name (the ServiceAccount the token is for)',
        },
        {
          messageId: 'missingServiceAccount',
          line: 11,
          column: 41,
          message:
            'a Secret of type kubernetes.io/service-account-token needs the annotation kubernetes.io/service-account.name (the ServiceAccount the token is for): it is empty',
        },
        { messageId: 'missingServiceAccount', line: 19, column: 5 },
      ],
    },
  ],
});

describe('valid-config-data and secret values', () => {
  const values = ['{"auths": hunter2-broken', 'hunter2-data', `hunter2${'x'.repeat(1_048_576)}`, 'hunter2-string', 'hunter2-dot'];
  const code = yaml`
    apiVersion: v1
    kind: Secret
    metadata: { name: everything-wrong }
    type: kubernetes.io/dockerconfigjson
    data:
      .dockerconfigjson: ${b64(values[0]!)}
      pass word: ${b64(values[1]!)}
      big: ${b64(values[2]!)}
    stringData:
      pass word: ${values[3]}
      ".": ${values[4]}
  `;
  // the values as written and decoded, and their parts long enough to give a secret away
  const SECRETS = ['hunter2', ...values.slice(0, 2).map(b64), b64(values[2]!).slice(0, 40)];
  const found = lintWithRule(rule, { code });

  it('reports what is wrong with the Secret', () => {
    expect(found.map((f) => f.messageId).sort()).toEqual(['invalidDockerConfig', 'invalidKey', 'invalidKey', 'overwrittenKey', 'tooLarge']);
  });

  it('puts no value in any message, fix or related message', () => {
    const texts = found.flatMap(({ finding }) => [finding.message, finding.fix ?? '', ...(finding.related ?? []).map((r) => r.message)]);
    for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('marks the finding whose range covers a value as sensitive', () => {
    expect(found.filter((f) => f.sensitive).map((f) => f.messageId)).toEqual(['invalidDockerConfig']);
  });

  it('points related locations at the other key of the same object', () => {
    const overwritten = found.find((f) => f.messageId === 'overwrittenKey')!;
    expect(overwritten.finding.related?.map((r) => [r.location.line, r.message])).toEqual([[10, 'stringData key "pass word"']]);
  });
});
