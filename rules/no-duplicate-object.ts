import { createRule } from '../src/engine/rule';
import { formatRef } from '../src/resources/resource';

export default createRule({
  id: 'no-duplicate-object',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Each object (group, kind, namespace, name) is defined once in the input.',
    rationale:
      'When the same object is defined twice, kubectl apply applies both in turn and the last one wins, ' +
      'silently discarding the other; Helm and Argo CD refuse the manifest set. It is almost always a copy ' +
      'and paste left behind, or a namespace forgotten on one of two copies.',
    fix: 'remove one of the definitions, or give it another name or namespace',
    messages: {
      duplicate: '{{object}} is already defined {{where}}',
    },
    defaultOptions: {},
  },
  check({ resource, index, report }) {
    if (resource.name === '') return;
    // input order, linted objects before the context: an earlier definition is a linted one
    const first = index.withIdentity(resource)[0]!;
    if (first === resource) return;
    report({
      messageId: 'duplicate',
      data: { object: formatRef(resource.ref), where: first.file === resource.file ? 'earlier in this file' : `in ${first.file}` },
      path: ['metadata', 'name'],
      related: [{ resource: first, path: ['metadata', 'name'], message: `first definition of ${formatRef(first.ref)}` }],
    });
  },
});
