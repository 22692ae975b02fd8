/**
 * Cron schedules as the CronJob controller reads them: github.com/robfig/cron/v3 `ParseStandard`
 * (five fields, minute hour day-of-month month day-of-week, or a descriptor such as `@daily` or
 * `@every 1h30m`), which is also what the API server runs to validate `spec.schedule`.
 *
 * robfig's grammar, quirks included: a field is a comma-separated list (empty items are skipped);
 * an item is `*` or `?` (any field), a number or a name (JAN–DEC, SUN–SAT, any case), a range
 * `a-b`, each with an optional step `/n`; `n/step` means `n-max/step`; `*` ignores a `-…` after it.
 * Bounds: minute 0–59, hour 0–23, day-of-month 1–31, month 1–12, day-of-week 0–6 (7 is not Sunday).
 * The first error robfig meets is the one reported.
 */
import { suggestName } from './suggest';
import { own } from './own';

export type CronFieldName = 'minute' | 'hour' | 'day-of-month' | 'month' | 'day-of-week';

/** The values a field selects, and whether it was written as `*` or `?` (robfig's "star bit"). */
export interface CronField {
  readonly values: readonly number[];
  readonly star: boolean;
}

export type CronSchedule =
  | {
      readonly kind: 'fields';
      readonly minute: CronField;
      readonly hour: CronField;
      readonly dayOfMonth: CronField;
      readonly month: CronField;
      readonly dayOfWeek: CronField;
    }
  /** `@every <duration>`: a constant delay, at least one second. */
  | { readonly kind: 'every'; readonly seconds: number };

export type CronErrorCode = 'empty' | 'fieldCount' | 'outOfRange' | 'invalidField' | 'invalidDescriptor';

export interface CronScheduleError {
  readonly code: CronErrorCode;
  /** What is wrong, e.g. `hour 24 is out of range 0-23`, or `has 4 fields; …` for fieldCount. */
  readonly problem: string;
}

export type CronParseResult = { readonly schedule: CronSchedule } | { readonly error: CronScheduleError };

interface Bounds {
  readonly field: CronFieldName;
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
  /** What a name would be, for "is not a number or …". */
  readonly nameHint?: string;
  /** Appended to an out-of-range message. */
  readonly note?: string;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const FIELDS: readonly Bounds[] = [
  { field: 'minute', min: 0, max: 59 },
  { field: 'hour', min: 0, max: 23 },
  { field: 'day-of-month', min: 1, max: 31 },
  { field: 'month', min: 1, max: 12, names: Object.fromEntries(MONTH_NAMES.map((n, i) => [n, i + 1])), nameHint: 'a month name (JAN-DEC)' },
  {
    field: 'day-of-week',
    min: 0,
    max: 6,
    names: Object.fromEntries(DAY_NAMES.map((n, i) => [n, i])),
    nameHint: 'a day name (SUN-SAT)',
    note: ' (0 is Sunday)',
  },
];

/** The descriptors robfig knows, as the five fields they stand for. */
const DESCRIPTORS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** Every descriptor, for "did you mean" (callers may suggest from it). */
export const CRON_DESCRIPTORS: readonly string[] = [...Object.keys(DESCRIPTORS), '@every'];

const FIELD_ORDER = 'minute hour day-of-month month day-of-week';

class FieldError extends Error {
  constructor(
    readonly code: CronErrorCode,
    readonly problem: string,
  ) {
    super(problem);
  }
}

/** Parses a schedule as cron.ParseStandard does (without a `TZ=`/`CRON_TZ=` prefix: strip it first). */
export function parseCronSchedule(text: string): CronParseResult {
  if (text.length === 0) return { error: { code: 'empty', problem: 'is empty' } };
  if (text.startsWith('@')) return parseDescriptor(text);
  const parts = text.split(/\s+/).filter((p) => p !== '');
  if (parts.length !== 5) {
    const seconds = parts.length === 6 ? ' (there is no seconds field)' : '';
    return {
      error: {
        code: 'fieldCount',
        problem: `has ${parts.length} field${parts.length === 1 ? '' : 's'}; a cron schedule has 5: ${FIELD_ORDER}${seconds}`,
      },
    };
  }
  try {
    const [minute, hour, dayOfMonth, month, dayOfWeek] = parts.map((p, i) => parseField(p, FIELDS[i]!)) as [CronField, CronField, CronField, CronField, CronField];
    return { schedule: { kind: 'fields', minute, hour, dayOfMonth, month, dayOfWeek } };
  } catch (e) {
    if (e instanceof FieldError) return { error: { code: e.code, problem: e.problem } };
    throw e;
  }
}

function parseDescriptor(text: string): CronParseResult {
  const fields = DESCRIPTORS[text];
  if (fields !== undefined) return parseCronSchedule(fields);
  if (text === '@every') return { error: { code: 'invalidDescriptor', problem: 'needs a duration (e.g. "@every 1h30m")' } };
  if (text.startsWith('@every ')) {
    const duration = text.slice('@every '.length);
    const nanos = parseGoDuration(duration);
    if (nanos === undefined) {
      return { error: { code: 'invalidDescriptor', problem: `has an invalid duration "${duration}" (write e.g. 90s, 5m, 1h30m)` } };
    }
    // cron.Every: below one second is one second; the rest is truncated to whole seconds
    return { schedule: { kind: 'every', seconds: Math.max(1, Math.floor(nanos / 1e9)) } };
  }
  const suggestion = suggestName(text, CRON_DESCRIPTORS);
  const known = suggestion ? `did you mean "${suggestion}"?` : `known: ${CRON_DESCRIPTORS.join(', ')} <duration>`;
  return { error: { code: 'invalidDescriptor', problem: `is not a known descriptor (${known})` } };
}

/** robfig getField: the union of a comma-separated list of ranges. */
function parseField(text: string, bounds: Bounds): CronField {
  const selected = new Set<number>();
  let star = false;
  for (const item of text.split(',')) {
    if (item === '') continue;
    const range = parseRange(item, bounds);
    star ||= range.star;
    for (let v = range.start; v <= range.end; v += range.step) selected.add(v);
  }
  return { values: [...selected].sort((a, b) => a - b), star };
}

/** robfig getRange: `number | number "-" number [ "/" number ]`, or `*`/`?` with an optional step. */
function parseRange(item: string, bounds: Bounds): { start: number; end: number; step: number; star: boolean } {
  const { field } = bounds;
  const rangeAndStep = item.split('/');
  const lowAndHigh = rangeAndStep[0]!.split('-');
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = bounds.min;
    end = bounds.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0]!, item, bounds);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1]!, item, bounds);
    else throw new FieldError('invalidField', `${field} "${item}" has more than one "-"`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = parseNumber(rangeAndStep[1]!, item, `${field} step`);
    if (lowAndHigh.length === 1) end = bounds.max; // "n/step" is "n-max/step"
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) {
    throw new FieldError('invalidField', `${field} "${item}" has more than one "/"`);
  }
  if (start < bounds.min) throw outOfRange(start, bounds);
  if (end > bounds.max) throw outOfRange(end, bounds);
  if (start > end) {
    throw new FieldError(
      'invalidField',
      `${field} range "${rangeAndStep[0]}" runs backwards (${start} to ${end}): cron ranges do not wrap around, write two ranges`,
    );
  }
  if (step === 0) throw new FieldError('invalidField', `${field} step 0 in "${item}" must be 1 or more`);
  return { start, end, step, star };
}

function outOfRange(value: number, bounds: Bounds): FieldError {
  return new FieldError('outOfRange', `${bounds.field} ${value} is out of range ${bounds.min}-${bounds.max}${bounds.note ?? ''}`);
}

function parseIntOrName(token: string, item: string, bounds: Bounds): number {
  const named = bounds.names ? own(bounds.names, token.toLowerCase()) : undefined;
  if (named !== undefined) return named;
  return parseNumber(token, item, bounds.field, bounds.nameHint);
}

/** strconv.Atoi of a token that cannot hold a "-" (the caller split on it): digits, maybe a "+". */
function parseNumber(token: string, item: string, what: string, nameHint?: string): number {
  if (/^\+?[0-9]+$/.test(token)) {
    const value = Number(token.replace(/^\+/, ''));
    // beyond strconv.Atoi's int64 (and any bound): say so with the digits as written
    if (!Number.isSafeInteger(value)) throw new FieldError('outOfRange', `${what} ${token} is out of range`);
    return value;
  }
  const expected = nameHint ? `a number or ${nameHint}` : 'a number';
  if (token === '') return fail(`${what} "${item}" is missing a number`);
  return fail(token === item ? `${what} "${token}" is not ${expected}` : `${what} "${token}" in "${item}" is not ${expected}`);
}

function fail(problem: string): never {
  throw new FieldError('invalidField', problem);
}

const DURATION_UNITS: Readonly<Record<string, number>> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const DURATION_PART = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;

/** Go time.ParseDuration: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or "0"; nanoseconds, undefined if invalid. */
export function parseGoDuration(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  while (rest !== '') {
    const m = DURATION_PART.exec(rest)!;
    const [whole, int, frac, unit] = [m[0], m[1]!, m[2], m[3]!];
    if (int === '' && (frac === undefined || frac === '')) return undefined;
    const scale = own(DURATION_UNITS, unit);
    if (scale === undefined) return undefined;
    total += Number(`${int || '0'}.${frac || '0'}`) * scale;
    rest = rest.slice(whole.length);
  }
  // time.Duration is an int64 of nanoseconds
  return total > 2 ** 63 ? undefined : sign * total;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The most days a month has (February: 29, in leap years). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Why a schedule that parses never fires, or undefined when it fires. robfig's day rule: when
 * day-of-month or day-of-week is `*` (or `?`), a day must match both; otherwise either. A day of
 * the month that no month it names has (31 in April, 30 in February) never comes; 29 February
 * does, in leap years. A field of commas only selects nothing.
 */
export function describeNeverFires(schedule: CronSchedule): string | undefined {
  if (schedule.kind === 'every') return undefined;
  for (const [name, field] of [['minute', schedule.minute], ['hour', schedule.hour], ['month', schedule.month]] as const) {
    if (field.values.length === 0) return `the ${name} field selects no value`;
  }
  const { dayOfMonth: dom, dayOfWeek: dow, month } = schedule;
  const both = dom.star || dow.star;
  if (both && dow.values.length === 0) return 'the day-of-week field selects no value';
  if (!both && dow.values.length > 0) return undefined; // any of the weekdays comes, whatever the day of the month
  if (dom.values.length === 0) return both ? 'the day-of-month field selects no value' : 'the day-of-month and day-of-week fields select no value';
  if (month.values.some((m) => dom.values[0]! <= MONTH_DAYS[m - 1]!)) return undefined;
  const months = month.values.map((m) => MONTHS[m - 1]!);
  return `${joinList(months, 'and')} ${months.length === 1 ? 'has' : 'have'} no day ${joinList(dom.values.map(String), 'or')}`;
}

function joinList(items: readonly string[], conjunction: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
