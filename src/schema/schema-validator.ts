import type { Resource } from '../resources/resource';
import { buildAjvCompiler } from './ajv-compiler';
import { type SchemaValidator, type SchemaValidatorOptions, buildKindValidator } from './kind-validator';
import type { SchemaCatalog } from './schema-catalog';

export type { SchemaIssue, SchemaValidator, SchemaValidatorOptions } from './kind-validator';
export { withoutNulls } from './without-nulls';

/**
 * A schema validator that can validate anything: the bundled schemas through the interpreter, CRDs
 * and external schemas through ajv (imported here, so loaded with this module). The CLI uses
 * buildKindValidator directly and imports ajv only when a run needs it (needsSchemaCompiler).
 */
export function buildSchemaValidator(
  options: SchemaValidatorOptions,
  catalog: SchemaCatalog,
  resources: readonly Resource[],
): SchemaValidator {
  return buildKindValidator(options, catalog, resources, buildAjvCompiler);
}
