const INTEGER = /^[+-]?[0-9]+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * A decimal integer as Go's `strconv.ParseInt(text, 10, 64)` reads it (an optional sign, digits, within
 * 64 bits); undefined when it does not parse, as for the Gt and Lt operators of node selectors.
 */
export function parseInt64(text: string): bigint | undefined {
  if (!INTEGER.test(text)) return undefined;
  const n = BigInt(text);
  return n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
}
