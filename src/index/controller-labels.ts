import { isObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import type { Labels, Selector } from './label-selector';

/**
 * Labels that a controller adds to the pods it creates, beyond the template's, whose values the
 * input determines: a StatefulSet's pod name and index (a Service per pod selects
 * `statefulset.kubernetes.io/pod-name: web-0`), a Job's name (without manualSelector).
 * Hash and uid labels are left out: no manifest can know their values.
 */
const CONTROLLER_LABEL_KEYS: ReadonlySet<string> = new Set([
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'job-name',
  'batch.kubernetes.io/job-name',
]);

const ORDINAL = /^(0|[1-9][0-9]*)$/;

export function isControllerLabelKey(key: string): boolean {
  return CONTROLLER_LABEL_KEYS.has(key);
}

/** Whether the pods of `resource` can carry `key=value` set by its controller (value undefined: any value). */
export function controllerSetsLabel(resource: Resource, key: string, value: string | undefined): boolean {
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  if (resource.kind === 'StatefulSet') {
    // Any ordinal from spec.ordinals.start on: replicas may be scaled (HPA, kubectl scale).
    const start = isObject(spec.ordinals) && typeof spec.ordinals.start === 'number' ? spec.ordinals.start : 0;
    const ordinal = (text: string) => ORDINAL.test(text) && Number(text) >= start;
    if (key === 'statefulset.kubernetes.io/pod-name') {
      return value === undefined || (value.startsWith(`${resource.name}-`) && ordinal(value.slice(resource.name.length + 1)));
    }
    if (key === 'apps.kubernetes.io/pod-index') return value === undefined || ordinal(value);
    return false;
  }
  if (resource.kind === 'Job' && spec.manualSelector !== true && (key === 'job-name' || key === 'batch.kubernetes.io/job-name')) {
    return value === undefined || value === resource.name;
  }
  return false;
}

/**
 * The labels of a pod created from the template, with the controller labels the selector asks
 * about filled in where the controller would set them; the template labels themselves when the
 * selector names no controller label.
 */
export function podLabelsFor(resource: Resource, templateLabels: Labels, selector: Selector): Labels {
  let labels: Record<string, string> | undefined;
  const set = (key: string, value: string) => {
    labels ??= { ...templateLabels };
    labels[key] = value;
  };
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    if (isControllerLabelKey(key) && controllerSetsLabel(resource, key, value)) set(key, value);
  }
  for (const e of selector.expressions) {
    if (!isControllerLabelKey(e.key)) continue;
    if (e.operator === 'In') {
      const value = e.values.find((v) => controllerSetsLabel(resource, e.key, v));
      if (value !== undefined) set(e.key, value);
    } else if (e.operator === 'Exists' && controllerSetsLabel(resource, e.key, undefined)) {
      set(e.key, templateLabels[e.key] ?? '');
    }
  }
  return labels ?? templateLabels;
}
