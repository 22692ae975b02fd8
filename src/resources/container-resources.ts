import type { Path, Target } from '../core/types';
import { isObject } from './kinds';
import type { ContainerView } from './pod-spec';
import { type KubeObject, type Resource, sourceTextIn } from './resource';

export type ResourceField = 'requests' | 'limits';

/** `resources.requests` or `resources.limits` of a container ({} when absent). */
export function resourceListOf(c: ContainerView, field: ResourceField): KubeObject {
  const resources = c.container.resources;
  if (!isObject(resources)) return {};
  const list = resources[field];
  return isObject(list) ? list : {};
}

/** Whether the container sets a value for `resource` under `field`. */
export function hasResourceValue(c: ContainerView, field: ResourceField, resource: string): boolean {
  const value = resourceListOf(c, field)[resource];
  return typeof value === 'string' || typeof value === 'number';
}

/**
 * Where to point when a container lacks a request or limit: the deepest of `resources.<field>`
 * and `resources` that exists (its key), else the container's name.
 */
export function missingResourceAnchor(c: ContainerView, field: ResourceField): { path: Path; target: Target } {
  const resources = c.container.resources;
  if (isObject(resources)) {
    if (isObject(resources[field])) return { path: [...c.path, 'resources', field], target: 'key' };
    return { path: [...c.path, 'resources'], target: 'key' };
  }
  return typeof c.container.name === 'string' ? { path: [...c.path, 'name'], target: 'value' } : { path: c.path, target: 'value' };
}

/**
 * Whether requests may be below limits (k8s helper IsOvercommitAllowed): native resources other
 * than hugepages. Extended resources (`nvidia.com/gpu`) and hugepages need request == limit.
 */
export function isOvercommitAllowed(resource: string): boolean {
  const native = !resource.includes('/') || resource.includes('kubernetes.io/');
  return native && !resource.startsWith('hugepages-');
}

/** How messages name a resource: `CPU`, `memory`, `ephemeral-storage`, `nvidia.com/gpu`. */
export function resourceLabel(resource: string): string {
  return resource === 'cpu' ? 'CPU' : resource;
}

/**
 * A quantity for messages: a string as it is (without the quotes it may have been written with),
 * a number as written in the source (`1e3` stays `1e3`).
 */
export function quantityText(resource: Resource, path: Path, value: unknown): string {
  return typeof value === 'string' ? value : (sourceTextIn(resource, path) ?? String(value));
}
