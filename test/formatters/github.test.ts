import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatCommand, formatGithub, formatGithubParts, formatMessageCommand } from '../../src/formatters/github';
import noPrivilegeEscalation from '../../rules/no-privilege-escalation';
import { buildReport, podsFile } from '../support/report';
import { fixtureReport } from './fixture';

describe('github format (workflow commands)', () => {
  it('prints one command per finding with file, range, title and the escaped message, and nothing else', () => {
    expect(formatGithub(fixtureReport())).toBe(
      [
        '::error file=deploy/broken.yaml,line=2,col=1,title=kubeplan yaml::Flow sequence in block collection must be sufficiently indented and end with a ]',
        '::error file=deploy/gone.yaml,line=1,col=1,title=kubeplan input::cannot read: no such file or directory',
        '::error file=deploy/web%2Cv1%3A "a".yaml,line=7,col=5,endLine=7,endColumn=16,title=kubeplan valid-workload-selector::' +
          'spec.selector does not match the template labels (app=web vs app=we<b>&%25)%0ADeployment default/web%0A' +
          'fix: make spec.selector.matchLabels a subset of spec.template.metadata.labels',
        '::warning file=deploy/web%2Cv1%3A "a".yaml,line=16,col=36,endLine=16,endColumn=44,title=kubeplan test-config-ref::' +
          'ConfigMap "settings" does not exist%0ADeployment default/web%0A' +
          'related: deploy/config.yaml:4:9 ConfigMap default/settings-v2 exists%0Afix: create the ConfigMap or fix the name',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    const report = { ...fixtureReport(), findings: [] };
    expect(formatGithub(report)).toBe('');
  });

  it('maps info to notice and escapes as the Actions toolkit does', () => {
    const line = formatCommand({
      rule: 'r',
      severity: 'info',
      message: '100% done\r\nnext: a,b',
      file: 'a:b,c%d.yaml',
      line: 3,
      column: 2,
      endLine: 4,
      endColumn: 1,
      resource: { apiVersion: 'v1', kind: 'Namespace', namespace: null, name: 'n' },
      path: null,
    });
    expect(line).toBe('::notice file=a%3Ab%2Cc%25d.yaml,line=3,col=2,endLine=4,endColumn=1,title=kubeplan r::100%25 done%0D%0Anext: a,b%0ANamespace n\n');
    expect(escapeData('%\r\n:,')).toBe('%25%0D%0A:,');
    expect(escapeProperty('%\r\n:,')).toBe('%25%0D%0A%3A%2C');
  });

  it('a command about no file carries only its title, escaped like the rest', () => {
    expect(formatMessageCommand('warning', 'kubeplan plan', 'Service a/b: EndpointsEmpty: 50%\nnone')).toBe(
      '::warning title=kubeplan plan::Service a/b: EndpointsEmpty: 50%25%0Anone\n',
    );
    expect(formatMessageCommand('info', 'x,y:z', 'm')).toBe('::notice title=x%2Cy%3Az::m\n');
  });

  it('escapes any text exactly as the toolkit\'s replacements do', () => {
    const data = (t: string) => t.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const property = (t: string) => data(t).replace(/:/g, '%3A').replace(/,/g, '%2C');
    const text = fc.array(fc.constantFrom('a', ' ', '%', '\r', '\n', ':', ',', 'é', '25'), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(escapeData(t)).toBe(data(t));
        expect(escapeProperty(t)).toBe(property(t));
      }),
      { numRuns: 500 },
    );
  });

  it('a large report comes in parts of whole commands, which together are the whole text', () => {
    const report = buildReport([{ file: 'pods.yaml', text: podsFile(400) }], { rules: [noPrivilegeEscalation] });
    const parts = [...formatGithubParts(report)];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(formatGithub(report));
    for (const part of parts) expect(part).toMatch(/^::warning [^]*\n$/);
    expect(parts.join('').split('\n')).toHaveLength(401);
  });
});
