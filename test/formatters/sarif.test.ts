import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifactLocation, formatSarif } from '../../src/formatters/sarif';
import { buildReport, crossRefRule } from '../support/report';
import { sarifSchemaErrors } from '../support/sarif-schema';
import { CONFIG, WEB, fixtureReport } from './fixture';

const TOOL = { version: '0.1.0', informationUri: 'https://kubeplan.io' };

describe('sarif format', () => {
  const sarif = formatSarif(fixtureReport(), TOOL);
  const log = JSON.parse(sarif);
  const run = log.runs[0];

  it('is exactly the reviewed log (bytes)', () => {
    expect(sarif).toBe(readFileSync('test/fixtures/formatters/fixture.sarif', 'utf8'));
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    // The validator is not a rubber stamp: a log without a version fails.
    expect(sarifSchemaErrors(JSON.stringify({ ...log, version: undefined }))).toEqual([" must have required property 'version'"]);
  });

  it('describes the tool, every rule and the reserved ids, with help text, level and category', () => {
    expect(run.tool.driver).toMatchObject({ name: 'kubeplan', version: '0.1.0', informationUri: 'https://kubeplan.io' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'test-config-ref',
      'valid-workload-selector',
      'yaml',
      'schema',
      'schema-missing',
      'input',
      'rule-crash',
    ]);
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'test-config-ref',
      name: 'TestConfigRef',
      shortDescription: { text: 'envFrom ConfigMaps exist.' },
      fullDescription: { text: 'A missing ConfigMap keeps the pod from starting.' },
      help: {
        text: 'envFrom ConfigMaps exist.\n\nA missing ConfigMap keeps the pod from starting.\n\nFix: create the ConfigMap or fix the name',
        markdown: '**envFrom ConfigMaps exist.**\n\nA missing ConfigMap keeps the pod from starting.\n\nFix: create the ConfigMap or fix the name',
      },
      defaultConfiguration: { level: 'warning' },
      properties: { category: 'correctness', tags: ['correctness'] },
    });
  });

  it('a cross-object finding has its exact region, rule index, related location and a fingerprint', () => {
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'test-config-ref');
    expect(result).toEqual({
      ruleId: 'test-config-ref',
      ruleIndex: 0,
      level: 'warning',
      message: { text: 'ConfigMap "settings" does not exist\nFix: create the ConfigMap or fix the name' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'deploy/web%2Cv1%3A%20%22a%22.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 16, startColumn: 36, endLine: 16, endColumn: 44 },
          },
          logicalLocations: [{ name: 'web', fullyQualifiedName: 'Deployment/default/web', kind: 'object' }],
        },
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'deploy/config.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 20 },
          },
          message: { text: 'ConfigMap default/settings-v2 exists' },
        },
      ],
      partialFingerprints: { 'kubeplanFindingHash/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) },
      properties: {
        resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web' },
        path: 'spec.template.spec.containers[0].envFrom[0].configMapRef.name',
      },
    });
  });

  it('file-level findings point at the file with a start-only region and no logical location', () => {
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'input');
    expect(result.ruleIndex).toBe(5);
    expect(result.level).toBe('error');
    expect(result.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'deploy/gone.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } } },
    ]);
  });

  it('never prints Secret values', () => {
    expect(sarif).not.toContain('hunter2');
  });

  it('fingerprints survive moved lines and count identical findings', () => {
    const fingerprints = (text: string) =>
      JSON.parse(formatSarif(buildReport([{ file: 'a.yaml', text }], { rules: [crossRefRule] }), TOOL)).runs[0].results.map(
        (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['kubeplanFindingHash/v1'],
      );
    const twice = `${WEB}---\n${WEB}`;
    const [a, b] = fingerprints(twice);
    expect(a!.replace(/:1$/, ':2')).toBe(b);
    const moved = fingerprints(`# a comment that moves every line\n\n${twice}`);
    expect(moved).toEqual([a, b]);
    expect(fingerprints(`${CONFIG}---\n${WEB}`)).toEqual([a]);
  });

  it('adds version control provenance when the commit is known', () => {
    const withVcs = JSON.parse(
      formatSarif(fixtureReport(), { ...TOOL, versionControl: { repositoryUri: 'https://github.com/o/r', revisionId: 'abc123', branch: 'refs/heads/main' } }),
    );
    expect(withVcs.runs[0].versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/o/r', revisionId: 'abc123', branch: 'refs/heads/main', mappedTo: { uriBaseId: '%SRCROOT%' } },
    ]);
    expect(sarifSchemaErrors(JSON.stringify(withVcs))).toEqual([]);
  });

  it('turns paths into URI references', () => {
    expect(artifactLocation('./k8s/a b.yaml')).toEqual({ uri: 'k8s/a%20b.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('../shared/x.yaml')).toEqual({ uri: '../shared/x.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/srv/repo/k8s/#1.yaml')).toEqual({ uri: 'file:///srv/repo/k8s/%231.yaml' });
    expect(artifactLocation('C:\\repo\\k8s\\a.yaml')).toEqual({ uri: 'file:///C:/repo/k8s/a.yaml' });
    expect(artifactLocation('<stdin>')).toEqual({ uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' });
  });
});
