import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors';
import type { Resource } from '../resources/resource';
import { buildCustomResourceSchemas } from '../schema/custom-resource-schemas';
import type { KubernetesVersion } from '../schema/kubernetes-versions';
import {
  type BundledSchemas,
  type ExternalSchema,
  type JsonSchema,
  type SchemaCatalog,
  buildSchemaCatalog,
  isBundledSchemas,
  kindKey,
} from '../schema/schema-catalog';
import { packageRoot } from './package-root';

/** Reads the bundled schemas of one Kubernetes version (`schemas/k8s/<minor>.json`). */
export async function loadBundledSchemas(version: KubernetesVersion, root: string = packageRoot()): Promise<BundledSchemas> {
  const file = join(root, 'schemas', 'k8s', `${version}.json`);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isBundledSchemas(parsed) || parsed.kubernetesVersion !== version) {
    throw new Error(`${file} is not the bundled schema file for Kubernetes ${version}`);
  }
  return parsed;
}

export interface LoadSchemaCatalogOptions {
  kubernetesVersion: KubernetesVersion;
  /** `--schema-location` values in order: folders, URL templates, or `default` for the bundled schemas. */
  schemaLocations: readonly string[];
  strict: boolean;
  /** The input: only its kinds are looked up in the external locations. */
  resources: readonly Resource[];
  /** Where relative folders are resolved from. */
  cwd?: string;
  /** The package root holding `schemas/` (packageRoot() by default: from the sources or the dist/ bundle). */
  root?: string;
  /** Injected for tests; the global fetch otherwise. Only called for URL locations the user gave. */
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}

/**
 * Builds the catalog for a run: the bundled schemas plus, for every kind in the input that neither
 * a CRD in the input nor (by default) the bundled schemas cover, the first schema found in the
 * `--schema-location` list. Everything is resolved here, asynchronously, so that validation can
 * stay synchronous and pure.
 */
export async function loadSchemaCatalog(options: LoadSchemaCatalogOptions): Promise<SchemaCatalog> {
  const bundled = await loadBundledSchemas(options.kubernetesVersion, options.root);
  const locations = options.schemaLocations;
  if (locations.length === 0) return buildSchemaCatalog(bundled);

  const order = locations.includes('default') ? locations : ['default', ...locations];
  const defined = buildCustomResourceSchemas(options.resources);
  const kinds = new Map<string, { apiVersion: string; kind: string }>();
  for (const r of options.resources) {
    const key = kindKey(r.apiVersion, r.kind);
    if (!defined.has(key)) kinds.set(key, { apiVersion: r.apiVersion, kind: r.kind });
  }

  const cwd = options.cwd ?? process.cwd();
  const fetcher = options.fetch ?? ((url: string) => fetch(url, { signal: AbortSignal.timeout(30_000) }));
  const external = new Map<string, ExternalSchema>();
  await Promise.all(
    [...kinds].sort(([a], [b]) => (a < b ? -1 : 1)).map(async ([key, { apiVersion, kind }]) => {
      for (const location of order) {
        if (location === 'default') {
          if (bundled.kinds[key]) return;
          continue;
        }
        const target = expandSchemaLocation(location, apiVersion, kind, options.kubernetesVersion, options.strict);
        const found = isUrl(target)
          ? await readUrl(target, fetcher)
          : await readLocal(resolve(cwd, target));
        if (found === undefined) continue;
        external.set(key, found);
        return;
      }
    }),
  );
  const sorted = new Map([...external].sort(([a], [b]) => (a < b ? -1 : 1)));
  return buildSchemaCatalog(bundled, sorted, locations.filter((l) => l !== 'default'));
}

/** kubeconform's default layout, appended to a location that does not end in `json`. */
const DEFAULT_LAYOUT = '{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';

/**
 * Expands a location in kubeconform's layout for one kind. Variables (as kubeconform defines them):
 * `ResourceKind` (lower-case kind), `ResourceAPIVersion` (the version: `v1`), `Group` (the part
 * before the slash, or the whole apiVersion for the core group), `KindSuffix` (`-apps-v1`,
 * `-networking-v1`, `-v1`), `NormalizedKubernetesVersion` (`v1.34.0`), `StrictSuffix` (`-strict` or
 * empty). A location that does not end in `json` gets kubeconform's default layout appended.
 */
export function expandSchemaLocation(
  location: string,
  apiVersion: string,
  kind: string,
  kubernetesVersion: string,
  strict: boolean,
): string {
  // As kubeconform does: a location that does not end in "json" is a folder in its layout.
  const template = location.endsWith('json') ? location : `${location.replace(/\/+$/, '')}/${DEFAULT_LAYOUT}`;
  const parts = apiVersion.split('/');
  const group = parts[0]!;
  const version = parts[parts.length - 1]!;
  let kindSuffix = `-${group.split('.')[0]!.toLowerCase()}`;
  if (parts.length > 1) kindSuffix += `-${version.toLowerCase()}`;
  const values: Record<string, string> = {
    NormalizedKubernetesVersion: `v${kubernetesVersion}.0`,
    StrictSuffix: strict ? '-strict' : '',
    ResourceKind: kind.toLowerCase(),
    ResourceAPIVersion: version,
    Group: group,
    KindSuffix: kindSuffix,
  };
  return template.replace(/\{\{-?\s*\.(\w+)\s*-?\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new UsageError(`unknown variable {{ .${name} }} in --schema-location "${location}"`);
    return value;
  });
}

function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

async function readLocal(file: string): Promise<ExternalSchema | undefined> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { location: file, schema: true, error: `cannot read ${file}: ${(error as Error).message}` };
  }
  return parseSchema(file, text);
}

async function readUrl(url: string, fetcher: NonNullable<LoadSchemaCatalogOptions['fetch']>): Promise<ExternalSchema | undefined> {
  try {
    const response = await fetcher(url);
    if (response.status === 404) return undefined;
    if (!response.ok) return { location: url, schema: true, error: `cannot fetch ${url}: HTTP ${response.status}` };
    return parseSchema(url, await response.text());
  } catch (error) {
    return { location: url, schema: true, error: `cannot fetch ${url}: ${(error as Error).message}` };
  }
}

function parseSchema(location: string, text: string): ExternalSchema {
  try {
    const schema = JSON.parse(text) as unknown;
    if (typeof schema === 'boolean' || (typeof schema === 'object' && schema !== null && !Array.isArray(schema))) {
      return { location, schema: schema as JsonSchema };
    }
    return { location, schema: true, error: `${location} is not a JSON schema (expected an object)` };
  } catch (error) {
    return { location, schema: true, error: `${location} is not valid JSON: ${(error as Error).message}` };
  }
}
