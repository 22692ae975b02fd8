import { createRule } from '../src/engine/rule';
import { podTemplateOf } from '../src/resources/kinds';
import { APP_CONTAINERS, containersOf } from '../src/resources/pod-spec';
import { LONG_RUNNING_KINDS, runsToCompletion } from '../src/resources/probes';

export default createRule({
  id: 'require-readiness-probe',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'Every app container of a long-running workload must have a readiness probe.',
    rationale:
      'Without a readiness probe a container counts as ready as soon as it starts: Services send it traffic before it can ' +
      'serve, and a rolling update moves on (and removes old pods) while new ones are still warming up or failing.',
    fix: 'add a readinessProbe (httpGet on a health endpoint, tcpSocket, grpc or exec) that succeeds only when the container can serve',
    messages: {
      missing: 'container "{{container}}" has no readiness probe',
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
      if (c.container.readinessProbe !== undefined && c.container.readinessProbe !== null) continue;
      report({ messageId: 'missing', data: { container: c.name }, path: typeof c.container.name === 'string' ? [...c.path, 'name'] : c.path });
    }
  },
});
