import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { buildAction } from '../../scripts/build.mjs';

describe('dist-action (the committed Action bundle)', () => {
  it('is exactly what scripts/build.mjs --action builds from the current sources', async () => {
    const files: Record<string, string> = await buildAction();
    expect(Object.keys(files).sort()).toEqual(['THIRD_PARTY_NOTICES.txt', 'index.mjs']);
    for (const [name, text] of Object.entries(files)) {
      const committed = readFileSync(`dist-action/${name}`, 'utf8');
      // On failure: run `npm run build:action` and commit dist-action/.
      expect(committed === text, `dist-action/${name} is stale: run npm run build:action and commit it`).toBe(true);
    }
  });

  it('action.yml runs the bundle with the Node 20 runtime', () => {
    const yml = readFileSync('action.yml', 'utf8');
    expect(yml).toMatch(/\nruns:\n {2}using: node20\n {2}main: dist-action\/index\.mjs\n/);
  });
});
