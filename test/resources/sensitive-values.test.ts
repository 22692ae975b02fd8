import { describe, expect, it } from 'vitest';
import { literalValuesOf, sensitiveValueAt, sensitiveValuesOf } from '../../src/resources/sensitive-values';
import { parseInputs } from '../../src/resources/parse-inputs';
import type { KubeObject } from '../../src/resources/resource';

/** The one object of a YAML text, as parsed for linting. */
function objectOf(text: string): { kind: string; group: string; object: KubeObject } {
  const [r] = parseInputs([{ file: 'x.yaml', text }]).resources;
  return { kind: r!.kind, group: r!.group, object: r!.object };
}

const sensitive = (text: string) => {
  const { kind, group, object } = objectOf(text);
  return sensitiveValuesOf(kind, group, object).map((v) => `${v.path.join('.')} (${v.key})`);
};

describe('sensitiveValuesOf: the values output must never show', () => {
  it('every Secret data and stringData value, and the field itself when it is no map', () => {
    expect(sensitive('apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: YQ==, b: ""}\nstringData: {c: x}\n')).toEqual([
      'data.a (data a)',
      'data.b (data b)',
      'stringData.c (stringData c)',
    ]);
    expect(sensitive('apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: hunter2\n')).toEqual(['stringData (stringData)']);
  });

  it('env values whose name says secret, whatever the value (numbers, YAML 1.1 booleans, paths), or that look like a credential', () => {
    const pod = `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - {name: DB_PASSWORD, value: 84920317}
            - {name: AWS_SECRET_ACCESS_KEY, value: yes}
            - {name: API_TOKEN, value: /run/token}
            - {name: CONFIG, value: AKIAIOSFODNN7EXAMPLE}
            - {value: ghp_abcdefghijklmnopqrstuvwxyz0123456789}
            - {name: LOG_LEVEL, value: debug}
            - {name: TOKEN_URL, value: https://example.com/token}
            - {name: DB_PASS, value: "$(FROM_SECRET)"}
            - {name: SMTP_PASSWORD, value: ""}
            - {name: REDIS_PASSWORD, valueFrom: {secretKeyRef: {name: r, key: p}}}
      initContainers:
        - name: migrate
          env: [{name: DB_PASSWORD, value: a}, {name: DB_PASSWORD, value: b}]
      ephemeralContainers:
        - name: debug
          env: [{name: GITHUB_TOKEN, value: t}]
`;
    expect(sensitive(pod)).toEqual([
      'spec.template.spec.containers.0.env.0.value (env containers app DB_PASSWORD 0)',
      'spec.template.spec.containers.0.env.1.value (env containers app AWS_SECRET_ACCESS_KEY 0)',
      'spec.template.spec.containers.0.env.2.value (env containers app API_TOKEN 0)',
      'spec.template.spec.containers.0.env.3.value (env containers app CONFIG 0)',
      'spec.template.spec.containers.0.env.4.value (env containers app  0)',
      'spec.template.spec.initContainers.0.env.0.value (env initContainers migrate DB_PASSWORD 0)',
      'spec.template.spec.initContainers.0.env.1.value (env initContainers migrate DB_PASSWORD 1)',
      'spec.template.spec.ephemeralContainers.0.env.0.value (env ephemeralContainers debug GITHUB_TOKEN 0)',
    ]);
    expect(sensitive('apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: j, env: [{name: API_KEY, value: k}]}]\n')).toEqual([
      'spec.jobTemplate.spec.template.spec.containers.0.env.0.value (env containers j API_KEY 0)',
    ]);
    expect(sensitive('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, env: [{name: PASSWORD, value: p}]}]\n')).toEqual([
      'spec.containers.0.env.0.value (env containers c PASSWORD 0)',
    ]);
  });

  it('ConfigMap values no-secrets-in-configmap would report: by a variable-like key on one line, or by a credential-like value', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data:
  SMTP_PASSWORD: "55512345"
  db.password: hunter2
  MULTI_PASSWORD: "line one\\nline two"
  settings.json: '{"key": "AKIAIOSFODNN7EXAMPLE"}'
  RETRIES: "5"
`;
    expect(sensitive(text)).toEqual(['data.SMTP_PASSWORD (data SMTP_PASSWORD)', 'data.settings.json (data settings.json)']);
  });

  it('in a custom resource, the values of every env list, wherever it is', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: r}
spec:
  template:
    spec:
      containers: [{name: app, env: [{name: API_TOKEN, value: "0777"}, {name: UMASK, value: "0644"}]}]
  steps:
    - analysis: {args: [{name: PASSWORD, value: p}], env: {PASSWORD: not-a-list}}
`;
    expect(sensitive(text)).toEqual(['spec.template.spec.containers.0.env.0.value (env spec template spec containers 0 env API_TOKEN 0)']);
    // a built-in kind's other lists are not env lists
    expect(sensitive('apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {env: [{name: PASSWORD, value: p}]}\n')).toEqual([]);
  });

  it('command and args entries that pass a secret: a flag or variable named so with a literal value, the argument after such a bare flag, a credential', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: app
      command: [sh, -c, "export DB_PASSWORD=s3cret && exec app", "echo $API_TOKEN"]
      args:
        - --db-password=hunter2
        - --api-token
        - t0ken
        - --client-secret
        - --next-flag
        - -token='quoted'
        - --authentication-token-webhook=true
        - --password-file=/run/secrets/password
        - --db-password=$(DB_PASSWORD)
        - --secret-name=creds
        - --url=postgres://app:pa55@db/app
        - --port=8080
`;
    expect(sensitive(pod)).toEqual([
      'spec.containers.0.command.2 (command containers app 2)',
      'spec.containers.0.args.0 (args containers app 0)',
      'spec.containers.0.args.2 (args containers app 2)',
      'spec.containers.0.args.5 (args containers app 5)',
      'spec.containers.0.args.10 (args containers app 10)',
    ]);
    // in a custom resource, wherever the lists are
    expect(sensitive('apiVersion: example.com/v1\nkind: Runner\nmetadata: {name: r}\nspec:\n  job: {args: [--token=abc123, --verbose]}\n')).toEqual([
      'spec.job.args.0 (args spec job 0)',
    ]);
  });

  it('annotation values shaped like a credential, and the last-applied configuration of a Secret or of an object with a value to hide', () => {
    const annotated = (kind: string, more: string) =>
      `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n  annotations:\n    example.com/hook: https://hooks.slack.com/services/T0000/B0000/abcdefghijklmnop1234\n    nginx.ingress.kubernetes.io/auth-secret: basic-auth\n    kubectl.kubernetes.io/last-applied-configuration: '{}'\n${more}`;
    expect(sensitive(annotated('Secret', 'data: {a: YQ==}\n'))).toEqual([
      'data.a (data a)',
      'metadata.annotations.example.com/hook (annotation example.com/hook)',
      'metadata.annotations.kubectl.kubernetes.io/last-applied-configuration (annotation kubectl.kubernetes.io/last-applied-configuration)',
    ]);
    // the hook makes the copy sensitive: it holds the hook too
    expect(sensitive(annotated('ConfigMap', 'data: {LOG_LEVEL: info}\n'))).toHaveLength(2);
    expect(sensitive('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations: {kubectl.kubernetes.io/last-applied-configuration: "{}"}\ndata: {LOG_LEVEL: info}\n')).toEqual([]);
  });

  it('literalValuesOf lists the values judged, sensitive or not, so that a diff can pair them', () => {
    const { kind, group, object } = objectOf('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {LOG_LEVEL: info, API_KEY: k}\n');
    expect(literalValuesOf(kind, group, object)).toEqual([
      { path: ['data', 'LOG_LEVEL'], key: 'data LOG_LEVEL', value: 'info', sensitive: false },
      { path: ['data', 'API_KEY'], key: 'data API_KEY', value: 'k', sensitive: true },
    ]);
  });
});

describe('sensitiveValueAt', () => {
  const values = sensitiveValuesOf('Secret', '', { data: { a: 'YQ==' } } as unknown as KubeObject);
  it('finds the value a path points at or into, not its neighbours or parents', () => {
    expect(sensitiveValueAt(values, ['data', 'a'])?.key).toBe('data a');
    expect(sensitiveValueAt(values, ['data', 'a', 0])?.key).toBe('data a');
    expect(sensitiveValueAt(values, ['data'])).toBeUndefined();
    expect(sensitiveValueAt(values, ['data', 'b'])).toBeUndefined();
    expect(sensitiveValueAt(values, ['metadata', 'name'])).toBeUndefined();
  });
});
