import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, containersOf } from '../src/resources/pod-spec';
import { credentialIn, isHarmlessValue, looksLikeSecretName } from '../src/resources/secret-values';

export default createRule({
  id: 'no-secrets-in-env',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Secrets must not be written as literal environment variable values.',
    rationale:
      'A literal value in a manifest ends up in version control, in CI logs, in `kubectl get -o yaml` for everyone ' +
      'who may read the workload, and in the last-applied annotation. Secrets belong in a Secret, referenced with ' +
      'secretKeyRef or mounted as a file.',
    fix: 'move the value into a Secret and reference it with valueFrom.secretKeyRef (or mount the Secret as a file), then rotate it',
    messages: {
      secretName: 'container "{{container}}" sets env "{{name}}" to a literal value; the name says it is a secret',
      credentialValue: 'container "{{container}}" sets env "{{name}}" to what looks like {{what}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedNames: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Variable names never to report by name (compared case-insensitively); credential-looking values are still reported.',
        },
      },
    },
    defaultOptions: { allowedNames: [] as string[] },
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    for (const c of containersOf(template, ALL_CONTAINER_GROUPS)) {
      asArray(c.container.env).forEach((env, i) => {
        if (!isObject(env) || typeof env.name !== 'string') return;
        const name = env.name;
        const raw = env.value;
        if (typeof raw !== 'string' && typeof raw !== 'number') return;
        const value = String(raw).trim();
        if (value === '') return;
        const path = [...c.path, 'env', i, 'value'];
        const data = { container: c.name, name };
        const credential = credentialIn(value);
        if (credential) {
          report({ messageId: 'credentialValue', data: { ...data, what: credential }, path, sensitive: true });
          return;
        }
        if (isHarmlessValue(value) || !looksLikeSecretName(name)) return;
        if (options.allowedNames.some((n) => n.toLowerCase() === name.toLowerCase())) return;
        report({ messageId: 'secretName', data, path, sensitive: true });
      });
    }
  },
});
