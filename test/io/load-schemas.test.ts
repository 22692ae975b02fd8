import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors';
import { expandSchemaLocation, loadBundledSchemas, loadSchemaCatalog } from '../../src/io/load-schemas';
import { packageRoot } from '../../src/io/package-root';
import { KUBERNETES_VERSIONS } from '../../src/schema/kubernetes-versions';
import { parseResources, validateText } from '../schema/helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const FIXTURES = fileURLToPath(new URL('../fixtures/schema/', import.meta.url));

describe('bundled schemas on disk', () => {
  it('reads them from the package root', async () => {
    expect(packageRoot()).toBe(ROOT);
    expect((await loadBundledSchemas('1.34', ROOT)).kubernetesVersion).toBe('1.34');
    await expect(loadBundledSchemas('1.34', FIXTURES)).rejects.toThrow(/ENOENT/);
  });

  it.each(KUBERNETES_VERSIONS)('loads %s', async (version) => {
    const bundled = await loadBundledSchemas(version);
    expect(bundled.kubernetesVersion).toBe(version);
    expect(bundled.kinds['apps/v1/Deployment']).toBe('V1Deployment');
    expect(bundled.kinds['v1/Pod']).toBe('V1Pod');
  });
});

describe('kubeconform schema locations', () => {
  it.each([
    ['https://example.test/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json',
      'apps/v1', 'Deployment', 'https://example.test/v1.34.0-standalone-strict/deployment-apps-v1.json'],
    ['schemas/', 'v1', 'Pod', 'schemas/v1.34.0-standalone-strict/pod-v1.json'],
    ['https://example.test/all.json', 'v1', 'Pod', 'https://example.test/all.json'],
    ['crds/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json', 'cert-manager.io/v1', 'Certificate',
      'crds/cert-manager.io/certificate_v1.json'],
    ['x/{{ .ResourceKind }}{{ .KindSuffix }}.json', 'networking.k8s.io/v1', 'Ingress', 'x/ingress-networking-v1.json'],
  ])('%s for %s %s', (location, apiVersion, kind, expected) => {
    expect(expandSchemaLocation(location, apiVersion, kind, '1.34', true)).toBe(expected);
  });

  it('has no strict suffix when not strict, and refuses unknown template variables', () => {
    expect(expandSchemaLocation('s', 'v1', 'Pod', '1.36', false)).toBe('s/v1.36.0-standalone/pod-v1.json');
    expect(() => expandSchemaLocation('s/{{ .Kind }}.json', 'v1', 'Pod', '1.36', true)).toThrow(
      new UsageError('unknown variable {{ .Kind }} in --schema-location "s/{{ .Kind }}.json"'),
    );
  });
});

describe('external schemas from folders', () => {
  const text = `apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
spec: {size: true, mode: medium, count: 0, link: not a uri, extra: 1}
---
apiVersion: example.com/v1
kind: Gizmo
metadata: {name: g}
spec: {}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data: {a: b}
`;

  it('tries the locations in order for the kinds in the input, and validates with what it finds', async () => {
    const resources = parseResources(text);
    const catalog = await loadSchemaCatalog({
      kubernetesVersion: '1.36',
      schemaLocations: ['locations', 'catalog/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json'],
      strict: true,
      resources,
      cwd: FIXTURES,
    });
    expect([...catalog.external.keys()]).toEqual(['example.com/v1/Gizmo', 'example.com/v1/Widget']);
    expect(catalog.external.get('example.com/v1/Widget')?.location).toBe(
      join(FIXTURES, 'locations/v1.36.0-standalone-strict/widget-example-v1.json'),
    );
    const { issues } = await validateText(text, { catalog });
    expect(issues.map((i) => `${i.object} ${i.line}:${i.column} ${i.path}: ${i.message}`)).toEqual([
      'Widget/w 4:61 spec.extra: unknown field "extra"',
      'Widget/w 4:14 spec.size: expected a string or an integer, got boolean true',
      'Widget/w 4:26 spec.mode: unsupported value "medium": supported values are "fast", "slow"',
      'Widget/w 4:41 spec.count: must be > 0, got 0',
      'Gizmo/g 9:1 spec: missing required field "count"',
    ]);
  });

  it('uses the non-strict variant when not strict', async () => {
    const resources = parseResources(text);
    const catalog = await loadSchemaCatalog({
      kubernetesVersion: '1.36', schemaLocations: ['locations'], strict: false, resources, cwd: FIXTURES,
    });
    expect(catalog.external.get('example.com/v1/Widget')?.location).toBe(
      join(FIXTURES, 'locations/v1.36.0-standalone/widget-example-v1.json'),
    );
  });

  it('keeps the bundled schemas first unless "default" comes after a location', async () => {
    const configMap = parseResources('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    const template = 'catalog/example.com/gizmo_v1.json';
    const first = await loadSchemaCatalog({
      kubernetesVersion: '1.36', schemaLocations: [template], strict: true, resources: configMap, cwd: FIXTURES,
    });
    expect([...first.external.keys()]).toEqual([]);
    const overridden = await loadSchemaCatalog({
      kubernetesVersion: '1.36', schemaLocations: [template, 'default'], strict: true, resources: configMap, cwd: FIXTURES,
    });
    expect([...overridden.external.keys()]).toEqual(['v1/ConfigMap']);
  });

  it('reports an unreadable schema on the resources that need it, and lists the searched locations', async () => {
    const input = 'apiVersion: example.com/v1\nkind: Broken\nmetadata: {name: b}\n---\napiVersion: example.com/v1\nkind: Missing\nmetadata: {name: m}\n';
    const resources = parseResources(input);
    const catalog = await loadSchemaCatalog({
      kubernetesVersion: '1.36',
      schemaLocations: ['catalog/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json'],
      strict: true,
      resources,
      cwd: FIXTURES,
    });
    const { issues } = await validateText(input, { catalog });
    expect(issues.map((i) => `${i.object} ${i.rule}: ${i.message.replace(FIXTURES, '<fixtures>/')}`)).toEqual([
      `Broken/b schema: <fixtures>/catalog/example.com/broken_v1.json is not valid JSON: ${jsonError('{"type": "object", "properties": {\n')}`,
      'Missing/m schema-missing: no schema for example.com/v1 Missing (searched catalog/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json)',
    ]);
  });

  it('does not look up kinds that a CRD in the input defines', async () => {
    const input = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gizmos.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Gizmo, plural: gizmos}
  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]
---
apiVersion: example.com/v1
kind: Gizmo
metadata: {name: g}
`;
    const catalog = await loadSchemaCatalog({
      kubernetesVersion: '1.36',
      schemaLocations: ['catalog/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json'],
      strict: true,
      resources: parseResources(input),
      cwd: FIXTURES,
    });
    expect([...catalog.external.keys()]).toEqual([]);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('external schemas from URL templates', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url === '/example.com/widget_v1.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ type: 'object', properties: { spec: { type: 'object', properties: { size: { type: 'integer' } } } } }));
      } else if (request.url === '/example.com/flaky_v1.json') {
        response.writeHead(500);
        response.end('oops');
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches only the kinds of the input that nothing else covers, and reports HTTP errors', async () => {
    const input = `apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
spec: {size: big}
---
apiVersion: example.com/v1
kind: Flaky
metadata: {name: f}
---
apiVersion: example.com/v1
kind: Nowhere
metadata: {name: nw}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  template: {metadata: {labels: {app: d}}, spec: {containers: [{name: d, image: d}]}}
`;
    const location = `${base}/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json`;
    const catalog = await loadSchemaCatalog({
      kubernetesVersion: '1.36', schemaLocations: [location], strict: true, resources: parseResources(input),
    });
    expect(requests.sort()).toEqual(['/example.com/flaky_v1.json', '/example.com/nowhere_v1.json', '/example.com/widget_v1.json']);
    const { issues } = await validateText(input, { catalog });
    expect(issues.map((i) => `${i.object} ${i.rule}: ${i.message.replace(base, '<base>')}`)).toEqual([
      'Widget/w schema: expected an integer, got string "big"',
      'Flaky/f schema: cannot fetch <base>/example.com/flaky_v1.json: HTTP 500',
      'Nowhere/nw schema-missing: no schema for example.com/v1 Nowhere (searched <base>/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json)',
    ]);
  });
});
