import { suggestName } from '../src/core/suggest';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { containersOf, portsOf } from '../src/resources/pod-spec';
import { probePortsOf } from '../src/resources/probes';

const PROBE_NAMES = { livenessProbe: 'liveness', readinessProbe: 'readiness', startupProbe: 'startup' } as const;

export default createRule({
  id: 'valid-probe-port',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A probe must connect to a port its container declares: a named port must exist.',
    rationale:
      'The kubelet resolves a named probe port (httpGet.port: http) among the ports of the same container. A ' +
      'name the container does not declare makes every probe fail: a liveness probe restarts the container ' +
      'forever, a readiness probe keeps it out of every Service. A number the container does not declare may ' +
      'work (declaring ports is optional) but usually means the probe and the server disagree, so it is info.',
    fix: 'point the probe at a port the container declares, or declare the port under the container ports',
    messages: {
      namedPort: '{{probe}} probe of container "{{container}}" uses port "{{port}}", which the container does not declare{{hint}}',
      numberedPort: '{{probe}} probe of container "{{container}}" uses port {{port}}, which the container does not declare{{hint}}',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      if (c.group === 'initContainers' && !c.sidecar) continue;
      const probes = probePortsOf(c);
      if (probes.length === 0) continue;
      const ports = portsOf(c);
      const names = ports.flatMap((p) => (p.name ? [p.name] : []));
      const numbers = ports.flatMap((p) => (p.containerPort !== undefined ? [p.containerPort] : []));
      for (const probe of probes) {
        const data = { probe: PROBE_NAMES[probe.probe], container: c.name, port: probe.port };
        if (typeof probe.port === 'string') {
          if (names.includes(probe.port)) continue;
          const suggestion = suggestName(probe.port, names);
          const hint = suggestion
            ? ` (did you mean "${suggestion}"?)`
            : names.length > 0
              ? ` (declared: ${names.join(', ')})`
              : ports.length > 0
                ? ' (its ports have no names)'
                : ' (it declares no ports)';
          report({ messageId: 'namedPort', data: { ...data, hint }, path: probe.path });
        } else if (!numbers.includes(probe.port)) {
          const hint = numbers.length > 0 ? ` (declared: ${numbers.join(', ')})` : '';
          report({ messageId: 'numberedPort', data: { ...data, hint }, path: probe.path, severity: 'info' });
        }
      }
    }
  },
});
