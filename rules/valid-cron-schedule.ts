import { type CronErrorCode, describeNeverFires, parseCronSchedule } from '../src/core/cron-schedule';
import { type TimeZoneProblem, checkTimeZone } from '../src/core/time-zone';
import { createRule } from '../src/engine/rule';
import { isObject } from '../src/resources/kinds';

/** A `TZ=`/`CRON_TZ=` prefix robfig would strip before the fields (the zone, the rest). */
const TZ_PREFIX = /^(?:CRON_)?TZ=(\S*)\s+(.*)$/s;

const TIME_ZONE_MESSAGES: Readonly<Record<TimeZoneProblem['code'], 'timeZoneEmpty' | 'timeZoneLocal' | 'timeZoneSyntax' | 'timeZoneUnknown' | 'timeZoneCase'>> = {
  empty: 'timeZoneEmpty',
  local: 'timeZoneLocal',
  syntax: 'timeZoneSyntax',
  unknown: 'timeZoneUnknown',
  case: 'timeZoneCase',
};

function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}

export default createRule({
  id: 'valid-cron-schedule',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A CronJob schedule is a cron expression the API server accepts and that fires, and its timeZone is a name of the tz database.',
    rationale:
      'The API server parses spec.schedule with the CronJob controller\'s cron parser (five fields: minute hour ' +
      'day-of-month month day-of-week, or a descriptor such as @daily) and rejects the CronJob when it does not parse, ' +
      'when it carries a TZ= or CRON_TZ= prefix (the timeZone field replaced it), or when spec.timeZone is empty, Local, ' +
      'or not a name of the tz database, whose names are case-sensitive. The JSON schema only says "a string". A schedule ' +
      'that parses but names a day that never comes (30 February, 31 April) is accepted, and the job never runs.',
    fix: 'write five cron fields (minute 0-59, hour 0-23, day-of-month 1-31, month 1-12, day-of-week 0-6) and an IANA zone name such as "Europe/Paris"',
    messages: {
      empty: 'schedule is empty: a CronJob needs a cron schedule such as "0 * * * *"',
      fieldCount: 'schedule "{{schedule}}" {{problem}}',
      outOfRange: 'schedule "{{schedule}}": {{problem}}',
      invalidField: 'schedule "{{schedule}}": {{problem}}',
      invalidDescriptor: 'schedule "{{schedule}}" {{problem}}',
      timeZoneInSchedule: 'schedule "{{schedule}}" contains "TZ": the API server refuses TZ and CRON_TZ in schedule, use the timeZone field instead',
      neverFires: 'schedule "{{schedule}}" never fires: {{reason}}, so the job never runs',
      timeZoneEmpty: 'timeZone is an empty string: omit it, or name a zone such as "Etc/UTC"',
      timeZoneLocal: 'timeZone "{{zone}}" is not allowed: name an explicit zone of the tz database, such as "Etc/UTC"',
      timeZoneSyntax: 'timeZone "{{zone}}" is not a time zone name: part "{{part}}" {{reason}}{{hint}}',
      timeZoneUnknown: 'timeZone "{{zone}}" is not a zone of the tz database{{hint}}',
      timeZoneCase: 'timeZone "{{zone}}" is not a zone of the tz database, whose names are case-sensitive (did you mean "{{suggestion}}"?)',
    },
    refusals: [
      'empty', 'fieldCount', 'outOfRange', 'invalidField', 'invalidDescriptor', 'timeZoneInSchedule', 'timeZoneEmpty',
      'timeZoneLocal', 'timeZoneSyntax', 'timeZoneUnknown', 'timeZoneCase',
    ],
    defaultOptions: {},
    kinds: ['CronJob'],
  },
  check({ resource, report }) {
    if (resource.group !== 'batch' || !isObject(resource.object.spec)) return;
    const spec = resource.object.spec;
    const schedule = spec.schedule;
    if (typeof schedule === 'string') {
      let fields: string | undefined = schedule;
      if (schedule.includes('TZ')) {
        const prefix = TZ_PREFIX.exec(schedule);
        // robfig parses what follows a prefix, trimmed; a "TZ" elsewhere already breaks the fields
        fields = prefix ? prefix[2]!.trim() : undefined;
        report({
          messageId: 'timeZoneInSchedule',
          data: { schedule },
          path: ['spec', 'schedule'],
          ...(prefix ? { fix: `set timeZone: "${prefix[1]}" and schedule: "${fields}"` } : {}),
        });
      }
      if (fields !== undefined) {
        const parsed = parseCronSchedule(fields);
        if ('error' in parsed) {
          const messageId: CronErrorCode = parsed.error.code;
          report({ messageId, data: { schedule, problem: parsed.error.problem }, path: ['spec', 'schedule'] });
        } else {
          const reason = describeNeverFires(parsed.schedule);
          if (reason !== undefined) report({ messageId: 'neverFires', severity: 'warning', data: { schedule, reason }, path: ['spec', 'schedule'] });
        }
      }
    }
    const zone = spec.timeZone;
    if (typeof zone === 'string') {
      const problem = checkTimeZone(zone);
      if (problem === undefined) return;
      const path = ['spec', 'timeZone'];
      const messageId = TIME_ZONE_MESSAGES[problem.code];
      switch (problem.code) {
        case 'syntax':
          report({ messageId, data: { zone, part: problem.part, reason: problem.reason, hint: didYouMean(problem.suggestion) }, path });
          break;
        case 'unknown':
          report({ messageId, data: { zone, hint: didYouMean(problem.suggestion) }, path });
          break;
        case 'case':
          report({ messageId, data: { zone, suggestion: problem.suggestion }, path, fix: `write "${problem.suggestion}"` });
          break;
        default:
          report({ messageId, data: { zone }, path });
      }
    }
  },
});
