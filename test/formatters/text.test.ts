import { describe, expect, it } from 'vitest';
import noPrivilegeEscalation from '../../rules/no-privilege-escalation';
import noPrivilegedContainer from '../../rules/no-privileged-container';
import requireRunAsNonRoot from '../../rules/require-run-as-non-root';
import { formatText, formatTextParts } from '../../src/formatters/text';
import { yaml } from '../support/rule-tester';
import { buildReport } from '../support/report';

// Two of the three rules point at the same place: its frame is printed for each finding.
const POD = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
        image: nginx:1.27
        securityContext:
          privileged: true
`;

function report() {
  return buildReport([{ file: 'pod.yaml', text: POD }], { rules: [noPrivilegeEscalation, noPrivilegedContainer, requireRunAsNonRoot] });
}

describe('text format', () => {
  it('prints every finding with the code frame of its location, also when findings share one', () => {
    expect(formatText(report(), { color: false })).toBe(
      [
        'warning  security/require-run-as-non-root  container "app" may run as root: neither runAsNonRoot: true nor a runAsUser above 0 is set on the container or the pod',
        '  pod.yaml:9:7  Pod default/web',
        '   7 |     - name: app',
        '   8 |       image: nginx:1.27',
        ' > 9 |       securityContext:',
        '     |       ^^^^^^^^^^^^^^^',
        '  fix: set securityContext.runAsNonRoot: true (on the pod for every container) and, if the image runs as root, a runAsUser above 0',
        '',
        'warning  security/no-privilege-escalation  container "app" is privileged, which always allows privilege escalation',
        '  pod.yaml:10:21  Pod default/web',
        '    8 |       image: nginx:1.27',
        '    9 |       securityContext:',
        ' > 10 |         privileged: true',
        '      |                     ^^^^',
        '  fix: remove privileged: true, then set allowPrivilegeEscalation: false',
        '',
        'warning  security/no-privileged-container  container "app" is privileged: it has full access to the node',
        '  pod.yaml:10:21  Pod default/web',
        '    8 |       image: nginx:1.27',
        '    9 |       securityContext:',
        ' > 10 |         privileged: true',
        '      |                     ^^^^',
        '  fix: remove securityContext.privileged (or windowsOptions.hostProcess), and add only the capabilities the container needs',
        '',
        '⚠ 0 errors, 3 warnings in 1 file, 1 resource',
        '',
      ].join('\n'),
    );
  });

  it('paints a shared frame for each finding its own severity', () => {
    const shared = buildReport([{ file: 'pod.yaml', text: POD }], { rules: [noPrivilegeEscalation] });
    // the same finding twice, first as an error
    const twice = { ...shared, findings: [{ ...shared.findings[0]!, severity: 'error' as const }, ...shared.findings] };
    const text = formatText(twice, { color: true });
    const markers = [...text.matchAll(/\u001b\[(\d+)m>\u001b\[0m/g)].map((m) => m[1]);
    expect(markers).toEqual(['31', '33']);
  });

  it('comes in parts of about 64K characters cut between findings, the summary last, that join to the whole text', () => {
    const pods = Array.from({ length: 300 }, (_, i) => POD.replace('name: web', `name: web-${i}`)).join('---\n');
    const many = buildReport([{ file: 'pods.yaml', text: pods }], { rules: [noPrivilegeEscalation, noPrivilegedContainer, requireRunAsNonRoot] });
    const parts = [...formatTextParts(many, { color: false })];
    expect(parts.join('')).toBe(formatText(many, { color: false }));
    expect(parts.length).toBe(7);
    expect(parts.at(-1)).toBe('⚠ 0 errors, 900 warnings in 1 file, 300 resources\n');
    for (const part of parts.slice(0, -1)) {
      expect(part).toMatch(/^warning {2}security\//);
      expect(part).toMatch(/\n {2}fix: [^\n]+\n\n$/);
    }
    expect(parts.slice(0, -2).every((p) => p.length >= 1 << 16 && p.length < (1 << 16) + 1000)).toBe(true);
  });
});
