import type { Location, Path, Target } from '../core/types';
import type { LineIndex } from './line-index';

/**
 * One parsed document of a YAML/JSON stream: its decoded value (as the API server decodes it)
 * and a way back from any path in that value to the source.
 */
export interface SourceDocument {
  readonly file: string;
  /** 0-based index of the document in its stream, counting empty documents. */
  readonly index: number;
  readonly value: unknown;
  /**
   * Maps a path in `value` to source. A path that does not exist in the document falls back to
   * its nearest existing ancestor (the key of a missing field's parent, etc.).
   * For target 'value' a scalar gives the value's range (from its tag when it has one:
   * `!!int "30"`); a collection gives its key's range (or its first line when it has no key).
   */
  locate(path: Path, target?: Target): Location;
  /**
   * The source text of the scalar at `path` as written (`on`, `0644`, `"1"`, `!!float 1` with its
   * tag), or undefined when the path does not exist or is not a scalar. Lets messages explain YAML
   * 1.1 surprises.
   * With target 'key', the text of the mapping key that leads to `path` (`on` for a key decoded as "true").
   */
  sourceText(path: Path, target?: Target): string | undefined;
  /**
   * Whether some mapping key was written as a plain scalar that YAML reads as a boolean or a number
   * (`on:` is the key "true", `1.10:` the key "1.1"). False: every key is a string as written.
   */
  readonly coercedKeys: boolean;
}

/** A problem that prevents a document from being decoded at all (reported as rule id `yaml`). */
export interface SourceProblem {
  message: string;
  location: Location;
}

export interface SourceFile {
  readonly file: string;
  readonly text: string;
  readonly lines: LineIndex;
  /** Documents that decoded successfully, in stream order; empty documents are omitted. */
  readonly documents: readonly SourceDocument[];
  readonly problems: readonly SourceProblem[];
}
