/**
 * IANA time zone names as the API server accepts them for a CronJob's `spec.timeZone`
 * (k8s pkg/apis/batch/validation validateTimeZone, then Go's time.LoadLocation on the tz database
 * the API server embeds). Which names exist is asked of Intl (ICU's copy of the same database),
 * with two corrections: Intl ignores case and the tz database does not, and ICU also knows a few
 * names of its own (Java's three-letter ids such as PST and IST) that the tz database lacks.
 */
import { suggestName } from './suggest';

export type TimeZoneProblem =
  | { readonly code: 'empty' }
  /** `Local` (any case): the zone of the controller's machine, refused as not explicit. */
  | { readonly code: 'local' }
  /** A part (between "/") that validTimeZoneCharacters or the "." / ".." / "-" checks refuse. */
  | { readonly code: 'syntax'; readonly part: string; readonly reason: string; readonly suggestion?: string }
  | { readonly code: 'unknown'; readonly suggestion?: string }
  /** The zone exists, in another case. */
  | { readonly code: 'case'; readonly suggestion: string };

// validTimeZoneCharacters of the API server, for each part between "/"
const PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** ICU's legacy ids (from Java) that are not in the tz database: Intl accepts them, the API server does not. */
const ICU_ONLY = new Set([
  'ACT', 'AET', 'AGT', 'ART', 'AST', 'BET', 'BST', 'CAT', 'CNT', 'CST', 'CTT', 'EAT', 'ECT', 'IET', 'IST', 'JST',
  'MIT', 'NET', 'NST', 'PLT', 'PNT', 'PRT', 'PST', 'SST', 'VST',
]);

/** In the tz database (its `factory` file) but not known to ICU: accepted, rather than risk a false finding. */
const TZDB_ONLY = new Set(['Factory']);

/** Common links of the tz database that Intl does not list among its (canonical) zones. */
const LINKS = ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'CET', 'EET', 'MET', 'WET', 'EST', 'HST', 'MST', 'US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific'];

interface Zones {
  readonly names: readonly string[];
  readonly set: ReadonlySet<string>;
  /** The case of every part of a known name, by its lower case: `europe` → `Europe`. */
  readonly partCase: ReadonlyMap<string, string>;
  /** Zones by their last part in lower case, when only one zone ends so: `paris` → `Europe/Paris`. */
  readonly byCity: ReadonlyMap<string, string | null>;
}

let zones: Zones | undefined;

/** The known zones, built once, on first use (most inputs have no timeZone to check). */
function knownZones(): Zones {
  if (zones) return zones;
  const names = [...Intl.supportedValuesOf('timeZone'), ...LINKS];
  const partCase = new Map<string, string>();
  const byCity = new Map<string, string | null>();
  for (const zone of names) {
    for (const part of zone.split('/')) partCase.set(part.toLowerCase(), part);
    const city = zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
    byCity.set(city, byCity.has(city) ? null : zone);
  }
  zones = { names, set: new Set(names), partCase, byCity };
  return zones;
}

/** Intl's answer by name: the zone it resolves to, or null when it refuses the name. Bounded. */
const resolved = new Map<string, string | null>();
const RESOLVED_LIMIT = 1_000;

function resolveWithIntl(name: string): string | null {
  let zone = resolved.get(name);
  if (zone === undefined) {
    try {
      zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      zone = null;
    }
    if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
    resolved.set(name, zone);
  }
  return zone;
}

/** Why the API server refuses a CronJob timeZone, or undefined when it accepts it. */
export function checkTimeZone(name: string): TimeZoneProblem | undefined {
  if (name === '') return { code: 'empty' };
  for (const part of name.split('/')) {
    const reason = partProblem(part);
    if (reason !== undefined) {
      const suggestion = suggestZone(name);
      return suggestion === undefined ? { code: 'syntax', part, reason } : { code: 'syntax', part, reason, suggestion };
    }
  }
  if (name.toLowerCase() === 'local') return { code: 'local' };
  const { set, partCase } = knownZones();
  if (set.has(name) || TZDB_ONLY.has(name)) return undefined;
  // PST, IST: the zone ICU means by them is the suggestion (a near spelling would be EST)
  if (ICU_ONLY.has(name.toUpperCase())) return { code: 'unknown', suggestion: resolveWithIntl(name.toUpperCase()) ?? 'UTC' };
  const zone = resolveWithIntl(name);
  // ICU also reads UTC offsets ("+01:00" in newer versions) as zones; the tz database has no such names
  if (zone === null || /^[+-]?[0-9]/.test(name)) {
    const suggestion = suggestZone(name);
    return suggestion === undefined ? { code: 'unknown' } : { code: 'unknown', suggestion };
  }
  // Intl ignores case: a part of a known name in another case cannot be right
  const cased = name
    .split('/')
    .map((p) => partCase.get(p.toLowerCase()) ?? p)
    .join('/');
  if (cased === name) return undefined;
  const exact = resolveWithIntl(cased) === zone && name.split('/').every((p) => partCase.has(p.toLowerCase()));
  return { code: 'case', suggestion: exact ? cased : zone };
}

/** A known zone close to a name that is not one: blanks for "_", a near spelling, or the zone of a city. */
function suggestZone(name: string): string | undefined {
  const { names, set, byCity } = knownZones();
  const underscored = name.trim().replace(/\s+/g, '_');
  if (set.has(underscored)) return underscored;
  return suggestName(underscored, names) ?? byCity.get(underscored.slice(underscored.lastIndexOf('/') + 1).toLowerCase()) ?? undefined;
}

function partProblem(part: string): string | undefined {
  if (part === '') return 'is empty';
  if (part === '.' || part === '..') return 'is a relative path';
  if (part.startsWith('-')) return 'starts with "-"';
  if (part.length > 14) return 'is longer than 14 characters';
  if (!PART.test(part)) return 'has characters other than letters, digits, ".", "-", "_" and "+"';
  return undefined;
}
