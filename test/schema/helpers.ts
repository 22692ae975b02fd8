import { readFileSync } from 'node:fs';
import { formatPath } from '../../src/core/path';
import { buildResources } from '../../src/resources/build-resources';
import { type Resource, locateIn } from '../../src/resources/resource';
import type { KubernetesVersion } from '../../src/schema/kubernetes-versions';
import { type BundledSchemas, type SchemaCatalog, buildSchemaCatalog } from '../../src/schema/schema-catalog';
import { type SchemaValidator, type SchemaValidatorOptions, buildSchemaValidator } from '../../src/schema/schema-validator';
import { parseYaml } from '../../src/source/parse-yaml';

const bundled = new Map<string, Promise<BundledSchemas>>();
const shared = new Map<string, SchemaValidator>();

/** The real bundled schemas of a version, read once per test file. */
export function bundledSchemas(version: KubernetesVersion): Promise<BundledSchemas> {
  let found = bundled.get(version);
  if (!found) {
    const file = new URL(`../../schemas/k8s/${version}.json`, import.meta.url);
    bundled.set(version, (found = Promise.resolve(JSON.parse(readFileSync(file, 'utf8')) as BundledSchemas)));
  }
  return found;
}

export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/schema/${name}`, import.meta.url), 'utf8');
}

export function parseResources(text: string, file = 'test.yaml'): Resource[] {
  const { resources, findings } = buildResources([parseYaml(file, text)]);
  if (findings.length > 0) throw new Error(`fixture does not load: ${JSON.stringify(findings)}`);
  return resources;
}

/** A schema issue as tests read it: where it points in the source, and what it says. */
export interface Located {
  object: string;
  rule: string;
  line: number;
  column: number;
  path: string;
  target: string;
  message: string;
  fix?: string;
}

export interface Run {
  resources: Resource[];
  validator: SchemaValidator;
  issues: Located[];
}

export async function validateText(
  text: string,
  options: Partial<SchemaValidatorOptions> & { catalog?: SchemaCatalog } = {},
): Promise<Run> {
  const kubernetesVersion = (options.kubernetesVersion ?? '1.36') as KubernetesVersion;
  const resources = parseResources(text);
  const validatorOptions = {
    kubernetesVersion,
    strict: options.strict ?? true,
    ignoreMissingSchemas: options.ignoreMissingSchemas ?? false,
  };
  // Resources only matter to a validator for their CRDs: without any, one validator per options
  // serves every test of the file and compiles each kind once (as one run of the tool does).
  const shareable = !options.catalog && !resources.some((r) => r.kind === 'CustomResourceDefinition');
  const key = JSON.stringify(validatorOptions);
  let validator = shareable ? shared.get(key) : undefined;
  if (!validator) {
    const catalog = options.catalog ?? buildSchemaCatalog(await bundledSchemas(kubernetesVersion));
    validator = buildSchemaValidator(validatorOptions, catalog, resources);
    if (shareable) shared.set(key, validator);
  }
  const issues: Located[] = [];
  for (const resource of resources) {
    for (const issue of validator.validate(resource)) {
      const at = locateIn(resource, issue.path, issue.target);
      issues.push({
        object: `${resource.kind}/${resource.name}`,
        rule: issue.rule,
        line: at.line,
        column: at.column,
        path: formatPath(issue.path),
        target: issue.target,
        message: issue.message,
        ...(issue.fix !== undefined ? { fix: issue.fix } : {}),
      });
    }
  }
  return { resources, validator, issues };
}

/** Validates one document and returns only the messages, for table tests. */
export async function messagesFor(text: string, options: Partial<SchemaValidatorOptions> = {}): Promise<string[]> {
  const { issues } = await validateText(text, options);
  return issues.map((i) => `${i.path}: ${i.message}`);
}
