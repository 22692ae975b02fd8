import { createRule } from '../src/engine/rule';
import { podTemplateOf } from '../src/resources/kinds';
import { APP_CONTAINERS, containersOf } from '../src/resources/pod-spec';
import { LONG_RUNNING_KINDS, runsToCompletion } from '../src/resources/probes';

export default createRule({
  id: 'require-liveness-probe',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'Every app container of a long-running workload must have a liveness probe.',
    rationale:
      'Without a liveness probe the kubelet restarts a container only when its process exits. A process that hangs ' +
      '(deadlock, exhausted pool) stays up, counted as running, until someone notices.',
    fix: 'add a livenessProbe that fails only when the process is beyond recovery (not when a dependency is down)',
    messages: {
      missing: 'container "{{container}}" has no liveness probe',
    },
    defaultOptions: {},
    kinds: LONG_RUNNING_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template || runsToCompletion(template.spec)) return;
    // Init containers cannot have probes; sidecars (restartPolicy: Always) may, but need not.
    const containers = containersOf(template, APP_CONTAINERS);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      if (c.container.livenessProbe !== undefined && c.container.livenessProbe !== null) continue;
      report({ messageId: 'missing', data: { container: c.name }, path: typeof c.container.name === 'string' ? [...c.path, 'name'] : c.path });
    }
  },
});
