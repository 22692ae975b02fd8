import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/formatters/markdown';
import { fixtureReport } from './fixture';

describe('markdown format (job summary)', () => {
  it('a count line, a table with escaped cells and links, and how to fix each rule', () => {
    const md = formatMarkdown(fixtureReport(), { link: (file, line) => (file.startsWith('deploy/web') ? `https://x/${line}` : null), context: ['Kubernetes 1.34'] });
    expect(md).toBe(
      [
        '## kubeplan lint',
        '',
        '❌ **3 errors, 1 warning** in 4 files, 3 resources · Kubernetes 1.34',
        '',
        '| Severity | Rule | Location | Object | Message |',
        '| --- | --- | --- | --- | --- |',
        '| 🔴 error | `yaml` | deploy/broken.yaml:2:1 |  | Flow sequence in block collection must be sufficiently indented and end with a ] |',
        '| 🔴 error | `input` | deploy/gone.yaml:1:1 |  | cannot read: no such file or directory |',
        '| 🔴 error | `valid-workload-selector` | [deploy/web,v1: "a".yaml:7:5](https://x/7) | Deployment default/web | spec.selector does not match the template labels (app=web vs app=we&lt;b&gt;&amp;%) |',
        '| 🟡 warning | `test-config-ref` | [deploy/web,v1: "a".yaml:16:36](https://x/16) | Deployment default/web | ConfigMap "settings" does not exist |',
        '',
        '<details><summary>How to fix</summary>',
        '',
        '- `valid-workload-selector`: make spec.selector.matchLabels a subset of spec.template.metadata.labels',
        '- `test-config-ref`: create the ConfigMap or fix the name',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('escapes table breaks and line breaks, and stops after maxFindings', () => {
    const report = fixtureReport();
    const findings = report.findings.map((f) => ({ ...f, message: 'a | b\nc' }));
    const md = formatMarkdown({ ...report, findings }, { maxFindings: 1 });
    expect(md).toContain('| 🔴 error | `yaml` | deploy/broken.yaml:2:1 |  | a \\| b<br>c |\n\n…and 3 more findings (see the annotations or the SARIF file).\n');
    expect(md.match(/^\| 🔴|^\| 🟡/gm)).toHaveLength(1);
  });

  it('a clean run is one line', () => {
    expect(formatMarkdown({ ...fixtureReport(), findings: [] })).toBe('## kubeplan lint\n\n✅ No problems in 4 files, 3 resources\n');
  });
});
