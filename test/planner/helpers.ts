import { buildResources } from '../../src/resources/build-resources';
import type { Resource } from '../../src/resources/resource';
import { parseYaml } from '../../src/source/parse-yaml';
import { type ClusterConfig, buildClusterModel, resolveClusterConfig } from '../../src/planner/cluster-model';
import { plan } from '../../src/planner/plan';
import type { ClusterModel, Plan } from '../../src/planner/types';

/** Parses YAML text through the real loader. */
export function resources(text: string, file = 'test.yaml'): Resource[] {
  const { resources: out, findings } = buildResources([parseYaml(file, text)]);
  if (findings.length > 0) throw new Error(findings.map((f) => f.message).join('\n'));
  return out;
}

export function clusterFrom(config?: unknown): ClusterModel {
  let resolved: ClusterConfig | undefined;
  if (config !== undefined) {
    const { config: c, problems } = resolveClusterConfig(config);
    if (problems.length > 0) throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    resolved = c;
  }
  const { model, problems } = buildClusterModel(resolved ? { config: resolved } : {});
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  return model;
}

export function planOf(desired: string, options: { current?: string; cluster?: ClusterModel; version?: string } = {}): Plan {
  return plan({
    desired: resources(desired, 'desired.yaml'),
    current: options.current ? resources(options.current, 'current.yaml') : [],
    cluster: options.cluster ?? clusterFrom(),
    options: { kubernetesVersion: options.version ?? '1.34' },
  });
}
