import { getAtPath } from '../src/core/path';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, isObject, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'valid-pod-template',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A pod, and the pod template of a workload, has a spec with at least one container.',
    rationale:
      'The API server rejects a pod without containers ("spec.containers: Required value"), and so a Deployment, ' +
      'StatefulSet, DaemonSet, ReplicaSet, Job, CronJob or PodTemplate whose template has no spec or an empty ' +
      'containers list: it validates the template as the pod its controller would create. The schema cannot say it: ' +
      'a template\'s spec is optional there, and an empty list is a list.',
    fix: 'give the pod spec its containers (at least one, each with a name and an image)',
    messages: {
      noSpec: 'the pod template has no spec: the API server requires its containers (spec.containers: Required value)',
      noContainers: 'the pod has no containers: the API server requires at least one',
    },
    refusals: ['noSpec', 'noContainers'],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return; // no template at all is the schema's (a required field)
    // the view's spec is {} when there is none: the template itself tells absent from empty
    const spec = getAtPath(resource.object, template.specPath);
    if (spec === undefined || spec === null) {
      // a Pod without spec is the schema's too (spec is required there)
      if (template.path.length > 0) report({ messageId: 'noSpec', path: template.path, target: 'key' });
      return;
    }
    if (!isObject(spec)) return; // the wrong type is the schema's
    if (Array.isArray(spec.containers) && spec.containers.length === 0) report({ messageId: 'noContainers', path: [...template.specPath, 'containers'], target: 'key' });
  },
});
