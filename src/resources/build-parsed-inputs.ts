import type { Finding } from '../core/types';
import type { SourceFile } from '../source/source-file';
import type { Resource } from './resource';
import { buildResources } from './build-resources';

export interface ParsedInputs {
  sources: SourceFile[];
  resources: Resource[];
  /** `yaml` and `input` findings from parsing and identification. */
  findings: Finding[];
}

/** Identifies the objects in parsed files (the CLI parses them itself, in slices, to show progress). */
export function buildParsedInputs(sources: SourceFile[]): ParsedInputs {
  const { resources, findings } = buildResources(sources);
  return { sources, resources, findings };
}
