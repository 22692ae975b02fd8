/**
 * The vocabulary every layer shares: paths into objects, source locations, findings.
 * Nothing here performs I/O.
 */

/** A path into a decoded object: keys and array indexes, e.g. ['spec', 'containers', 0, 'image']. */
export type Path = readonly (string | number)[];

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** 1-based line and column; the end is exclusive (the column just after the last character). */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Which part of a key/value pair a path designates when it is mapped to source. */
export type Target = 'key' | 'value';

/** The identity of a Kubernetes object as reported in findings (the JSON contract). */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  /** "default" for namespaced objects written without one; null for cluster-scoped kinds. */
  namespace: string | null;
  name: string;
}

/** A location in another object that explains a finding ("the Secret is here"). */
export interface RelatedLocation {
  file: string;
  location: Location;
  message: string;
}

/** Reserved finding ids for problems that are not lint rules (the JSON contract). */
export type ReservedRuleId = 'yaml' | 'schema' | 'schema-missing' | 'input' | 'rule-crash' | 'plan';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** The path as the user gave it ("-" or "<stdin>" for standard input). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource: ObjectRef | null;
  /** Dotted path into the object (`spec.template.spec.containers[0].image`), null when not applicable. */
  path: string | null;
  fix?: string;
  related?: RelatedLocation[];
}

export const NO_LOCATION: Location = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A file's text as the loader parses it. `file` is the path as the user gave it. */
export interface InputFile {
  file: string;
  text: string;
}
