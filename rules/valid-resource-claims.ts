import { suggestName } from '../src/core/suggest';
import { createRule } from '../src/engine/rule';
import { findNearMiss } from '../src/index/near-miss';
import { POD_SPEC_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { containersOf, resourceClaimEntries } from '../src/resources/pod-spec';

export default createRule({
  id: 'valid-resource-claims',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A pod's resource claims (DRA) each name one ResourceClaim or template that exists, and its containers use only those claims.",
    rationale:
      'Dynamic resource allocation (DRA, resource.k8s.io) gives pods devices through claims: the pod lists them under ' +
      'spec.resourceClaims, each naming a ResourceClaim (shared by every pod that names it) or a ResourceClaimTemplate ' +
      '(a claim per pod), and a container uses one by its entry name under resources.claims. The API server refuses ' +
      'a pod (and the Deployment, Job or other workload holding its template) whose container uses a claim the pod ' +
      'does not list, lists one twice, or whose entry names both a claim and a template, or neither. A claim or ' +
      'template that does not exist is accepted, and the pod stays Pending: the scheduler cannot allocate devices ' +
      'for a claim it cannot find.',
    fix: 'list each claim a container uses under spec.resourceClaims, with a resourceClaimName or a resourceClaimTemplateName that exists',
    messages: {
      unknownClaim: 'container "{{container}}" uses resource claim "{{name}}", which is not in the pod\'s resourceClaims{{hint}}',
      duplicateClaim: 'container "{{container}}" uses resource claim "{{name}}" twice',
      duplicateEntry: 'the pod lists resource claim "{{name}}" twice',
      noSource: 'resource claim "{{name}}" must set one of resourceClaimName and resourceClaimTemplateName',
      twoSources: 'resource claim "{{name}}" sets both resourceClaimName and resourceClaimTemplateName: set one',
      missing: '{{kind}} "{{name}}" not found in namespace {{namespace}}{{hint}}: the pod stays Pending',
    },
    refusals: ['unknownClaim', 'duplicateClaim', 'duplicateEntry', 'noSource', 'twoSources'],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const entries = resourceClaimEntries(template.spec, template.specPath);
    const containers = containersOf(template);
    // most pods have no claims at all: one look at each container's resources
    if (entries.length === 0 && !containers.some((c) => isObject(c.container.resources) && c.container.resources.claims !== undefined)) return;

    const names: string[] = [];
    for (const { entry, path, source } of entries) {
      if (typeof entry.name !== 'string') continue;
      if (names.includes(entry.name)) report({ messageId: 'duplicateEntry', data: { name: entry.name }, path: [...path, 'name'] });
      else names.push(entry.name);
      const sources = Number(source.resourceClaimName != null) + Number(source.resourceClaimTemplateName != null);
      if (sources !== 1) report({ messageId: sources === 0 ? 'noSource' : 'twoSources', data: { name: entry.name }, path });
    }

    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      const claims = isObject(c.container.resources) ? asArray(c.container.resources.claims) : [];
      const used = new Set<string>();
      for (let i = 0; i < claims.length; i++) {
        const claim = claims[i];
        if (!isObject(claim) || typeof claim.name !== 'string') continue;
        const path = [...c.path, 'resources', 'claims', i, 'name'];
        // one claim can be used twice for two of its requests
        const key = typeof claim.request === 'string' && claim.request !== '' ? `${claim.name}/${claim.request}` : claim.name;
        if (used.has(key)) report({ messageId: 'duplicateClaim', data: { container: c.name, name: claim.name }, path });
        used.add(key);
        if (names.includes(claim.name)) continue;
        const suggestion = suggestName(claim.name, names);
        const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : names.length > 0 ? ` (the pod's claims: ${names.join(', ')})` : ' (the pod lists none)';
        report({
          messageId: 'unknownClaim',
          data: { container: c.name, name: claim.name, hint },
          path,
          fix: suggestion !== undefined ? `use "${suggestion}"` : `add an entry "${claim.name}" to the pod's spec.resourceClaims`,
        });
      }
    }

    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      if (ref.kind !== 'ResourceClaim' && ref.kind !== 'ResourceClaimTemplate') continue;
      if (index.get(ref.kind, ref.namespace, ref.name)) continue;
      const near = findNearMiss(index, ref.kind, ref.namespace, ref.name);
      report({
        messageId: 'missing',
        data: { kind: ref.kind, name: ref.name, namespace: ref.namespace ?? '', hint: near.hint },
        path: ref.path,
        fix: near.suggestion
          ? `use "${near.suggestion}", or create ${ref.kind} "${ref.name}" in namespace ${ref.namespace ?? ''}`
          : `create ${ref.kind} "${ref.name}" in namespace ${ref.namespace ?? ''}, or fix the name`,
        related: near.related,
      });
    }
  },
});
