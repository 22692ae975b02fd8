import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The installed package's root folder (where schemas/ and rules/*.md live), found from this
 * module's own location: works from the sources (tests) and from the bundle in dist/.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'kubeplan') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the kubeplan package root');
    dir = parent;
  }
}
