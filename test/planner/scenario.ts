import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isObject } from '../../src/resources/kinds';
import { validateClusterSection } from '../../src/config/cluster-section';
import type { ClusterSection } from '../../src/core/cluster-section';
import { type ClusterModelSource, buildClusterModel } from '../../src/planner/cluster-model';
import { plan } from '../../src/planner/plan';
import type { Plan } from '../../src/planner/types';
import { parse } from 'yaml';
import { resources } from './helpers';

export const SCENARIOS = 'test/fixtures/planner';

/** Scenario folders: desired.yaml, optional current.yaml and cluster.yaml, expected.json. */
export function scenarioNames(): string[] {
  return readdirSync(SCENARIOS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(SCENARIOS, d.name, 'desired.yaml')))
    .map((d) => d.name)
    .sort();
}

export function runScenario(name: string): Plan {
  const dir = join(SCENARIOS, name);
  const read = (file: string): string | undefined => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);
  const desired = resources(read('desired.yaml')!, `${name}/desired.yaml`);
  const currentText = read('current.yaml');
  const current = currentText ? resources(currentText, `${name}/current.yaml`) : [];
  const clusterText = read('cluster.yaml');
  let source: ClusterModelSource = {};
  if (clusterText) {
    const value = parse(clusterText) as unknown;
    if (isObject(value) && (value.kind === 'List' || value.kind === 'Node' || value.kind === 'NodeList')) {
      source = { nodes: resources(clusterText, `${name}/cluster.yaml`) };
    } else {
      const section = isObject(value) && 'cluster' in value ? value.cluster : value;
      const problems = validateClusterSection(section);
      if (problems.length > 0) throw new Error(JSON.stringify(problems));
      source = { config: section as ClusterSection };
    }
  }
  const { model, problems } = buildClusterModel(source);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const version = read('version.txt')?.trim() ?? '1.34';
  return plan({ desired, current, cluster: model, options: { kubernetesVersion: version } });
}
