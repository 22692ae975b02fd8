import { describe, expect, it } from 'vitest';
import { brokenDocumentMasks } from '../../src/resources/broken-document-masks';
import { LineIndex } from '../../src/source/line-index';

/** The masked parts of each line, as `line: text`. */
function masked(text: string, line: number): string[] {
  const lines = new LineIndex(text);
  return brokenDocumentMasks(lines, line).map((m) => `${m.line}: ${lines.line(m.line).slice(m.column - 1, m.endColumn - 1)}`);
}

describe('brokenDocumentMasks (YAML errors outside a Secret)', () => {
  it('masks env values under a secret name, block or flow style, and credential-shaped values; the rest shows', () => {
    const pod = [
      'apiVersion: v1', // 1
      'kind: Pod', // 2
      'metadata: {name: app}', // 3
      'spec:', // 4
      '  containers:', // 5
      '    - name: app', // 6
      '      env:', // 7
      '        - name: DB_PASSWORD', // 8
      '          value: hunter2pass', // 9
      '        - name: LOG_LEVEL', // 10
      '          value: debug', // 11
      '        - name: "API_TOKEN" # quoted', // 12
      '          value: 0777', // 13
      '        - {name: SMTP_PASSWORD, value: mail-pass}', // 14
      '        - {name: HOST, value: db}', // 15
      '        - name: CONFIG', // 16
      '          value: AKIAIOSFODNN7EXAMPLE', // 17
      '       bad: [', // 18
    ].join('\n');
    expect(masked(pod, 18)).toEqual(['9: hunter2pass', '13: 0777', '14: mail-pass', '17: AKIAIOSFODNN7EXAMPLE']);
  });

  it('masks arguments that pass a secret, in block and flow lists; other arguments show', () => {
    const pod = [
      'apiVersion: v1', // 1
      'kind: Pod', // 2
      'metadata: {name: app}', // 3
      'spec:', // 4
      '  containers:', // 5
      '    - name: app', // 6
      '      command: [sh, -c, "export DB_PASSWORD=s3cret && exec app"]', // 7
      '      args:', // 8
      '        - --db-password=hunter2', // 9
      '        - --api-token', // 10
      "        - 't0ken' # after the flag", // 11
      '        - --port=8080', // 12
      '        - --password-file=/run/pw', // 13
      '       bad: [', // 14
    ].join('\n');
    expect(masked(pod, 14)).toEqual([
      '7: [sh, -c, "export DB_PASSWORD=s3cret && exec app"]',
      '9: --db-password=hunter2',
      "11: 't0ken' # after the flag",
    ]);
  });

  it('masks ConfigMap values under a key that says secret, block scalars under them and private keys to their END line', () => {
    const configMap = [
      'apiVersion: v1', // 1
      'kind: ConfigMap', // 2
      'metadata: {name: c}', // 3
      'data:', // 4
      '  SMTP_PASSWORD: 55512345', // 5
      '  RETRIES: 5', // 6
      '  API_KEY: |', // 7
      '    line one', // 8
      '    line two', // 9
      '  tls.pem: |', // 10
      '    -----BEGIN RSA PRIVATE KEY-----', // 11
      '    MIIEowIBAAKCAQEA', // 12
      '    -----END RSA PRIVATE KEY-----', // 13
      '  after: shown', // 14
      '  after: again', // 15
    ].join('\n');
    expect(masked(configMap, 15)).toEqual([
      '5: 55512345',
      '7: |',
      '8: line one',
      '9: line two',
      '11: -----BEGIN RSA PRIVATE KEY-----',
      '12: MIIEowIBAAKCAQEA',
      '13: -----END RSA PRIVATE KEY-----',
    ]);
  });

  it('masks JSON env entries, one line or several', () => {
    expect(masked('{"kind": "Pod", "env": [{"name": "DB_PASSWORD", "value": "hunter2"}, {"name": "X", "value": "shown"}],}', 1)).toEqual([
      '1: "hunter2"',
    ]);
    const json = ['{', '  "env": [{', '    "name": "DB_PASSWORD",', '    "value": "hunter2",', '  }],,', '}'].join('\n');
    expect(masked(json, 5)).toEqual(['4: "hunter2",']);
  });

  it('stays within the document of the error, and leaves a Secret to secretDocumentMasks', () => {
    const stream = 'kind: ConfigMap\ndata:\n  API_KEY: a\n---\nkind: ConfigMap\ndata:\n  DB_PASSWORD: b\n  bad: [\n';
    expect(masked(stream, 8)).toEqual(['7: b']);
    expect(masked('kind: Secret\ndata:\n  a: YQ==\n  a: Yg==\n', 4)).toEqual(['3: YQ==', '4: Yg==']);
  });
});
