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
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      const env = asArray(c.container.env);
      for (let i = 0; i < env.length; i++) {
        const entry = env[i];
        if (!isObject(entry) || typeof entry.name !== 'string') continue;
        const name = entry.name;
        const raw = entry.value;
        if (typeof raw !== 'string' && typeof raw !== 'number') continue;
        const value = String(raw).trim();
        if (value === '') continue;
        // most variables are neither: the path and data are made for a finding only
        const credential = credentialIn(value);
        if (credential) {
          report({ messageId: 'credentialValue', data: { container: c.name, name, what: credential }, path: [...c.path, 'env', i, 'value'], sensitive: true });
          continue;
        }
        if (!looksLikeSecretName(name) || isHarmlessValue(value)) continue;
        if (options.allowedNames.some((n) => n.toLowerCase() === name.toLowerCase())) continue;
        report({ messageId: 'secretName', data: { container: c.name, name }, path: [...c.path, 'env', i, 'value'], sensitive: true });
      }
    }
  },
});
