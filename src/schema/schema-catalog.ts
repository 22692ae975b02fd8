/**
 * The schemas a validation run can use, as plain values: the bundled file of one Kubernetes
 * version plus any external schemas the I/O layer resolved beforehand (from `--schema-location`)
 * for the kinds present in the input. CRDs found in the input are added by the validator itself.
 */

/** A JSON Schema node as read from JSON. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** The shape of `schemas/k8s/<minor>.json` (written by scripts/generate-schemas.mjs). */
export interface BundledSchemas {
  readonly kubernetesVersion: string;
  /** Where the data came from, e.g. `@kubernetes/client-node@2.0.1 (OpenAPI release-1.36)`. */
  readonly source: string;
  /** `<apiVersion>/<Kind>` (`apps/v1/Deployment`, `v1/Pod`) → the name of its definition in `$defs`. */
  readonly kinds: Readonly<Record<string, string>>;
  readonly $defs: Readonly<Record<string, { [keyword: string]: unknown }>>;
}

/** A schema found for one kind in a `--schema-location` folder or URL template. */
export interface ExternalSchema {
  /** The file or URL it was read from, for messages. */
  readonly location: string;
  readonly schema: JsonSchema;
  /** Set when the location had something for the kind that could not be used (bad JSON, HTTP 500…). */
  readonly error?: string;
}

export interface SchemaCatalog {
  readonly kubernetesVersion: string;
  readonly bundled: BundledSchemas;
  /**
   * External schemas by `<apiVersion>/<Kind>`, used instead of the bundled ones. The I/O layer puts
   * a kind here only when a location wins over the bundled schemas: the bundled schemas come first
   * unless the location list names `default` after another location, as in kubeconform.
   */
  readonly external: ReadonlyMap<string, ExternalSchema>;
  /** The external locations that were searched (for the message when a kind has no schema). */
  readonly locations: readonly string[];
}

export function buildSchemaCatalog(
  bundled: BundledSchemas,
  external: ReadonlyMap<string, ExternalSchema> = new Map(),
  locations: readonly string[] = [],
): SchemaCatalog {
  return { kubernetesVersion: bundled.kubernetesVersion, bundled, external, locations };
}

/** The key of a kind in a catalog: `apps/v1/Deployment`, `v1/Pod`. */
export function kindKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

/** Minimal structural check of a parsed bundled file, so a corrupt file is a clear error, not a crash later. */
export function isBundledSchemas(value: unknown): value is BundledSchemas {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kubernetesVersion === 'string' &&
    typeof v.kinds === 'object' && v.kinds !== null &&
    typeof v.$defs === 'object' && v.$defs !== null
  );
}
