import { describe, expect, it } from 'vitest';
import { validateClusterSection } from '../../src/config/cluster-section';
import { parseConfig } from '../../src/config/config';
import { ConfigError } from '../../src/core/errors';
import { formatPath } from '../../src/core/path';
import { parseYaml } from '../../src/source/parse-yaml';

const value = (text: string) => parseYaml('c.yaml', text).documents[0]!.value;

describe('the cluster section (schemas/cluster.schema.json and what a schema cannot say)', () => {
  it('accepts the short form the README shows', () => {
    expect(
      validateClusterSection(
        value(`
nodePortRange: 30000-32767
nodePools:
  - name: worker
    count: 3
    capacity: { cpu: "4", memory: 16Gi, pods: 110 }
    allocatable: { cpu: 3800m, pods: "100" }
    labels: { pool: general }
    taints: [{ key: dedicated, value: gpu, effect: NoSchedule }]
    zones: [a, b, c]
    unschedulable: false
`),
      ),
    ).toEqual([]);
  });

  it('reports every problem at once, each with its path and a message a person reads', () => {
    const problems = validateClusterSection(
      value(`
nodePortRange: 40000-30000
nodePools:
  - name: Worker
    count: 0
    capacity: { cpu: 4 cores, memory: -1Gi, pods: 1.5 }
    taints: [ { key: a, effect: Sometimes } ]
    zonez: [a]
  - name: gpu
    count: 2
    volumeLimits: { ebs.csi.aws.com: -1, pd.csi.storage.gke.io: 2.5, disk.csi.azure.com: 16 }
  - name: gpu
    count: 99999
`),
    );
    expect(problems.map((p) => [formatPath(p.path), p.message])).toEqual([
      ['nodePools[0].zonez', 'unknown setting "zonez" in nodePools[0]'],
      ['nodePools[0].name', 'nodePools[0].name must be a DNS-1123 label (lower-case letters, digits and \'-\') of at most 50 characters (got "Worker")'],
      ['nodePools[0].count', 'nodePools[0].count must be >= 1'],
      ['nodePools[0].capacity.cpu', 'nodePools[0].capacity.cpu must be a resource quantity such as "4", "3800m" or "16Gi" (got "4 cores")'],
      ['nodePools[0].capacity.memory', 'nodePools[0].capacity.memory must be a resource quantity such as "4", "3800m" or "16Gi" (got "-1Gi")'],
      ['nodePools[0].capacity.pods', 'nodePools[0].capacity.pods must be a whole number of pods such as 110 (got 1.5)'],
      ['nodePools[0].taints[0].effect', 'nodePools[0].taints[0].effect must be one of NoSchedule, PreferNoSchedule, NoExecute'],
      ['nodePools[1].volumeLimits["ebs.csi.aws.com"]', 'nodePools[1].volumeLimits["ebs.csi.aws.com"] must be >= 0'],
      ['nodePools[1].volumeLimits["pd.csi.storage.gke.io"]', 'nodePools[1].volumeLimits["pd.csi.storage.gke.io"] must be integer'],
      ['nodePortRange', 'nodePortRange "40000-30000" is not a port range (first ≤ last, within 1-65535)'],
      ['nodePools[2].name', 'nodePools[2].name: the node pool "gpu" is already defined'],
      ['nodePools', 'nodePools: at most 100000 nodes are supported (got 100001)'],
    ]);
  });

  it('refuses quantities beyond what Kubernetes holds (int64 milli-units), infinite numbers and node counts', () => {
    const problems = validateClusterSection(
      value(`
nodePools:
  - name: huge
    count: 1
    capacity: { cpu: "1e400", memory: 8Ei, pods: "9223372036854775808", ephemeral-storage: .inf }
    allocatable: { cpu: 9223372036854775807001u, example.com/dongle: 1e99999999 }
  - name: endless
    count: .inf
  - name: edge
    count: 1
    capacity: { cpu: 9223372036854775807m, memory: 8Pi, pods: 9007199254740991 }
`),
    );
    const tooLarge = (path: string, text: string) => [path, `${path} ${JSON.stringify(text)} is more than Kubernetes can hold (at most 9223372036854775807m, about 9.2e15)`];
    expect(problems.map((p) => [formatPath(p.path), p.message])).toEqual([
      tooLarge('nodePools[0].capacity.cpu', '1e400'),
      tooLarge('nodePools[0].capacity.memory', '8Ei'),
      tooLarge('nodePools[0].capacity.pods', '9223372036854775808'),
      ['nodePools[0].capacity.ephemeral-storage', 'nodePools[0].capacity.ephemeral-storage must be a resource quantity such as "4", "3800m" or "16Gi" (got Infinity)'],
      tooLarge('nodePools[0].allocatable.cpu', '9223372036854775807001u'),
      tooLarge('nodePools[0].allocatable["example.com/dongle"]', '1e99999999'),
      ['nodePools[1].count', 'nodePools[1].count must be a whole number of nodes (got Infinity)'],
    ]);
  });

  it('is validated with the rest of .kubeplan.yaml: one ConfigError, every problem located', () => {
    const text = 'failOn: never\ncluster:\n  nodePortRange: 40000-30000\n  nodePools:\n    - name: pool\n      count: 0\n  zones: [a]\n';
    let error: unknown;
    try {
      parseConfig('.kubeplan.yaml', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      [
        'invalid configuration in .kubeplan.yaml:',
        '  .kubeplan.yaml:1:1  failOn must be one of error, warning, info, none',
        '  .kubeplan.yaml:3:3  cluster.nodePortRange "40000-30000" is not a port range (first ≤ last, within 1-65535)',
        '  .kubeplan.yaml:6:7  cluster.nodePools[0].count must be >= 1',
        '  .kubeplan.yaml:7:3  unknown setting "zones" in cluster',
      ].join('\n'),
    );
  });
});
