import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './no-secrets-in-env';

/** One container with the given env entries (`NAME: value` pairs, values as YAML). */
const withEnv = (entries: [string, string][]) =>
  yaml`
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: app
          image: app:1
          env:
  ` + entries.map(([name, value]) => `        - { name: ${name}, value: ${value} }\n`).join('');

const NOT_SECRETS: [string, string][] = [
  ['TOKEN_URL', 'https://auth.example.com/token'],
  ['PASSWORD_FILE', 'some-file'],
  ['SECRET_NAME', 'db-credentials'],
  ['PASSWORD_MIN_LENGTH', '"12"'],
  ['AWS_ACCESS_KEY_ID', 'from-ssm'],
  ['TOKEN_TTL_SECONDS', '"3600"'],
  ['PUBLIC_KEY', 'not-a-secret'],
  ['KEY', 'a'],
  ['PWD', 'app'],
  ['PASS_THROUGH', 'headers'],
  ['SECRETARY', 'alice'],
  ['MYSQL_ALLOW_EMPTY_PASSWORD', '"yes"'],
  ['MYSQL_ALLOW_EMPTY_PASSWORD', '"1"'],
  ['ENABLE_TOKEN_AUTH', '"true"'],
  ['DB_PASSWORD', '""'],
  ['GOOGLE_APPLICATION_CREDENTIALS', '/var/run/secrets/gcp/key.json'],
  ['DB_PASSWORD', '$(SECRET_DB_PASSWORD)'],
  ['DATABASE_URL', 'postgres://app:$(DB_PASSWORD)@db:5432/app'],
  ['REDIS_URL', 'redis://redis:6379/0'],
  ['SQL_CONNECTION', '"Server=db;User Id=app;Password=$(DB_PASSWORD)"'],
];

testRule(rule, {
  valid: [
    { name: 'names and values that are not secrets', code: withEnv(NOT_SECRETS) },
    {
      name: 'valueFrom references',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              env:
                - name: API_TOKEN
                  valueFrom: { secretKeyRef: { name: api, key: token } }
      `,
    },
    { name: 'an allowed name', options: { allowedNames: ['session_token'] }, code: withEnv([['SESSION_TOKEN', 'cookie-name']]) },
  ],
  invalid: [
    {
      name: 'secret-looking names with literal values',
      code: withEnv([
        ['DB_PASSWORD', 'hunter2'],
        ['dbPassword', 'hunter2'],
        ['apiKey', 'abc'],
        ['AWS_SECRET_ACCESS_KEY', 'abc'],
        ['GITHUB_TOKEN', 'abc'],
        ['spring.datasource.password', 'abc'],
        ['REDIS_PASS', 'abc'],
        ['SECRET_KEY_BASE', 'abc'],
        ['CLIENTSECRET', 'abc'],
        ['DB_SECRET', '12345'],
      ]),
      errors: [
        {
          messageId: 'secretName',
          line: 9,
          column: 39,
          message: 'container "app" sets env "DB_PASSWORD" to a literal value; the name says it is a secret',
          path: 'spec.containers[0].env[0].value',
        },
        { messageId: 'secretName', line: 10, column: 38 },
        { messageId: 'secretName', line: 11, column: 34 },
        { messageId: 'secretName', line: 12, column: 49 },
        { messageId: 'secretName', line: 13, column: 40 },
        { messageId: 'secretName', line: 14, column: 54 },
        { messageId: 'secretName', line: 15, column: 38 },
        { messageId: 'secretName', line: 16, column: 43 },
        { messageId: 'secretName', line: 17, column: 40 },
        { messageId: 'secretName', line: 18, column: 37 },
      ],
    },
    {
      name: 'credential-looking values whatever the name',
      code: withEnv([
        ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
        ['GH', 'ghp_0123456789abcdefghijABCDEFGHIJ012345'],
        ['AUTH_HEADER', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
        ['DATABASE_URL', 'postgres://app:s3cr3t@db:5432/app'],
        ['TLS_KEY', '"-----BEGIN RSA PRIVATE KEY-----\\nMIIEow..."'],
        ['SQL', '"Server=db;User Id=app;Password=s3cr3t"'],
      ]),
      errors: [
        {
          messageId: 'credentialValue',
          line: 9,
          column: 45,
          message: 'container "app" sets env "AWS_ACCESS_KEY_ID" to what looks like an AWS access key id',
        },
        { messageId: 'credentialValue', line: 10, column: 30, message: 'container "app" sets env "GH" to what looks like a GitHub token' },
        { messageId: 'credentialValue', line: 11, column: 39, message: 'container "app" sets env "AUTH_HEADER" to what looks like a JSON Web Token' },
        { messageId: 'credentialValue', line: 12, column: 40, message: 'container "app" sets env "DATABASE_URL" to what looks like a URL with an embedded password' },
        { messageId: 'credentialValue', line: 13, column: 35, message: 'container "app" sets env "TLS_KEY" to what looks like a private key' },
        { messageId: 'credentialValue', line: 14, column: 31, message: 'container "app" sets env "SQL" to what looks like a connection string with a password' },
      ],
    },
  ],
});

describe('no-secrets-in-env findings', () => {
  it('are marked sensitive and never contain the value', () => {
    const results = lintWithRule(rule, { code: withEnv([['DB_PASSWORD', 'hunter2'], ['X', 'AKIAIOSFODNN7EXAMPLE']]) });
    expect(results.map((r) => r.sensitive)).toEqual([true, true]);
    const text = JSON.stringify(results.map((r) => r.finding));
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});
