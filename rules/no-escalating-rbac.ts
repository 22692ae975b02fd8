import { createRule } from '../src/engine/rule';
import { indexInRule, policyRulesOf } from '../src/resources/rbac';

/**
 * A permission that lets its holder gain more than it grants, after the Kubernetes documentation's
 * "RBAC good practices: privilege escalation risks": the resource (with its API group), the verbs
 * that carry the risk, and what the holder can then do.
 */
interface Escalation {
  readonly group: string;
  readonly resources: readonly string[];
  /** null: any verb. */
  readonly verbs: readonly string[] | null;
  readonly risk: string;
}

const RBAC = 'rbac.authorization.k8s.io';
const ESCALATIONS: readonly Escalation[] = [
  { group: '', resources: ['pods'], verbs: ['create'], risk: 'it can run a pod as any ServiceAccount of the namespace and mount any of its Secrets' },
  { group: '', resources: ['pods/exec'], verbs: ['create', 'get'], risk: 'it can run commands in the containers of pods, with their ServiceAccounts and Secrets' },
  { group: '', resources: ['pods/attach'], verbs: ['create', 'get'], risk: 'it can attach to the processes running in pods' },
  { group: '', resources: ['nodes/proxy'], verbs: null, risk: "it reaches the nodes' kubelet API, which runs commands in every pod of the node" },
  { group: '', resources: ['serviceaccounts/token'], verbs: ['create'], risk: 'it can mint tokens for ServiceAccounts and act as them' },
  { group: '', resources: ['users', 'groups', 'serviceaccounts'], verbs: ['impersonate'], risk: 'it can act as other users, groups or ServiceAccounts' },
  { group: RBAC, resources: ['roles', 'clusterroles'], verbs: ['escalate'], risk: 'it can write roles with permissions it does not hold' },
  { group: RBAC, resources: ['roles', 'clusterroles'], verbs: ['bind'], risk: 'it can bind roles with permissions it does not hold, cluster-admin included' },
  { group: '', resources: ['persistentvolumes'], verbs: ['create'], risk: 'it can create hostPath volumes and mount any directory of a node' },
  {
    group: 'admissionregistration.k8s.io',
    resources: ['mutatingwebhookconfigurations'],
    verbs: ['create', 'update', 'patch'],
    risk: 'it can have the objects written to the API sent to a webhook of its choice, which may rewrite them',
  },
  {
    group: 'admissionregistration.k8s.io',
    resources: ['validatingwebhookconfigurations'],
    verbs: ['create', 'update', 'patch'],
    risk: 'it can have the objects written to the API, Secrets included, sent to a webhook of its choice, which may refuse them',
  },
  { group: 'certificates.k8s.io', resources: ['certificatesigningrequests/approval'], verbs: ['update', 'patch'], risk: 'it can approve certificate requests, which issue client credentials' },
  { group: '', resources: ['namespaces'], verbs: ['update', 'patch'], risk: 'it can relabel namespaces, which lifts their Pod Security level' },
];

export default createRule({
  id: 'no-escalating-rbac',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Roles and ClusterRoles should not grant permissions that lead to more permissions.',
    rationale:
      'Some permissions give their holder more than they say: creating pods runs code as any ServiceAccount of the ' +
      'namespace, pods/exec and nodes/proxy run commands in other workloads, bind and escalate hand out roles the ' +
      'holder lacks, impersonate acts as others, serviceaccounts/token mints credentials, webhooks see and rewrite ' +
      'every write. (Kubernetes RBAC good practices; CIS Kubernetes Benchmark 5.1.4, 5.1.8.)',
    fix: 'grant the permission only to the subjects that need it, narrowed with resourceNames where the verb allows it, or remove it',
    messages: {
      escalation: '{{kind}} "{{name}}" rules[{{rule}}] grants {{verbs}} on {{resource}}: {{risk}}',
    },
    defaultOptions: {},
    kinds: ['Role', 'ClusterRole'],
    optIn: true,
  },
  check({ resource, report }) {
    const rules = policyRulesOf(resource.object);
    for (let ri = 0; ri < rules.length; ri++) {
      const rule = rules[ri]!;
      // names narrow the grant to those objects; a "*" is no-wildcard-rbac's finding
      if (rule.resourceNames.length > 0 || rule.verbs.includes('*')) continue;
      for (let i = 0; i < ESCALATIONS.length; i++) {
        const e = ESCALATIONS[i]!;
        if (!rule.apiGroups.includes(e.group) && !rule.apiGroups.includes('*')) continue;
        const verbs = e.verbs === null ? rule.verbs : rule.verbs.filter((v) => e.verbs!.includes(v));
        if (verbs.length === 0) continue;
        for (const name of e.resources) {
          const at = indexInRule(resource.object, rule, 'resources', name);
          if (at === -1) continue;
          report({
            messageId: 'escalation',
            data: { kind: resource.kind, name: resource.name, rule: rule.index, verbs: verbs.join(', '), resource: name, risk: e.risk },
            path: [...rule.path, 'resources', at],
          });
        }
      }
    }
  },
});
