import { buildResources } from '../../src/resources/build-resources';
import type { Resource } from '../../src/resources/resource';
import { parseYaml } from '../../src/source/parse-yaml';

/** Parses YAML text through the real loader. */
export function resources(text: string, file = 'test.yaml'): Resource[] {
  const { resources: out, findings } = buildResources([parseYaml(file, text)]);
  if (findings.length > 0) throw new Error(findings.map((f) => f.message).join('\n'));
  return out;
}
