import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'no-deprecated-service-account-field',
  meta: {
    category: 'best-practice',
    severity: 'warning',
    summary: 'Pods must name their ServiceAccount with serviceAccountName, not the deprecated serviceAccount.',
    rationale:
      'spec.serviceAccount is a deprecated alias kept for old clients. It is used only when serviceAccountName ' +
      'is empty, so a manifest that sets both, with different values, runs under serviceAccountName and ' +
      'silently ignores the other. Tools and policies read serviceAccountName.',
    fix: 'rename serviceAccount to serviceAccountName',
    messages: {
      deprecated: 'spec.serviceAccount is deprecated: write serviceAccountName: {{name}}',
      redundant: 'spec.serviceAccount is deprecated and repeats serviceAccountName: remove it',
      ignored: 'spec.serviceAccount "{{name}}" is ignored: the pods run as serviceAccountName "{{actual}}"',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const old = template.spec.serviceAccount;
    if (typeof old !== 'string' || old === '') return;
    const path = [...template.specPath, 'serviceAccount'];
    const current = template.spec.serviceAccountName;
    if (typeof current !== 'string' || current === '') {
      report({ messageId: 'deprecated', data: { name: old }, path, target: 'key' });
    } else if (current === old) {
      report({ messageId: 'redundant', path, target: 'key', fix: 'remove spec.serviceAccount' });
    } else {
      report({ messageId: 'ignored', data: { name: old, actual: current }, path, fix: 'remove spec.serviceAccount, keeping the ServiceAccount you mean in serviceAccountName' });
    }
  },
});
