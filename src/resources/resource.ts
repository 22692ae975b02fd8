import type { FieldError } from '../core/field-error';
import { flatString } from '../core/flat-string';
import type { Location, ObjectRef, Path, Target } from '../core/types';
import type { SourceDocument } from '../source/source-file';
import { formatObjectName } from '../core/object-name';

/** A decoded Kubernetes object: a JSON-like mapping. */
export type KubeObject = Record<string, unknown>;

/**
 * One Kubernetes object from the input, with its identity and its way back to source.
 * Objects inside a `List` are resources of their own whose `path` is `['items', i]`.
 */
/**
 * Objects the API server would refuse, with its reasons as field errors: what lint finds (schema
 * errors, rule refusals) and `kubeplan plan` does not apply.
 */
export type Refusals = ReadonlyMap<Resource, readonly FieldError[]>;

export interface Resource {
  readonly file: string;
  readonly document: SourceDocument;
  /** Where the object sits in its document's value. */
  readonly path: Path;
  readonly object: KubeObject;
  readonly apiVersion: string;
  /** API group, '' for the core group. */
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  /** metadata.name, or '' when the object has none. */
  readonly name: string;
  /** The effective namespace: "default" when omitted on a namespaced kind, null for cluster-scoped kinds. */
  readonly namespace: string | null;
  /** Whether metadata.namespace was written in the input. */
  readonly namespaceExplicit: boolean;
  readonly ref: ObjectRef;
  /** Unique identity key: `group/kind/namespace/name`, with the group an old apiVersion shares storage with (extensions → apps). */
  readonly key: string;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return slash === -1
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** Maps a path relative to the object to its source location. */
export function locateIn(resource: Resource, path: Path, target: Target = 'value'): Location {
  return resource.document.locate(resource.path.length === 0 ? path : [...resource.path, ...path], target);
}

export function objectKey(group: string, kind: string, namespace: string | null, name: string): string {
  return flatString(`${group}/${kind}/${namespace ?? ''}/${name}`);
}

export function formatRef(ref: ObjectRef): string {
  return formatObjectName(ref.kind, ref.namespace, ref.name);
}

/** The scalar at a path relative to the object, as written in the source (`128m`, `"5"`), or undefined. */
export function sourceTextIn(resource: Resource, path: Path): string | undefined {
  return resource.document.sourceText(resource.path.length === 0 ? path : [...resource.path, ...path]);
}
