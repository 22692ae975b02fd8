import { isObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import { kindKey } from './schema-catalog';

/** The schema a CustomResourceDefinition in the input declares for one served version. */
export interface CustomResourceSchema {
  /** `<group>/<version>/<Kind>`. */
  readonly key: string;
  /** The `openAPIV3Schema`, or undefined when the CRD declares none (anything goes). */
  readonly schema: unknown;
  /** `CustomResourceDefinition widgets.example.com`, for messages. */
  readonly origin: string;
}

/**
 * Reads the CRDs of the input: for every served version, the schema its custom resources must follow.
 * Accepts apiextensions.k8s.io/v1 (`spec.versions[*].schema.openAPIV3Schema`) and the old v1beta1
 * layout (`spec.validation.openAPIV3Schema` shared by all versions). When two CRDs in the input
 * define the same kind, the first one wins.
 */
export function buildCustomResourceSchemas(resources: readonly Resource[]): Map<string, CustomResourceSchema> {
  const out = new Map<string, CustomResourceSchema>();
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i]!;
    if (resource.kind !== 'CustomResourceDefinition' || !resource.apiVersion.startsWith('apiextensions.k8s.io/')) continue;
    const spec = resource.object.spec;
    if (!isObject(spec) || typeof spec.group !== 'string' || !isObject(spec.names)) continue;
    const kind = spec.names.kind;
    if (typeof kind !== 'string' || kind === '') continue;
    const shared = isObject(spec.validation) ? spec.validation.openAPIV3Schema : undefined;
    const versions = Array.isArray(spec.versions)
      ? spec.versions.filter(isObject)
      : typeof spec.version === 'string'
        ? [{ name: spec.version, served: true }]
        : [];
    for (const version of versions) {
      if (typeof version.name !== 'string' || version.served === false) continue;
      const key = kindKey(`${spec.group}/${version.name}`, kind);
      if (out.has(key)) continue;
      const own = isObject(version.schema) ? version.schema.openAPIV3Schema : undefined;
      out.set(key, { key, schema: own ?? shared, origin: `CustomResourceDefinition ${resource.name}` });
    }
  }
  return out;
}
