import { createRule } from '../src/engine/rule';
import { asArray, isObject } from '../src/resources/kinds';

export default createRule({
  id: 'require-job-ttl',
  meta: {
    category: 'best-practice',
    severity: 'warning',
    summary: 'A standalone Job should set ttlSecondsAfterFinished so that it is cleaned up; off by default.',
    rationale:
      'A finished Job and its pods stay in the cluster until someone deletes them, piling up in the API server ' +
      'and in `kubectl get pods`. ttlSecondsAfterFinished lets the TTL controller delete them. Jobs created by a ' +
      'CronJob are cleaned up by its history limits instead, and are not checked.',
    fix: 'set spec.ttlSecondsAfterFinished (e.g. 86400 to keep a finished Job for a day)',
    messages: {
      missing: 'this Job has no ttlSecondsAfterFinished: it and its pods stay after it finishes until deleted by hand',
    },
    defaultOptions: {},
    kinds: ['Job'],
    optIn: true,
  },
  check({ resource, report }) {
    const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {};
    if (asArray(metadata.ownerReferences).some((o) => isObject(o) && o.kind === 'CronJob')) return;
    const spec = isObject(resource.object.spec) ? resource.object.spec : undefined;
    if (!spec || typeof spec.ttlSecondsAfterFinished === 'number') return;
    report({ messageId: 'missing', path: ['spec'], target: 'key' });
  },
});
