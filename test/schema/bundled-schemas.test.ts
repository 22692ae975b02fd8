import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSIONS } from '../../src/schema/kubernetes-versions';
import type { BundledSchemas } from '../../src/schema/schema-catalog';

const file = (version: string) => new URL(`../../schemas/k8s/${version}.json`, import.meta.url);
const read = (version: string) => JSON.parse(readFileSync(file(version), 'utf8')) as BundledSchemas;
const notice = readFileSync(new URL('../../NOTICE', import.meta.url), 'utf8');

type Node = { [k: string]: unknown };
const def = (b: BundledSchemas, name: string) => b.$defs[name] as { properties: Record<string, Node>; required?: string[] };

describe.each(KUBERNETES_VERSIONS)('bundled schemas for Kubernetes %s', (version) => {
  const bundled = read(version);

  it('say where they come from, and NOTICE lists that source', () => {
    expect(bundled.kubernetesVersion).toBe(version);
    const [, pkg, release] = /^@kubernetes\/client-node@(\S+) \(OpenAPI (\S+)\)$/.exec(bundled.source) ?? [];
    expect(release).toMatch(new RegExp(`^(release-|v)${version.replace('.', '\\.')}`));
    expect(notice).toContain(`schemas/k8s/${version}.json   @kubernetes/client-node ${pkg}`);
  });

  it('are written with sorted keys, and every reference resolves', () => {
    expect(Object.keys(bundled.kinds)).toEqual(Object.keys(bundled.kinds).sort());
    expect(Object.keys(bundled.$defs)).toEqual(Object.keys(bundled.$defs).sort());
    const dangling: string[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref' && typeof v === 'string' && !bundled.$defs[v.replace('#/$defs/', '')]) dangling.push(v);
          else visit(v);
        }
      }
    };
    visit(bundled.$defs);
    for (const name of Object.values(bundled.kinds)) if (!bundled.$defs[name]) dangling.push(name);
    expect(dangling).toEqual([]);
  });

  it('restore what the generated client loses: formats, quantities, nullable timestamps, enums', () => {
    expect(def(bundled, 'V1DeploymentSpec').properties.replicas).toEqual({ format: 'int32', type: 'integer' });
    expect(def(bundled, 'V1DeploymentSpec').required).toEqual(['selector', 'template']);
    expect(def(bundled, 'V1ObjectMeta').properties.generation).toEqual({ format: 'int64', type: 'integer' });
    expect(def(bundled, 'V1ResourceRequirements').properties.limits).toEqual({
      additionalProperties: { format: 'quantity', type: ['number', 'string'] },
      type: 'object',
    });
    expect(def(bundled, 'V1EmptyDirVolumeSource').properties.sizeLimit).toEqual({ format: 'quantity', type: ['number', 'string'] });
    expect(def(bundled, 'V1ObjectMeta').properties.creationTimestamp).toEqual({ format: 'date-time', type: ['string', 'null'] });
    expect(def(bundled, 'V1RollingUpdateDeployment').properties.maxSurge).toEqual({
      format: 'int-or-string',
      type: ['integer', 'string'],
    });
    expect(def(bundled, 'V1Secret').properties.data).toEqual({ additionalProperties: { format: 'byte', type: 'string' }, type: 'object' });
    expect(def(bundled, 'V1PodSpec').properties.restartPolicy).toEqual({ enum: ['', 'Always', 'Never', 'OnFailure'], type: 'string' });
    expect(def(bundled, 'V1PersistentVolumeClaimSpec').properties.accessModes).toEqual({
      items: { enum: ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'], type: 'string' },
      type: 'array',
    });
  });

  it('serve the everyday kinds, and no kinds from stale generated files', () => {
    for (const kind of ['v1/Pod', 'v1/Service', 'v1/ConfigMap', 'v1/Secret', 'apps/v1/Deployment', 'apps/v1/StatefulSet',
      'batch/v1/CronJob', 'networking.k8s.io/v1/Ingress', 'policy/v1/PodDisruptionBudget', 'autoscaling/v2/HorizontalPodAutoscaler',
      'apiextensions.k8s.io/v1/CustomResourceDefinition', 'rbac.authorization.k8s.io/v1/ClusterRole']) {
      expect(bundled.kinds[kind], kind).toBeDefined();
    }
    expect(bundled.kinds['flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema']).toBeUndefined();
    expect(bundled.kinds['policy/v1beta1/PodSecurityPolicy']).toBeUndefined();
  });
});

describe('bundled schema size', () => {
  it('stays small: under 2 MB for all versions together', () => {
    const total = KUBERNETES_VERSIONS.reduce((sum, v) => sum + statSync(file(v)).size, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });
});
