import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClusterModel } from '../../src/planner/cluster-model';
import { plan } from '../../src/planner/plan';
import { renderPlanJson } from '../../src/planner/render/json';
import { renderPlanMarkdown } from '../../src/planner/render/markdown';
import { renderPlanText } from '../../src/planner/render/text';
import { buildResources } from '../../src/resources/build-resources';
import type { Resource } from '../../src/resources/resource';
import { parseYaml } from '../../src/source/parse-yaml';
import { resources } from './helpers';

const cluster = buildClusterModel().model;
const planOf = (desired: Resource[], current: Resource[] = [], on = cluster) =>
  plan({ desired, current, cluster: on, options: { kubernetesVersion: '1.34' } });
/** Nodes in two zones that take one volume of a CSI driver each. */
const limited = buildClusterModel({ config: { nodePools: [{ name: 'n', count: 2, zones: ['a', 'b'], volumeLimits: { 'ebs.csi.aws.com': 1 } }] } }).model;

describe('planner robustness', () => {
  it('plans malformed objects without crashing (the schema and lint report them)', () => {
    const text = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: a }
spec: "not a mapping"
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: b }
spec: { replicas: "3", selector: 7, template: { spec: { containers: "x" } } }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: c }
spec: { replicas: -2, template: { spec: { containers: [ { resources: { requests: { cpu: lots } } } ] } } }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: d }
spec: { updateStrategy: { rollingUpdate: { maxUnavailable: "150%", maxSurge: "x" } }, template: { spec: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [ { matchExpressions: [ { key: k, operator: Weird } ] } ] } } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: e }
spec: { completions: 0, parallelism: 0 }
---
apiVersion: v1
kind: Service
metadata: { name: f }
spec: { type: NodePort, ports: [ { port: 80, nodePort: "x" }, 5 ], selector: [] }
---
apiVersion: v1
kind: ResourceQuota
metadata: { name: g }
spec: { hard: { requests.cpu: nope, pods: "1" } }
---
apiVersion: v1
kind: LimitRange
metadata: { name: h }
spec: { limits: [ { type: Container, min: { cpu: "-1" } }, "x" ] }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: i }
spec: { scaleTargetRef: { kind: Deployment, name: b }, maxReplicas: "5" }
---
apiVersion: v1
kind: Pod
metadata: { name: j }
spec: { nodeName: nowhere, containers: [ { name: a, image: a, ports: [ { hostPort: 80 } ] } ], topologySpreadConstraints: [ { maxSkew: 0 } ] }
`;
    const result = planOf(resources(text));
    expect(result.version).toBe(1);
    expect(() => renderPlanText(result, { color: true })).not.toThrow();
    expect(() => renderPlanMarkdown(result)).not.toThrow();
  });

  it('never throws on random workload-shaped objects', () => {
    const kinds = ['apps/v1 Deployment', 'apps/v1 StatefulSet', 'apps/v1 DaemonSet', 'apps/v1 ReplicaSet', 'batch/v1 Job', 'batch/v1 CronJob', 'v1 Pod', 'v1 Service', 'v1 ResourceQuota', 'v1 LimitRange', 'autoscaling/v2 HorizontalPodAutoscaler', 'v1 PersistentVolume', 'v1 PersistentVolumeClaim', 'storage.k8s.io/v1 StorageClass'];
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, true, 0, 1, 3, -1, '', 'a', '50%', '100m', '1Gi', 'In', 'Always', 'o0', 'o1', 'WaitForFirstConsumer', 'kubernetes.io/no-provisioner', 'ReadWriteOnce', 'ebs.csi.aws.com', 'topology.kubernetes.io/zone'),
        tie('object'),
        tie('array'),
      ),
      array: fc.array(tie('any'), { maxLength: 3 }),
      object: fc.dictionary(
        fc.constantFrom('replicas', 'spec', 'template', 'containers', 'resources', 'requests', 'limits', 'cpu', 'memory', 'selector', 'matchLabels', 'strategy', 'rollingUpdate', 'maxSurge', 'maxUnavailable', 'type', 'ports', 'nodePort', 'affinity', 'tolerations', 'completions', 'parallelism', 'hard', 'limits', 'metadata', 'labels', 'app', 'volumes', 'persistentVolumeClaim', 'claimName', 'volumeClaimTemplates', 'storageClassName', 'volumeName', 'claimRef', 'capacity', 'storage', 'accessModes', 'nodeAffinity', 'required', 'nodeSelectorTerms', 'provisioner', 'volumeBindingMode', 'allowedTopologies', 'matchLabelExpressions', 'key', 'values', 'csi', 'driver', 'topology.kubernetes.io/zone'),
        tie('any'),
        { maxKeys: 4 },
      ),
    }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...kinds), value.object), { maxLength: 5 }), (objects) => {
        const text = objects
          .map(([kind, body], i) => {
            const [apiVersion, k] = kind.split(' ');
            return JSON.stringify({ ...body, apiVersion, kind: k, metadata: { name: `o${i}` } });
          })
          .join('\n---\n');
        const parsed = buildResources([parseYaml('fuzz.yaml', text)]).resources;
        renderPlanJson(planOf(parsed, parsed.slice(0, 2)));
        renderPlanJson(planOf(parsed, parsed.slice(0, 2), limited));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });

  const corpus = join('..', 'shared', 'corpus');
  it.skipIf(!existsSync(corpus))('plans every project of the corpus without crashing, deterministically', () => {
    if (!existsSync(corpus)) return console.warn(`${corpus} is absent: skipping the corpus plan test`);
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.(ya?ml|json)$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    for (const project of readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const sources = files(join(corpus, project.name)).map((f) => parseYaml(f, readFileSync(f, 'utf8')));
      const parsed = buildResources(sources).resources;
      const first = renderPlanJson(planOf(parsed));
      expect(renderPlanJson(planOf(parsed))).toBe(first);
    }
  });
});
