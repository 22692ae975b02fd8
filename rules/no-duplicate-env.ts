import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, containersOf } from '../src/resources/pod-spec';

export default createRule({
  id: 'no-duplicate-env',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: 'A container must not define the same environment variable twice.',
    rationale:
      'The API server accepts duplicate names in a container\'s env list and the kubelet keeps the last one, so ' +
      'the first definition is silently dead. It usually comes from a merge (kustomize patch, Helm values) and ' +
      'whoever edits the first entry sees no effect.',
    fix: 'remove one of the two definitions, keeping the value you mean',
    messages: {
      duplicate: 'container "{{container}}" sets env var "{{name}}" twice (env[{{first}}] and env[{{second}}]); the last one wins',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      const seen = new Map<string, number>();
      asArray(c.container.env).forEach((env, i) => {
        if (!isObject(env) || typeof env.name !== 'string') return;
        const first = seen.get(env.name);
        if (first === undefined) {
          seen.set(env.name, i);
          return;
        }
        report({
          messageId: 'duplicate',
          data: { container: c.name, name: env.name, first, second: i },
          path: [...c.path, 'env', i, 'name'],
        });
      });
    }
  },
});
