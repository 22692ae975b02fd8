/**
 * intstr.IntOrString as the apps API uses it for maxSurge, maxUnavailable, minAvailable:
 * a non-negative integer or a percentage string `^[0-9]+%$` (k8s.io/apimachinery util/intstr and
 * util/validation IsValidPercent).
 */
export type IntOrPercent =
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'percent'; readonly value: number }
  /** A string that is not a percentage (`"5"`, `"25.5%"`), or a number that is not an integer. */
  | { readonly kind: 'invalid'; readonly text: string };

const PERCENT = /^[0-9]+%$/;

/** Reads an int-or-percent value; undefined when absent (null or undefined). */
export function parseIntOrPercent(value: unknown): IntOrPercent | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { kind: 'int', value } : { kind: 'invalid', text: String(value) };
  }
  if (typeof value === 'string') {
    return PERCENT.test(value) ? { kind: 'percent', value: Number(value.slice(0, -1)) } : { kind: 'invalid', text: value };
  }
  return { kind: 'invalid', text: String(value) };
}

/** getIntOrPercentValue of apps validation: the number, whether count or percent (0 for invalid). */
export function rawIntOrPercentValue(v: IntOrPercent | undefined): number {
  return v === undefined || v.kind === 'invalid' ? 0 : v.value;
}

/** GetScaledValueFromIntOrPercent: a count, or `percent × total / 100` rounded up or down. */
export function scaleIntOrPercent(v: IntOrPercent, total: number, roundUp: boolean): number {
  if (v.kind === 'int') return v.value;
  if (v.kind === 'invalid') return 0;
  const exact = (v.value * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

export function formatIntOrPercent(v: IntOrPercent): string {
  return v.kind === 'percent' ? `${v.value}%` : v.kind === 'int' ? String(v.value) : v.text;
}

/** Why an int-or-percent value is refused by the API server (IsValidPercent, ValidateNonnegative, IsNotMoreThan100Percent). */
export type IntOrPercentProblem = 'badValue' | 'stringCount' | 'negative' | 'over100';

/** The messages of the problems, for rules: `field` names the field, `value` is the value as written. */
export const INT_OR_PERCENT_MESSAGES: Readonly<Record<IntOrPercentProblem, string>> = {
  badValue: '{{field}} "{{value}}" is not a valid value: write a count (2) or a whole percentage followed by "%" ("25%")',
  stringCount: '{{field}} "{{value}}" is a string but not a percentage: write {{value}} without quotes for a count, or "{{value}}%"',
  negative: '{{field}} {{value}} must not be negative',
  over100: '{{field}} {{value}} is more than 100%',
};

/** The problem of a parsed value (over 100% only when not allowed), or null when the API server accepts it. */
export function intOrPercentProblem(value: IntOrPercent, allowOver100: boolean): { problem: IntOrPercentProblem; text: string } | null {
  if (value.kind === 'invalid') return { problem: /^[0-9]+$/.test(value.text) ? 'stringCount' : 'badValue', text: value.text };
  if (value.kind === 'int' && value.value < 0) return { problem: 'negative', text: String(value.value) };
  if (value.kind === 'percent' && value.value > 100 && !allowOver100) return { problem: 'over100', text: formatIntOrPercent(value) };
  return null;
}
