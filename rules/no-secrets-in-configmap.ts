import { createRule } from '../src/engine/rule';
import { isObject } from '../src/resources/kinds';
import { VARIABLE_KEY, credentialIn, isHarmlessValue, looksLikeSecretName } from '../src/resources/secret-values';

export default createRule({
  id: 'no-secrets-in-configmap',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Secrets must not be stored in ConfigMaps.',
    rationale:
      'ConfigMaps are not meant for confidential data: RBAC roles grant read access to them freely (the built-in view ' +
      'role included), they are never encrypted at rest, and their values show in `kubectl describe`. A password or ' +
      'key in one is readable by everyone who may read the namespace, and by everyone who reads the repository.',
    fix: 'move the value into a Secret (envFrom/env secretKeyRef, or a Secret volume for files), then rotate it',
    messages: {
      secretKey: 'ConfigMap key "{{key}}" holds a literal value; the name says it is a secret',
      credentialValue: 'ConfigMap key "{{key}}" holds what looks like {{what}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedKeys: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Keys never to report by name (compared case-insensitively); credential-looking values are still reported.',
        },
      },
    },
    defaultOptions: { allowedKeys: [] as string[] },
    kinds: ['ConfigMap'],
  },
  check({ resource, object, options, report }) {
    if (resource.group !== '' || !isObject(object.data)) return;
    for (const [key, raw] of Object.entries(object.data)) {
      if (typeof raw !== 'string') continue;
      const value = raw.trim();
      if (value === '') continue;
      const path = ['data', key];
      const credential = credentialIn(value);
      if (credential) {
        report({ messageId: 'credentialValue', data: { key, what: credential }, path, sensitive: true });
        continue;
      }
      // a file's content (app.properties, nginx.conf) is not judged by the file's name
      if (!VARIABLE_KEY.test(key) || value.includes('\n') || isHarmlessValue(value) || !looksLikeSecretName(key)) continue;
      if (options.allowedKeys.some((k) => k.toLowerCase() === key.toLowerCase())) continue;
      report({ messageId: 'secretKey', data: { key }, path, sensitive: true });
    }
  },
});
