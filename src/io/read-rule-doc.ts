import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root';

/** A rule's Markdown documentation, shipped as rules/<id>.md in the package. */
export function readRuleDoc(id: string): string {
  return readFileSync(join(packageRoot(), 'rules', `${id}.md`), 'utf8');
}
