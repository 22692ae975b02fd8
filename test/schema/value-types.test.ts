import { describe, expect, it } from 'vitest';
import { messagesFor } from './helpers';

/** A Deployment with one line replaced; everything else is valid. */
function deployment(replace: Record<string, string>): string {
  const fields = {
    replicas: '2',
    maxSurge: '1',
    restartPolicy: 'Always',
    cpu: '250m',
    memory: '64Mi',
    defaultMode: '0644',
    grace: '30',
    creationTimestamp: '2024-01-31T12:00:00Z',
    ...replace,
  };
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  creationTimestamp: ${fields.creationTimestamp}
spec:
  replicas: ${fields.replicas}
  selector:
    matchLabels: {app: web}
  strategy:
    rollingUpdate: {maxSurge: ${fields.maxSurge}}
  template:
    metadata:
      labels: {app: web}
    spec:
      restartPolicy: ${fields.restartPolicy}
      terminationGracePeriodSeconds: ${fields.grace}
      containers:
        - name: web
          image: nginx:1.27
          resources:
            requests: {cpu: ${fields.cpu}, memory: ${fields.memory}}
      volumes:
        - name: config
          configMap: {name: web, defaultMode: ${fields.defaultMode}}
`;
}

describe('value types the API server enforces', () => {
  it('accepts the valid template', async () => {
    expect(await messagesFor(deployment({}))).toEqual([]);
  });

  it.each([
    ['cpu', '1'], ['cpu', '500m'], ['cpu', '0.5'], ['cpu', '"2"'], ['memory', '1e3'], ['memory', '1.5Gi'],
    ['memory', '128974848'], ['memory', '129M'], ['memory', '123Mi'], ['memory', '1E'], ['cpu', '+1'],
  ])('quantity %s: %s is valid', async (field, value) => {
    expect(await messagesFor(deployment({ [field]: value }))).toEqual([]);
  });

  it.each([
    ['memory', 'abc', 'invalid quantity "abc": expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3'],
    ['memory', '1GiB', 'invalid quantity "1GiB": expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3'],
    ['memory', '1 Gi', 'invalid quantity "1 Gi": expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3'],
    ['cpu', '1K', 'invalid quantity "1K": expected a number with an optional suffix, such as 500m, 1.5Gi or 1e3'],
    ['cpu', 'true', 'expected a quantity (a number, or a string such as 500m or 1.5Gi), got boolean true'],
    ['cpu', '[1]', 'expected a quantity (a number, or a string such as 500m or 1.5Gi), got a list'],
  ])('quantity %s: %s is invalid', async (field, value, message) => {
    const path = `spec.template.spec.containers[0].resources.requests.${field}`;
    expect(await messagesFor(deployment({ [field]: value }))).toEqual([`${path}: ${message}`]);
  });

  it.each([
    ['1.5', 'expected an integer, got number 1.5'],
    ['"3"', 'expected an integer, got string "3"'],
    ['2^40', 'expected an integer, got string "2^40"'],
    ['1099511627776', 'expected a 32-bit integer (-2147483648 to 2147483647), got 1099511627776'],
    ['-2147483649', 'expected a 32-bit integer (-2147483648 to 2147483647), got -2147483649'],
    ['yes', 'expected an integer, got boolean true'],
  ])('replicas: %s is invalid', async (value, message) => {
    expect(await messagesFor(deployment({ replicas: value }))).toEqual([`spec.replicas: ${message}`]);
  });

  it.each(['0', '2147483647', '0x10', '1e3', 'null', '~', ''])('replicas: %s is valid', async (value) => {
    expect(await messagesFor(deployment({ replicas: value }))).toEqual([]);
  });

  // int64: 2^63 - 1 is the largest; as doubles it and 2^63 are the same number
  it.each(['9223372036854775807', '-9223372036854775808', '0x7fffffffffffffff'])('terminationGracePeriodSeconds (int64): %s is valid', async (value) => {
    expect(await messagesFor(deployment({ grace: value }))).toEqual([]);
  });

  it.each([
    ['9223372036854775808', '9223372036854775808'],
    ['0x8000000000000000', '0x8000000000000000'],
    ['18446744073709551615', '18446744073709551615'],
    ['1e19', '1e19'],
  ])('terminationGracePeriodSeconds (int64): %s is invalid', async (value, shown) => {
    expect(await messagesFor(deployment({ grace: value }))).toEqual([
      `spec.template.spec.terminationGracePeriodSeconds: expected a 64-bit integer (-9223372036854775808 to 9223372036854775807), got ${shown}`,
    ]);
  });

  it.each(['25%', '0', '3', '"10%"'])('maxSurge (int-or-string): %s is valid', async (value) => {
    expect(await messagesFor(deployment({ maxSurge: value }))).toEqual([]);
  });

  it.each([
    ['true', 'expected an integer or a string, got boolean true'],
    ['1.5', 'expected an integer or a string, got number 1.5'],
    ['{a: 1}', 'expected an integer or a string, got an object'],
    ['4294967296', 'expected a 32-bit integer (-2147483648 to 2147483647), got 4294967296'],
  ])('maxSurge (int-or-string): %s is invalid', async (value, message) => {
    expect(await messagesFor(deployment({ maxSurge: value }))).toEqual([`spec.strategy.rollingUpdate.maxSurge: ${message}`]);
  });

  it.each(['Always', 'OnFailure', 'Never', '""'])('restartPolicy: %s is valid', async (value) => {
    expect(await messagesFor(deployment({ restartPolicy: value }))).toEqual([]);
  });

  it.each([
    ['Sometimes', 'unsupported value "Sometimes": supported values are "Always", "Never", "OnFailure"'],
    ['always', 'unsupported value "always": supported values are "Always", "Never", "OnFailure"'],
    ['1', 'expected a string, got number 1; quote it ("1")'],
  ])('restartPolicy: %s is invalid', async (value, message) => {
    expect(await messagesFor(deployment({ restartPolicy: value }))).toEqual([`spec.template.spec.restartPolicy: ${message}`]);
  });

  it.each(['0644', '420', '0o755', '0x1ff'])('defaultMode: %s is an integer, so it is valid', async (value) => {
    expect(await messagesFor(deployment({ defaultMode: value }))).toEqual([]);
  });

  it('defaultMode: "0644" (quoted) is a string, so it is invalid', async () => {
    expect(await messagesFor(deployment({ defaultMode: '"0644"' }))).toEqual([
      'spec.template.spec.volumes[0].configMap.defaultMode: expected an integer, got string "0644"',
    ]);
  });

  it.each(['null', '~', '2024-01-31T12:00:00+01:00', '"2024-01-31T12:00:00.123456Z"'])(
    'creationTimestamp: %s is valid',
    async (value) => {
      expect(await messagesFor(deployment({ creationTimestamp: value }))).toEqual([]);
    },
  );

  it.each([
    ['yesterday', 'invalid timestamp "yesterday": expected an RFC 3339 date-time such as 2024-01-31T12:00:00Z'],
    ['2024-01-31', 'invalid timestamp "2024-01-31": expected an RFC 3339 date-time such as 2024-01-31T12:00:00Z'],
    ['12', 'expected a string, got number 12; quote it ("12")'],
  ])('creationTimestamp: %s is invalid', async (value, message) => {
    expect(await messagesFor(deployment({ creationTimestamp: value }))).toEqual([`metadata.creationTimestamp: ${message}`]);
  });
});

describe('null is "unset", as the API server reads it', () => {
  it('accepts null for optional fields and reports a null required field as missing', async () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p, labels: null, annotations: {note: null}}
spec:
  nodeSelector: null
  containers:
    - name: app
      image: app
      args: null
      resources: {limits: null}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: null
  template:
    metadata: {labels: {app: d}}
    spec:
      containers: [null]
`;
    expect(await messagesFor(text)).toEqual([
      'spec: missing required field "selector"',
      'spec.template.spec.containers[0]: expected an object, got null',
    ]);
  });
});

describe('Secret values never appear in messages', () => {
  it('describes bad Secret data without echoing it', async () => {
    const text = `apiVersion: v1
kind: Secret
metadata: {name: s}
data:
  password: hunter2!
  token: aGVsbG8=
stringData:
  pin: 0123
  enabled: on
  port: 5432
`;
    const messages = await messagesFor(text);
    expect(messages).toEqual([
      'data.password: Secret data must be base64-encoded',
      'stringData.pin: expected a string, got a number: YAML 1.1 reads this value as the octal number; quote it',
      'stringData.enabled: expected a string, got a boolean: YAML 1.1 reads this value as a boolean; quote it',
      'stringData.port: expected a string, got a number; quote it',
    ]);
    for (const secret of ['hunter2', '0123', '83', '5432', '"on"']) {
      expect(messages.join('\n')).not.toContain(secret);
    }
    expect(await messagesFor('apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: hunter2\n')).toEqual([
      'stringData: expected an object, got a string',
    ]);
  });

  it('nor secret env values (by name or credential shape) nor ConfigMap values no-secrets-in-configmap would flag', async () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: app
      image: app:1.0
      env:
        - {name: DB_PASSWORD, value: 84920317}
        - {name: API_TOKEN, value: 0777}
        - {name: AWS_SECRET_ACCESS_KEY, value: yes}
        - {name: LOG_LEVEL, value: 0777}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data:
  SMTP_PASSWORD: 55512345
  RETRIES: 5
`;
    const messages = await messagesFor(text);
    expect(messages).toEqual([
      'spec.containers[0].env[0].value: expected a string, got a number; quote it',
      'spec.containers[0].env[1].value: expected a string, got a number: YAML 1.1 reads this value as the octal number; quote it',
      'spec.containers[0].env[2].value: expected a string, got a boolean: YAML 1.1 reads this value as a boolean; quote it',
      'spec.containers[0].env[3].value: expected a string, got number 511: YAML 1.1 reads 0777 as the octal number 511; quote it ("0777")',
      'data.SMTP_PASSWORD: expected a string, got a number; quote it',
      'data.RETRIES: expected a string, got number 5; quote it ("5")',
    ]);
    for (const secret of ['84920317', '"yes"', '55512345']) expect(messages.join('\n')).not.toContain(secret);
  });
});
