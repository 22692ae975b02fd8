import { parse } from 'yaml';
import { validateClusterSection } from '../../src/config/cluster-section';
import type { ClusterSection } from '../../src/core/cluster-section';
import { buildClusterModel } from '../../src/planner/cluster-model';
import { plan } from '../../src/planner/plan';
import type { Plan } from '../../src/planner/types';
import { resources } from './helpers';

/**
 * Plans inline YAML through the real parser: desired manifests, an optional current state and an
 * optional `cluster:` section (node pools, as in .kubeplan.yaml). Default: the embedded 3-node cluster.
 */
export function planYaml(desired: string, current?: string, cluster?: string, kubernetesVersion = '1.34'): Plan {
  let config: ClusterSection | undefined;
  if (cluster !== undefined) {
    const section = (parse(cluster) as { cluster: unknown }).cluster;
    const problems = validateClusterSection(section);
    if (problems.length > 0) throw new Error(JSON.stringify(problems));
    config = section as ClusterSection;
  }
  const { model, problems } = buildClusterModel(config ? { config } : {});
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return plan({
    desired: resources(desired, 'desired.yaml'),
    current: current === undefined ? [] : resources(current, 'current.yaml'),
    cluster: model,
    options: { kubernetesVersion },
  });
}
