/**
 * Kubernetes resource.Quantity (k8s.io/apimachinery/pkg/api/resource): parsing, exact values,
 * and canonical formatting.
 *
 * Values are exact: a quantity is held as a BigInt count of nano-units (10^-9), rounded up as
 * Kubernetes rounds anything finer than 1n. CPU compares in milli-units and memory in units,
 * both as ceilings (MilliValue/Value).
 */

export type QuantityFormat = 'BinarySI' | 'DecimalSI' | 'DecimalExponent';

export interface Quantity {
  /** Exact value in nano-units, rounded up. */
  readonly nano: bigint;
  /** The suffix family it was written in; canonical output keeps it. */
  readonly format: QuantityFormat;
}

/** The grammar the API server accepts (string form). */
export const QUANTITY_PATTERN =
  /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/;

const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const NANO = 1_000_000_000n;
const PARTS = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/;

export class QuantityError extends Error {}

/**
 * Parses a quantity as written in a manifest: a string in the Kubernetes grammar, or a JSON number.
 * Throws QuantityError with the API server's wording when it does not parse.
 */
export function parseQuantity(input: string | number): Quantity {
  const q = quantityOf(input);
  if (q === null) {
    throw new QuantityError(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  }
  return q;
}

/** Like parseQuantity, but undefined instead of an error. */
export function tryParseQuantity(input: unknown): Quantity | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  return quantityOf(input) ?? undefined;
}

/**
 * Quantities by text, null for text that does not parse: manifests repeat a few values ("100m",
 * "128Mi") thousands of times, and a dozen rules read each. Bounded, as the input is not.
 */
const known = new Map<string, Quantity | null>();
const KNOWN_LIMIT = 10_000;

function quantityOf(input: string | number): Quantity | null {
  const text = typeof input === 'number' ? numberToText(input) : input;
  let q = known.get(text);
  if (q === undefined) {
    q = parseText(text);
    if (known.size < KNOWN_LIMIT) known.set(text, q);
  }
  return q;
}

function parseText(text: string): Quantity | null {
  if (!QUANTITY_PATTERN.test(text)) return null;
  const parts = PARTS.exec(text)!;
  const sign = parts[1];
  const whole = parts[2] ?? '';
  const fraction = parts[3] ?? '';
  const suffix = parts[4] ?? '';
  let format: QuantityFormat;
  let binaryExp = 0;
  let decimalExp = 0;
  if (suffix in BINARY) {
    format = 'BinarySI';
    binaryExp = BINARY[suffix]!;
  } else if (suffix in DECIMAL) {
    format = 'DecimalSI';
    decimalExp = DECIMAL[suffix]!;
  } else {
    format = 'DecimalExponent';
    decimalExp = Number(suffix.slice(1));
  }
  const digits = BigInt((whole + fraction).replace(/^0+(?=.)/, '') || '0');
  // value = digits × 10^(decimalExp − fraction.length) × 2^binaryExp, in units; ×10^9 for nano.
  const exp10 = decimalExp - fraction.length + 9;
  let nano = digits << BigInt(binaryExp);
  if (nano === 0n) return { nano, format };
  if (exp10 > MAX_EXACT_EXP10) nano = SATURATED_NANO;
  else if (exp10 >= 0) nano *= 10n ** BigInt(exp10);
  // finer than 1n: Kubernetes rounds up to 1n (and 10^exp10 would have millions of digits)
  else if (-exp10 > nano.toString().length) nano = 1n;
  else nano = ceilDiv(nano, 10n ** BigInt(-exp10));
  if (nano > SATURATED_NANO) nano = SATURATED_NANO;
  return { nano: sign === '-' ? -nano : nano, format };
}

/**
 * Quantities are exact up to 10^1000 nano-units and saturate there: `1e99999999` parses (as
 * Kubernetes parses it) without a number of millions of digits. Far beyond anything Kubernetes
 * computes with (int64, see exceedsInt64Milli).
 */
const MAX_EXACT_EXP10 = 1000;
const SATURATED_NANO = 10n ** BigInt(MAX_EXACT_EXP10);

/** 2^63 − 1: Kubernetes holds quantities' milli-values (MilliValue) in an int64. */
export const MAX_INT64 = 2n ** 63n - 1n;

/** Whether a quantity's milli-value (rounded up) is beyond an int64: more than Kubernetes can hold. */
export function exceedsInt64Milli(q: Quantity): boolean {
  return q.nano > MAX_INT64 * 1_000_000n || q.nano < -MAX_INT64 * 1_000_000n;
}

function numberToText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // JSON numbers such as 1e21 print in exponent form, which the grammar accepts.
  return String(value).replace('e+', 'e');
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b === a || a < 0n ? q : q + 1n;
}

/** Kubernetes MilliValue(): the value in milli-units, rounded up. */
export function milliValue(q: Quantity): number {
  return Number(ceilDiv(q.nano, 1_000_000n));
}

/** Kubernetes Value(): the value in units, rounded up. */
export function unitValue(q: Quantity): number {
  return Number(ceilDiv(q.nano, NANO));
}

export function compareQuantities(a: Quantity, b: Quantity): number {
  return a.nano < b.nano ? -1 : a.nano > b.nano ? 1 : 0;
}

export function quantityFromNano(nano: bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
  return { nano, format };
}

/**
 * Canonical text, as the API server prints it: the same suffix family, with the largest suffix
 * that leaves an integer (`1.5` → `1500m`, `1.5Gi` → `1536Mi`, `1000m` → `1`, `0.5m` → `500u`).
 */
export function formatQuantity(q: Quantity): string {
  const negative = q.nano < 0n;
  const nano = negative ? -q.nano : q.nano;
  const sign = negative ? '-' : '';
  if (nano === 0n) return '0';
  if (q.format === 'BinarySI' && nano % NANO === 0n) {
    let units = nano / NANO;
    // Binary suffixes apply to whole numbers of at least 1024; smaller values print in decimal.
    if (units >= 1024n) {
      let suffix = '';
      for (const s of ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']) {
        if (units % 1024n !== 0n) break;
        units /= 1024n;
        suffix = s;
      }
      if (suffix !== '') return `${sign}${units}${suffix}`;
    }
  }
  // Decimal: the largest power of 1000 (from n up to E) that divides the nano value.
  const suffixes = ['n', 'u', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E'];
  let value = nano;
  let index = 0;
  while (index < suffixes.length - 1 && value % 1000n === 0n) {
    value /= 1000n;
    index++;
  }
  if (q.format === 'DecimalExponent') {
    const exp = (index - 3) * 3;
    return exp === 0 ? `${sign}${value}` : `${sign}${value}e${exp}`;
  }
  return `${sign}${value}${suffixes[index]}`;
}
