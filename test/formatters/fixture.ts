import validWorkloadSelector from '../../rules/valid-workload-selector';
import type { Finding } from '../../src/core/types';
import { yaml } from '../support/rule-tester';
import { buildReport, crossRefRule } from '../support/report';

/**
 * One report shared by the formatter tests: a rule finding, a cross-object finding with a related
 * location, a YAML syntax error, an unreadable file, a clean object, characters that need
 * escaping in every format (% , : < > & " and a line break), and a Secret.
 */
export const WEB = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    selector:
      matchLabels: {app: web}
    template:
      metadata:
        labels: {app: "we<b>&%"}
      spec:
        containers:
          - name: app
            image: nginx:1.27
            envFrom:
              - configMapRef: {name: settings}
`;

export const CONFIG = yaml`
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: settings-v2
  ---
  apiVersion: v1
  kind: Secret
  metadata: {name: token, namespace: prod}
  stringData: {token: hunter2}
`;

export const BROKEN = 'kind: [\n';

const missing: Finding = {
  rule: 'input',
  severity: 'error',
  message: 'cannot read: no such file or directory',
  file: 'deploy/gone.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  resource: null,
  path: null,
};

export function fixtureReport() {
  return buildReport(
    [
      { file: 'deploy/web,v1: "a".yaml', text: WEB },
      { file: 'deploy/config.yaml', text: CONFIG },
      { file: 'deploy/broken.yaml', text: BROKEN },
    ],
    { rules: [crossRefRule, validWorkloadSelector], inputFindings: [missing] },
  );
}
