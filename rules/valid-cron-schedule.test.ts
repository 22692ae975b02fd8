import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-cron-schedule';

/** A CronJob with the given schedule (and timeZone line, when given): schedule on line 5, timeZone on line 6. */
function cronJob(schedule: string, timeZone?: string): string {
  return yaml`
    apiVersion: batch/v1
    kind: CronJob
    metadata: { name: report }
    spec:
      schedule: ${JSON.stringify(schedule)}
      ${timeZone === undefined ? 'suspend: false' : `timeZone: ${JSON.stringify(timeZone)}`}
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers: [{ name: report, image: busybox:1.36 }]
  `;
}

testRule(rule, {
  valid: [
    ...['@hourly', '@daily', '@every 90s', '*/5 * * * *', '0 */2 * * 1-5', '30 4 * * SUN', '0 9 * jan-mar mon,wed,fri', '0 0 29 2 *', '0 0 31 * *', '0 0 ? * *', '15 3 1,15 * *'].map(
      (schedule) => ({ name: `schedule ${schedule}`, code: cronJob(schedule) }),
    ),
    ...['Europe/Paris', 'Etc/UTC', 'UTC', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'US/Eastern'].map((timeZone) => ({
      name: `timeZone ${timeZone}`,
      code: cronJob('0 3 * * *', timeZone),
    })),
    {
      name: 'a CronJob of another API group is not the batch CronJob',
      code: yaml`
        apiVersion: example.com/v1
        kind: CronJob
        metadata: { name: other }
        spec: { schedule: "every day", timeZone: Local }
      `,
    },
    {
      name: 'a schedule that is not a string is a schema error, not this rule\'s',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          schedule: 5
          jobTemplate: { spec: { template: { spec: { restartPolicy: Never, containers: [{ name: r, image: busybox:1.36 }] } } } }
      `,
    },
  ],
  invalid: [
    {
      name: 'four fields',
      code: cronJob('*/5 * * *'),
      errors: [
        {
          messageId: 'fieldCount',
          line: 5,
          column: 13,
          message: 'schedule "*/5 * * *" has 4 fields; a cron schedule has 5: minute hour day-of-month month day-of-week',
          path: 'spec.schedule',
        },
      ],
    },
    {
      name: 'a seconds field',
      code: cronJob('0 */10 * * * *'),
      errors: [
        {
          messageId: 'fieldCount',
          line: 5,
          column: 13,
          message: 'schedule "0 */10 * * * *" has 6 fields; a cron schedule has 5: minute hour day-of-month month day-of-week (there is no seconds field)',
        },
      ],
    },
    {
      name: 'hour 24',
      code: cronJob('0 24 * * *'),
      errors: [{ messageId: 'outOfRange', line: 5, column: 13, message: 'schedule "0 24 * * *": hour 24 is out of range 0-23' }],
    },
    {
      name: 'Sunday as 7',
      code: cronJob('0 6 * * 1,7'),
      errors: [{ messageId: 'outOfRange', line: 5, column: 13, message: 'schedule "0 6 * * 1,7": day-of-week 7 is out of range 0-6 (0 is Sunday)' }],
    },
    {
      name: 'Quartz syntax',
      code: cronJob('0 0 L * *'),
      errors: [{ messageId: 'invalidField', line: 5, column: 13, message: 'schedule "0 0 L * *": day-of-month "L" is not a number' }],
    },
    {
      name: 'a range that wraps around midnight',
      code: cronJob('0 22-2 * * *'),
      errors: [
        {
          messageId: 'invalidField',
          line: 5,
          column: 13,
          message: 'schedule "0 22-2 * * *": hour range "22-2" runs backwards (22 to 2): cron ranges do not wrap around, write two ranges',
        },
      ],
    },
    {
      name: 'a misspelt descriptor',
      code: cronJob('@dayly'),
      errors: [{ messageId: 'invalidDescriptor', line: 5, column: 13, message: 'schedule "@dayly" is not a known descriptor (did you mean "@daily"?)' }],
    },
    {
      name: 'an empty schedule',
      code: cronJob(''),
      errors: [{ messageId: 'empty', line: 5, column: 13, message: 'schedule is empty: a CronJob needs a cron schedule such as "0 * * * *"' }],
    },
    {
      name: 'a time zone in the schedule, whose fields are also checked',
      code: cronJob('CRON_TZ=Europe/Paris 0 24 * * *'),
      errors: [
        {
          messageId: 'timeZoneInSchedule',
          line: 5,
          column: 13,
          message: 'schedule "CRON_TZ=Europe/Paris 0 24 * * *" contains "TZ": the API server refuses TZ and CRON_TZ in schedule, use the timeZone field instead',
        },
        { messageId: 'outOfRange', line: 5, column: 13, message: 'schedule "CRON_TZ=Europe/Paris 0 24 * * *": hour 24 is out of range 0-23' },
      ],
    },
    {
      name: 'a TZ prefix on a valid schedule (robfig trims what follows it)',
      code: cronJob('TZ=UTC  @daily '),
      errors: [{ messageId: 'timeZoneInSchedule', line: 5, column: 13 }],
    },
    {
      name: 'the 30th of February never comes: a warning',
      code: cronJob('0 0 30 2 *'),
      errors: [
        {
          messageId: 'neverFires',
          line: 5,
          column: 13,
          severity: 'warning',
          message: 'schedule "0 0 30 2 *" never fires: February has no day 30, so the job never runs',
        },
      ],
    },
    {
      name: 'the 31st of the 30-day months never comes',
      code: cronJob('0 0 31 4,6,9,11 *'),
      errors: [
        {
          messageId: 'neverFires',
          line: 5,
          column: 13,
          severity: 'warning',
          message: 'schedule "0 0 31 4,6,9,11 *" never fires: April, June, September and November have no day 31, so the job never runs',
        },
      ],
    },
    {
      name: 'an empty timeZone',
      code: cronJob('0 3 * * *', ''),
      errors: [{ messageId: 'timeZoneEmpty', line: 6, column: 13, message: 'timeZone is an empty string: omit it, or name a zone such as "Etc/UTC"' }],
    },
    {
      name: 'timeZone Local',
      code: cronJob('0 3 * * *', 'Local'),
      errors: [
        {
          messageId: 'timeZoneLocal',
          line: 6,
          column: 13,
          message: 'timeZone "Local" is not allowed: name an explicit zone of the tz database, such as "Etc/UTC"',
        },
      ],
    },
    {
      name: 'a relative path',
      code: cronJob('0 3 * * *', '../etc/passwd'),
      errors: [{ messageId: 'timeZoneSyntax', line: 6, column: 13, message: 'timeZone "../etc/passwd" is not a time zone name: part ".." is a relative path' }],
    },
    {
      name: 'a blank instead of "_"',
      code: cronJob('0 3 * * *', 'America/New York'),
      errors: [
        {
          messageId: 'timeZoneSyntax',
          line: 6,
          column: 13,
          message:
            'timeZone "America/New York" is not a time zone name: part "New York" has characters other than letters, digits, ".", "-", "_" and "+" (did you mean "America/New_York"?)',
        },
      ],
    },
    {
      name: 'a misspelt zone',
      code: cronJob('0 3 * * *', 'Europe/Pariss'),
      errors: [{ messageId: 'timeZoneUnknown', line: 6, column: 13, message: 'timeZone "Europe/Pariss" is not a zone of the tz database (did you mean "Europe/Paris"?)' }],
    },
    {
      name: 'an abbreviation ICU knows and the tz database does not',
      code: cronJob('0 3 * * *', 'PST'),
      errors: [{ messageId: 'timeZoneUnknown', line: 6, column: 13, message: 'timeZone "PST" is not a zone of the tz database (did you mean "America/Los_Angeles"?)' }],
    },
    {
      name: 'a made-up zone',
      code: cronJob('0 3 * * *', 'Mars/Olympus'),
      errors: [{ messageId: 'timeZoneUnknown', line: 6, column: 13, message: 'timeZone "Mars/Olympus" is not a zone of the tz database' }],
    },
    {
      name: 'a zone in the wrong case',
      code: cronJob('0 3 * * *', 'europe/paris'),
      errors: [
        {
          messageId: 'timeZoneCase',
          line: 6,
          column: 13,
          message: 'timeZone "europe/paris" is not a zone of the tz database, whose names are case-sensitive (did you mean "Europe/Paris"?)',
          path: 'spec.timeZone',
        },
      ],
    },
    {
      name: 'a bad schedule and a bad timeZone',
      code: yaml`
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata: { name: legacy }
        spec:
          schedule: "*/5 * * * * *"
          timeZone: utc
          jobTemplate: { spec: { template: { spec: { restartPolicy: Never, containers: [{ name: r, image: busybox:1.36 }] } } } }
      `,
      errors: [
        { messageId: 'fieldCount', line: 5, column: 13 },
        { messageId: 'timeZoneCase', line: 6, column: 13, message: 'timeZone "utc" is not a zone of the tz database, whose names are case-sensitive (did you mean "UTC"?)' },
      ],
    },
  ],
});
