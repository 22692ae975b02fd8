import { formatPath } from '../core/path';
import type { Finding, Location, Path, RelatedLocation, Severity, Target } from '../core/types';
import { type Resource, locateIn } from './resource';

export interface ResourceFindingSpec {
  rule: string;
  severity: Severity;
  message: string;
  /** Path relative to the resource's object. */
  path: Path;
  target?: Target;
  fix?: string;
  related?: RelatedLocation[];
}

/**
 * A finding about an object: the path is mapped to file, line and column once, here. `located`
 * remembers the locations found for this object (by target and path), for callers that report
 * several findings on one object: rules often point at the same container.
 */
export function buildResourceFinding(resource: Resource, spec: ResourceFindingSpec, located?: Map<string, Location>): Finding {
  const target = spec.target ?? 'value';
  const path = spec.path.length > 0 ? formatPath(spec.path) : null;
  let location: Location | undefined;
  if (located) {
    // by the path itself for the usual target: hashing it flattens the string the finding keeps
    const key = target === 'value' ? (path ?? '') : `${target} ${path ?? ''}`;
    location = located.get(key);
    if (!location) located.set(key, (location = locateIn(resource, spec.path, target)));
  } else location = locateIn(resource, spec.path, target);
  const finding: Finding = {
    rule: spec.rule,
    severity: spec.severity,
    message: spec.message,
    file: resource.file,
    // fields spelled out rather than spread: every finding gets one object shape, built directly
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    resource: resource.ref,
    path,
    // always written, undefined when there is none (JSON leaves those out): kept in the object
    // itself rather than in a second, out-of-object store that adding them later allocates
    fix: spec.fix,
    related: spec.related && spec.related.length > 0 ? spec.related : undefined,
  };
  return finding;
}
