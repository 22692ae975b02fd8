/**
 * Container image references as the container runtime reads them (distribution/reference):
 * `[registry[:port]/]repository[:tag][@digest]`. A `:` before the last `/` belongs to the
 * registry (`registry:5000/app` has no tag); a digest pins the image whatever the tag says.
 */
export interface ImageRef {
  /** Registry host (with port) when the first path component is one, else null (Docker Hub). */
  readonly registry: string | null;
  /** Repository path without registry, tag or digest (`library/nginx` is kept as written: `nginx`). */
  readonly repository: string;
  /** The tag as written, or null when there is none (the runtime then pulls `latest`). */
  readonly tag: string | null;
  /** `sha256:…` when the image is pinned by digest, else null. */
  readonly digest: string | null;
}

export function parseImageRef(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  const firstSlash = rest.indexOf('/');
  if (firstSlash !== -1) {
    const first = rest.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  return { registry, repository: rest, tag, digest };
}

/** Whether the image moves under the same reference: no digest, and no tag or one of `mutableTags`. */
export function isMutableImage(ref: ImageRef, mutableTags: readonly string[] = ['latest']): boolean {
  if (ref.digest !== null && ref.digest !== '') return false;
  return ref.tag === null || ref.tag === '' || mutableTags.includes(ref.tag);
}
