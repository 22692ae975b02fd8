import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './no-secrets-in-configmap';

testRule(rule, {
  valid: [
    {
      name: 'settings, names that describe a secret, harmless values, references and files',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: env }
        data:
          DB_HOST: postgres.shop.svc
          DB_PASSWORD_FILE: /var/run/secrets/db/password
          TOKEN_URL: https://auth.example.com/token
          SECRET_NAME: shop-db
          REQUIRE_PASSWORD: "true"
          API_KEY: $(API_KEY_FROM_SECRET)
          SESSION_SECRET: ""
          app.properties: |
            db.password=hunter2
          settings: |
            password: hunter2
            user: app
      `,
    },
    {
      name: 'an allowed key, and a ConfigMap of another API group',
      options: { allowedKeys: ['public_salt'] },
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: env }
        data: { PUBLIC_SALT: abc123 }
        ---
        apiVersion: example.com/v1
        kind: ConfigMap
        metadata: { name: other }
        data: { DB_PASSWORD: hunter2 }
      `,
    },
  ],
  invalid: [
    {
      name: 'secret names with literal values; credentials under any key, in files too',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: env }
        data:
          DB_PASSWORD: hunter2
          githubToken: abc123def
          aws.conf: |
            [default]
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE
          REPORTS_DB: "Server=db;Database=reports;User Id=app;Password=hunter2;"
          PUBLIC_SALT: abc123
      `,
      options: { allowedKeys: ['api_key'] },
      errors: [
        { messageId: 'secretKey', line: 5, column: 16, message: 'ConfigMap key "DB_PASSWORD" holds a literal value; the name says it is a secret', path: 'data.DB_PASSWORD' },
        { messageId: 'secretKey', line: 6, column: 16, message: 'ConfigMap key "githubToken" holds a literal value; the name says it is a secret' },
        { messageId: 'credentialValue', line: 7, column: 13, message: 'ConfigMap key "aws.conf" holds what looks like an AWS access key id' },
        { messageId: 'credentialValue', line: 10, column: 15, message: 'ConfigMap key "REPORTS_DB" holds what looks like a connection string with a password' },
        { messageId: 'secretKey', line: 11, column: 16, message: 'ConfigMap key "PUBLIC_SALT" holds a literal value; the name says it is a secret' },
      ],
    },
  ],
});

describe('no-secrets-in-configmap findings', () => {
  it('are marked sensitive and never contain the value', () => {
    const code = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: env }
      data: { DB_PASSWORD: hunter2, X: AKIAIOSFODNN7EXAMPLE }
    `;
    const results = lintWithRule(rule, { code });
    expect(results.map((r) => r.sensitive)).toEqual([true, true]);
    const text = JSON.stringify(results.map((r) => r.finding));
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});
