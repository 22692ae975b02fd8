/**
 * Plain (unquoted) scalar resolution exactly as the Kubernetes API machinery decodes YAML:
 * sigs.k8s.io/yaml on top of go-yaml v2, i.e. YAML 1.1 with Go's number parsing.
 *
 * - `yes`/`no`/`on`/`off`/`y`/`n` (and capitalised forms) are booleans;
 * - integers go through Go's `strconv.ParseInt(s, 0, 64)` after removing `_`: `0644` is octal,
 *   `0x1F` hex, `0o17` octal, `0b101` binary; out-of-range values fall back to unsigned, then float;
 * - floats follow go-yaml's `yamlStyleFloat` pattern (`1e3`, `1.`, `.5`), plus `.inf`/`.nan`;
 * - timestamps stay strings (go-yaml v2 keeps them as text when decoding into interface{});
 * - sexagesimal numbers (`1:20`) are strings, unlike YAML 1.1 proper.
 */

const CONSTANTS = new Map<string, unknown>([
  ['', null], ['~', null], ['null', null], ['Null', null], ['NULL', null],
  ['y', true], ['Y', true], ['yes', true], ['Yes', true], ['YES', true],
  ['true', true], ['True', true], ['TRUE', true], ['on', true], ['On', true], ['ON', true],
  ['n', false], ['N', false], ['no', false], ['No', false], ['NO', false],
  ['false', false], ['False', false], ['FALSE', false], ['off', false], ['Off', false], ['OFF', false],
  ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN],
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity],
  ['+.inf', Infinity], ['+.Inf', Infinity], ['+.INF', Infinity],
  ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9](_?[0-9])*([eE][-+]?[0-9]+)?$/;
const DECIMAL = /^[0-9]+$/;
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** The largest double that is an int64 (2^63 - 1024). */
const LARGEST_INT64_DOUBLE = 2 ** 63 - 1024;

/** Whether a plain scalar may resolve to something other than itself (cheap first-character test). */
export function mayResolve(first: number): boolean {
  // + - . 0-9 ~ and the first letters of the constants: y Y n N t T f F o O
  return (
    first === 43 || first === 45 || first === 46 || (first >= 48 && first <= 57) || first === 126 ||
    first === 121 || first === 89 || first === 110 || first === 78 || first === 116 || first === 84 ||
    first === 102 || first === 70 || first === 111 || first === 79
  );
}

export function resolvePlainScalar(text: string): unknown {
  if (text === '') return null;
  const first = text.charCodeAt(0);
  if (!mayResolve(first)) return text;
  const constant = CONSTANTS.get(text);
  if (constant !== undefined || CONSTANTS.has(text)) return constant;
  if (first === 46 /* . */) {
    if (!DOT_FLOAT.test(text)) return text;
    const value = Number(text.replace(/_/g, ''));
    return Number.isFinite(value) ? value : text; // Go's ParseFloat reports overflow as an error
  }
  if (first === 43 || first === 45 || (first >= 48 && first <= 57)) {
    const plain = text.includes('_') ? text.replace(/_/g, '') : text;
    const int = parseGoInt(plain);
    if (int !== undefined) return int;
    if (YAML_STYLE_FLOAT.test(plain)) {
      const value = Number(plain);
      if (Number.isFinite(value)) return value; // Go's ParseFloat reports overflow as an error
    }
  }
  return text;
}

/**
 * Go's strconv.ParseInt(s, 0, 64), then (unless `signedOnly`) ParseUint(s, 0, 64); undefined when
 * both fail. `text` holds no `_` (go-yaml removes them first).
 */
export function parseGoInt(text: string, signedOnly = false): number | undefined {
  let sign = 1n;
  let body = text;
  const signed = body[0] === '+' || body[0] === '-';
  if (signed) {
    if (body[0] === '-') sign = -1n;
    body = body.slice(1);
  }
  if (body === '') return undefined;
  let digits = body;
  let radix = 10;
  if (body.length > 1 && body[0] === '0') {
    const p = body[1];
    if (p === 'x' || p === 'X') { radix = 16; digits = body.slice(2); }
    else if (p === 'o' || p === 'O') { radix = 8; digits = body.slice(2); }
    else if (p === 'b' || p === 'B') { radix = 2; digits = body.slice(2); }
    else { radix = 8; digits = body.slice(1); }
  }
  if (digits === '' || !DIGITS[radix]!.test(digits)) return undefined;
  if (radix === 10 && digits.length < 16 && DECIMAL.test(digits)) {
    return Number(sign) * Number(digits);
  }
  const magnitude = BigInt((RADIX_PREFIX[radix] ?? '') + digits);
  const value = sign * magnitude;
  // an int64 near the top rounds up to 2^63 as a double, which is no int64: kept below it, so that
  // the schema's int64 check tells it from the uint64 values beyond (which Go refuses for int64 fields)
  if (value <= INT64_MAX && value >= -INT64_MAX - 1n) return Math.min(Number(value), LARGEST_INT64_DOUBLE);
  if (!signed && !signedOnly && value <= UINT64_MAX) return Number(value);
  return undefined;
}

const DIGITS: Record<number, RegExp> = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
};
const RADIX_PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };
