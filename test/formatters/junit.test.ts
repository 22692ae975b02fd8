import { describe, expect, it } from 'vitest';
import { formatJunit, formatJunitParts } from '../../src/formatters/junit';
import noPrivilegeEscalation from '../../rules/no-privilege-escalation';
import { buildReport, podsFile } from '../support/report';
import { fixtureReport } from './fixture';

describe('junit format', () => {
  it('one suite per file, one case per object, one failure per finding; file-level findings are cases of their file', () => {
    expect(formatJunit(fixtureReport())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="kubeplan" tests="5" failures="4" errors="0">',
        '  <testsuite name="deploy/broken.yaml" tests="1" failures="1" errors="0" skipped="0">',
        '    <testcase classname="deploy/broken.yaml" name="deploy/broken.yaml">',
        '      <failure message="Flow sequence in block collection must be sufficiently indented and end with a ]" type="yaml">error yaml at deploy/broken.yaml:2:1</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="deploy/config.yaml" tests="2" failures="0" errors="0" skipped="0">',
        '    <testcase classname="deploy/config.yaml" name="ConfigMap default/settings-v2"/>',
        '    <testcase classname="deploy/config.yaml" name="Secret prod/token"/>',
        '  </testsuite>',
        '  <testsuite name="deploy/gone.yaml" tests="1" failures="1" errors="0" skipped="0">',
        '    <testcase classname="deploy/gone.yaml" name="deploy/gone.yaml">',
        '      <failure message="cannot read: no such file or directory" type="input">error input at deploy/gone.yaml:1:1</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="deploy/web,v1: &quot;a&quot;.yaml" tests="1" failures="2" errors="0" skipped="0">',
        '    <testcase classname="deploy/web,v1: &quot;a&quot;.yaml" name="Deployment default/web">',
        '      <failure message="spec.selector does not match the template labels (app=web vs app=we&lt;b&gt;&amp;%)" type="valid-workload-selector">error valid-workload-selector at deploy/web,v1: "a".yaml:7:5',
        'path: spec.selector.matchLabels',
        'fix: make spec.selector.matchLabels a subset of spec.template.metadata.labels</failure>',
        '      <failure message="ConfigMap &quot;settings&quot; does not exist" type="test-config-ref">warning test-config-ref at deploy/web,v1: "a".yaml:16:36',
        'path: spec.template.spec.containers[0].envFrom[0].configMapRef.name',
        'related: deploy/config.yaml:4:9 ConfigMap default/settings-v2 exists',
        'fix: create the ConfigMap or fix the name</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('keeps line breaks in attributes and replaces characters XML cannot carry', () => {
    const report = fixtureReport();
    const f = { ...report.findings[1]!, message: "tab\there\nnext 'line' \u0000\u001b end \ud800" };
    const xml = formatJunit({ ...report, findings: [f] });
    expect(xml).toContain(`<failure message="tab&#9;here&#10;next &apos;line&apos; \ufffd\ufffd end \ufffd" type="input">`);
  });

  it('a clean run is a suite of passing cases', () => {
    const report = { ...fixtureReport(), findings: [] };
    expect(formatJunit(report)).toContain('<testsuites name="kubeplan" tests="3" failures="0" errors="0">');
  });

  it('keeps a character outside the BMP (a surrogate pair) as it is', () => {
    const report = fixtureReport();
    const f = { ...report.findings[1]!, message: 'ship \ud83d\udea2 & go' };
    expect(formatJunit({ ...report, findings: [f] })).toContain('<failure message="ship \ud83d\udea2 &amp; go" type="input">');
  });

  it('a large report comes in parts of whole lines, which together are the whole text', () => {
    const report = buildReport([{ file: 'pods.yaml', text: podsFile(400) }], { rules: [noPrivilegeEscalation] });
    const parts = [...formatJunitParts(report)];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(formatJunit(report));
    for (const part of parts) expect(part).toMatch(/^(<\?xml|  )[^]*\n$/);
    expect(parts.join('').match(/<failure /g)).toHaveLength(400);
    expect(parts.at(-1)).toMatch(/<\/testsuite>\n<\/testsuites>\n$/);
  });
});
