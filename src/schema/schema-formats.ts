import { fullFormats } from 'ajv-formats/dist/formats';
import { isBase64 } from '../core/base64';
import { QUANTITY_PATTERN } from '../core/quantity';

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;
/** int64 bounds, as text: as doubles the upper one rounds up to 2^63, which is beyond it. */
export const INT64_MIN = '-9223372036854775808';
export const INT64_MAX = '9223372036854775807';

export function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}

/** -2^63 ≤ value < 2^63 (the parser keeps int64 values below 2^63: see plain-scalar.ts). */
export function isInt64(value: number): boolean {
  return Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63;
}

/** A checked format: applies only to values of its type (ajv's rule), e.g. `int32` lets strings through. */
export type SchemaFormat =
  | { readonly type: 'number'; readonly validate: (value: number) => boolean }
  | { readonly type: 'string'; readonly validate: (value: string) => boolean };

const dateTime = fullFormats['date-time'] as { validate: (value: string) => boolean };

/**
 * The formats the API server enforces on built-in types (the ones prepareSchema keeps), shared by
 * the schema interpreter and ajv (see ajv-compiler.ts) so that both check exactly the same thing.
 */
export const SCHEMA_FORMATS: Readonly<Record<string, SchemaFormat>> = {
  'date-time': { type: 'string', validate: dateTime.validate },
  int32: { type: 'number', validate: isInt32 },
  int64: { type: 'number', validate: isInt64 },
  'int-or-string': { type: 'number', validate: isInt32 },
  quantity: { type: 'string', validate: (text: string) => QUANTITY_PATTERN.test(text) },
  byte: { type: 'string', validate: isBase64 },
};
