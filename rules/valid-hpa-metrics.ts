import { tryParseQuantity } from '../src/core/quantity';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { findTarget } from '../src/index/find-target';
import { type ContainerDefaults, containerDefaultsIn } from '../src/index/limit-ranges';
import { resourceLabel, resourceListOf } from '../src/resources/container-resources';
import { asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { type ContainerView, containersOf } from '../src/resources/pod-spec';

/** The Resource and ContainerResource metrics of an autoscaler that are a utilization of requests. */
interface UtilizationMetric {
  readonly resource: string;
  /** ContainerResource: only this container counts. */
  readonly container: string | null;
  readonly path: Path;
  /** How the message names it. */
  readonly text: string;
}

export default createRule({
  id: 'valid-hpa-metrics',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A HorizontalPodAutoscaler's utilization targets have the container requests they are computed from.",
    rationale:
      'A utilization target (averageUtilization, targetCPUUtilizationPercentage, or the default of 80% CPU when ' +
      'no metric is given) is usage divided by the pods\' requests. When a container the metric counts requests ' +
      'none of that resource, the autoscaler reports FailedGetResourceMetric ("missing request for cpu") and never ' +
      'scales. The API server accepts both objects.',
    fix: 'set resources.requests for the resource in every container of the target (sidecars included), or use an AverageValue target',
    messages: {
      missingRequest:
        '{{metric}} is a utilization of {{resource}} requests, but container "{{container}}" of {{kind}} {{name}} requests no {{resource}}: the autoscaler fails (missing request for {{resourceName}}) and never scales',
      unknownContainer: '{{metric}} names container "{{container}}", which {{kind}} {{name}} does not have (containers: {{containers}})',
    },
    defaultOptions: {},
    kinds: ['HorizontalPodAutoscaler'],
  },
  check({ resource, object, index, report }) {
    const spec = isObject(object.spec) ? object.spec : undefined;
    const ref = spec && isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : undefined;
    if (!spec || !ref || typeof ref.kind !== 'string' || typeof ref.name !== 'string') return;
    const target = findTarget(index, resource, ref.kind, resource.namespace, ref.name);
    const template = target ? podTemplateOf(target) : null;
    if (!target || !template) return; // valid-hpa-target reports a missing target
    const metrics = utilizationMetrics(resource.apiVersion, spec);
    if (metrics.length === 0) return;
    const defaults = target.namespace === null ? undefined : containerDefaultsIn(index, target.namespace);
    const podRequests = isObject(template.spec.resources) ? template.spec.resources.requests : undefined;
    // the containers the autoscaler sums: app containers and sidecars (calculatePodRequests)
    const counted = containersOf(template).filter((c) => c.group === 'containers' || c.sidecar);
    for (const metric of metrics) {
      // pod-level requests (PodLevelResources) stand for the containers'
      if (metric.container === null && isRequest(isObject(podRequests) ? podRequests[metric.resource] : undefined)) continue;
      const containers = metric.container === null ? counted : counted.filter((c) => c.name === metric.container);
      const data = { metric: metric.text, kind: target.kind, name: target.name };
      if (containers.length === 0) {
        report({ messageId: 'unknownContainer', data: { ...data, container: metric.container!, containers: counted.map((c) => c.name).join(', ') }, path: metric.path, severity: 'warning' });
        continue;
      }
      const without = containers.find((c) => !requests(c, metric.resource, defaults));
      if (!without) continue;
      report({
        messageId: 'missingRequest',
        data: { ...data, resource: resourceLabel(metric.resource), resourceName: metric.resource, container: without.name },
        path: metric.path,
        related: [{ resource: target, path: [...without.path, 'name'], message: `container "${without.name}" of ${target.kind} ${target.name}` }],
      });
    }
  },
});

/** A request (or a limit, which sets the request when it is missing) that is not zero. */
/**
 * Whether the container gets a non-zero request: its own, or its limit (which sets a missing
 * request), or, when it sets neither, the LimitRange default (LimitRanger fills unset values only).
 */
function requests(c: ContainerView, resource: string, defaults: ContainerDefaults | undefined): boolean {
  const request = resourceListOf(c, 'requests')[resource] ?? resourceListOf(c, 'limits')[resource];
  return request == null ? defaults?.request(resource) !== undefined : isRequest(request);
}

function isRequest(value: unknown): boolean {
  const q = tryParseQuantity(value);
  return q !== undefined && q.nano !== 0n;
}

function utilizationMetrics(apiVersion: string, spec: Record<string, unknown>): UtilizationMetric[] {
  if (apiVersion === 'autoscaling/v1') {
    const percent = spec.targetCPUUtilizationPercentage;
    const path: Path = percent === undefined ? ['spec', 'scaleTargetRef'] : ['spec', 'targetCPUUtilizationPercentage'];
    const text = percent === undefined ? 'the default target (80% CPU)' : `targetCPUUtilizationPercentage ${String(percent)}`;
    return [{ resource: 'cpu', container: null, path, text }];
  }
  const metrics = asArray(spec.metrics);
  if (metrics.length === 0) return [{ resource: 'cpu', container: null, path: ['spec', 'scaleTargetRef'], text: 'the default target (80% CPU)' }];
  const out: UtilizationMetric[] = [];
  metrics.forEach((m, i) => {
    if (!isObject(m) || (m.type !== 'Resource' && m.type !== 'ContainerResource')) return;
    const field = m.type === 'Resource' ? 'resource' : 'containerResource';
    const source = isObject(m[field]) ? m[field] : {};
    const name = source.name;
    // v2: target.type Utilization; v2beta1: targetAverageUtilization
    const target = isObject(source.target) ? source.target : undefined;
    const utilization = target ? target.type === 'Utilization' : source.targetAverageUtilization !== undefined;
    if (typeof name !== 'string' || !utilization) return;
    const container = m.type === 'ContainerResource' && typeof source.container === 'string' ? source.container : null;
    const path: Path = target ? ['spec', 'metrics', i, field, 'target', 'type'] : ['spec', 'metrics', i, field, 'targetAverageUtilization'];
    out.push({ resource: name, container, path, text: `metric ${i + 1} (${m.type} ${name}${container === null ? '' : ` of container ${container}`})` });
  });
  return out;
}
