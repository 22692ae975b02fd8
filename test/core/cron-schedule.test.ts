import { describe, expect, it } from 'vitest';
import { type CronSchedule, describeNeverFires, parseCronSchedule, parseGoDuration } from '../../src/core/cron-schedule';

function schedule(text: string): CronSchedule {
  const parsed = parseCronSchedule(text);
  if ('error' in parsed) throw new Error(`${text}: ${parsed.error.problem}`);
  return parsed.schedule;
}

function fields(text: string) {
  const s = schedule(text);
  if (s.kind !== 'fields') throw new Error(`${text} is not a field schedule`);
  return s;
}

const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

describe('parseCronSchedule (robfig/cron v3 ParseStandard)', () => {
  it('reads the five fields: lists, ranges, steps, stars', () => {
    const s = fields('*/15 9-17 1,15 */3 1-5');
    expect(s.minute).toEqual({ values: [0, 15, 30, 45], star: false });
    expect(s.hour).toEqual({ values: range(9, 17), star: false });
    expect(s.dayOfMonth).toEqual({ values: [1, 15], star: false });
    expect(s.month).toEqual({ values: [1, 4, 7, 10], star: false });
    expect(s.dayOfWeek).toEqual({ values: [1, 2, 3, 4, 5], star: false });
  });

  it('keeps the star of * and ?, and of */1, but not of */2', () => {
    const s = fields('* ? */1 * ?');
    expect(s.minute).toEqual({ values: range(0, 59), star: true });
    expect(s.hour).toEqual({ values: range(0, 23), star: true });
    expect(s.dayOfMonth).toEqual({ values: range(1, 31), star: true });
    expect(s.dayOfWeek).toEqual({ values: range(0, 6), star: true });
    expect(fields('0 0 */2 * *').dayOfMonth).toEqual({ values: range(1, 31, 2), star: false });
  });

  it('reads "n/step" as n to the maximum, and a range with a step', () => {
    expect(fields('5/20 * * * *').minute.values).toEqual([5, 25, 45]);
    expect(fields('0 1-10/3 * * *').hour.values).toEqual([1, 4, 7, 10]);
  });

  it('reads month and day names in any case, in ranges too', () => {
    const s = fields('0 0 * jan,Jul-DEC sun,MON-fri');
    expect(s.month.values).toEqual([1, 7, 8, 9, 10, 11, 12]);
    expect(s.dayOfWeek.values).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('accepts robfig\'s quirks: empty list items, "*-…", a "+" sign, leading zeros, extra blanks', () => {
    expect(fields('1,,2 * * * *').minute.values).toEqual([1, 2]);
    expect(fields('*-5 * * * *').minute).toEqual({ values: range(0, 59), star: true });
    expect(fields('+5 007 * * *').hour.values).toEqual([7]);
    expect(fields('  0   0 * * *  ').minute.values).toEqual([0]);
    expect(fields('0 0 , * *').dayOfMonth.values).toEqual([]);
  });

  it.each([
    ['@yearly', '0 0 1 1 *'], ['@annually', '0 0 1 1 *'], ['@monthly', '0 0 1 * *'], ['@weekly', '0 0 * * 0'],
    ['@daily', '0 0 * * *'], ['@midnight', '0 0 * * *'], ['@hourly', '0 * * * *'],
  ])('reads the descriptor %s as "%s"', (descriptor, equivalent) => {
    expect(schedule(descriptor)).toEqual(schedule(equivalent));
  });

  it('reads @every with a Go duration, at least a second', () => {
    expect(schedule('@every 1h30m')).toEqual({ kind: 'every', seconds: 5400 });
    expect(schedule('@every 1.5s')).toEqual({ kind: 'every', seconds: 1 });
    expect(schedule('@every 100ms')).toEqual({ kind: 'every', seconds: 1 });
    expect(schedule('@every 0')).toEqual({ kind: 'every', seconds: 1 });
  });

  it.each([
    ['', 'empty', 'is empty'],
    ['*/5 * * *', 'fieldCount', 'has 4 fields; a cron schedule has 5: minute hour day-of-month month day-of-week'],
    ['daily', 'fieldCount', 'has 1 field; a cron schedule has 5: minute hour day-of-month month day-of-week'],
    ['0 */5 * * * *', 'fieldCount', 'has 6 fields; a cron schedule has 5: minute hour day-of-month month day-of-week (there is no seconds field)'],
    ['60 * * * *', 'outOfRange', 'minute 60 is out of range 0-59'],
    ['0 24 * * *', 'outOfRange', 'hour 24 is out of range 0-23'],
    ['0 0 0 * *', 'outOfRange', 'day-of-month 0 is out of range 1-31'],
    ['0 0 1-32 * *', 'outOfRange', 'day-of-month 32 is out of range 1-31'],
    ['0 0 1 13 *', 'outOfRange', 'month 13 is out of range 1-12'],
    ['0 0 * * 7', 'outOfRange', 'day-of-week 7 is out of range 0-6 (0 is Sunday)'],
    ['0 0 * * 1-7', 'outOfRange', 'day-of-week 7 is out of range 0-6 (0 is Sunday)'],
    ['0 99999999999999999999 * * *', 'outOfRange', 'hour 99999999999999999999 is out of range'],
    ['0 22-2 * * *', 'invalidField', 'hour range "22-2" runs backwards (22 to 2): cron ranges do not wrap around, write two ranges'],
    ['0 0 * * FRI-MON', 'invalidField', 'day-of-week range "FRI-MON" runs backwards (5 to 1): cron ranges do not wrap around, write two ranges'],
    ['*/0 * * * *', 'invalidField', 'minute step 0 in "*/0" must be 1 or more'],
    ['*/x * * * *', 'invalidField', 'minute step "x" in "*/x" is not a number'],
    ['1-2-3 * * * *', 'invalidField', 'minute "1-2-3" has more than one "-"'],
    ['*/2/3 * * * *', 'invalidField', 'minute "*/2/3" has more than one "/"'],
    ['0 0 L * *', 'invalidField', 'day-of-month "L" is not a number'],
    ['0 0 * * MONDAY', 'invalidField', 'day-of-week "MONDAY" is not a number or a day name (SUN-SAT)'],
    ['0 0 1 Janu-MAR *', 'invalidField', 'month "Janu" in "Janu-MAR" is not a number or a month name (JAN-DEC)'],
    ['0 0 * * 1#2', 'invalidField', 'day-of-week "1#2" is not a number or a day name (SUN-SAT)'],
    ['-5 * * * *', 'invalidField', 'minute "-5" is missing a number'],
    ['0 1- * * *', 'invalidField', 'hour "1-" is missing a number'],
    // names and units are looked up among the parser's own, never Object.prototype's
    ['0 0 * constructor *', 'invalidField', 'month "constructor" is not a number or a month name (JAN-DEC)'],
    ['0 0 * * __proto__', 'invalidField', 'day-of-week "__proto__" is not a number or a day name (SUN-SAT)'],
    ['@dayly', 'invalidDescriptor', 'is not a known descriptor (did you mean "@daily"?)'],
    ['@Hourly', 'invalidDescriptor', 'is not a known descriptor (did you mean "@hourly"?)'],
    ['@reboot', 'invalidDescriptor', 'is not a known descriptor (known: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>)'],
    ['@every', 'invalidDescriptor', 'needs a duration (e.g. "@every 1h30m")'],
    ['@every 5 minutes', 'invalidDescriptor', 'has an invalid duration "5 minutes" (write e.g. 90s, 5m, 1h30m)'],
  ])('rejects %j: %s, %s', (text, code, problem) => {
    expect(parseCronSchedule(text)).toEqual({ error: { code, problem } });
  });

  it('reports the first error robfig meets: fields left to right, the start of a range before its end', () => {
    expect(parseCronSchedule('60 24 * * *')).toEqual({ error: { code: 'outOfRange', problem: 'minute 60 is out of range 0-59' } });
    expect(parseCronSchedule('0 0 0-40 * *')).toEqual({ error: { code: 'outOfRange', problem: 'day-of-month 0 is out of range 1-31' } });
  });
});

describe('parseGoDuration (time.ParseDuration)', () => {
  it.each([
    ['0', 0], ['1h', 3600e9], ['1h30m', 5400e9], ['1.5h', 5400e9], ['.5s', 0.5e9], ['5.s', 5e9], ['-1m', -60e9], ['+2s', 2e9],
    ['300ms', 300e6], ['2us', 2000], ['2µs', 2000], ['7ns', 7],
  ])('reads %j as %d ns', (text, nanos) => {
    expect(parseGoDuration(text)).toBe(nanos);
  });

  it.each(['', '5', '1d', '1 h', 'h', '.s', '1.5.5s', '-', '1hh', '9999999999h', '1constructor', '1valueOf'])('rejects %j', (text) => {
    expect(parseGoDuration(text)).toBeUndefined();
  });
});

describe('describeNeverFires', () => {
  it.each([
    '* * * * *', '@hourly', '@every 5m', '0 */2 * * 1-5', '30 4 * * SUN', '0 0 31 * *', '0 0 30 1,2 *',
    // 29 February comes in leap years
    '0 0 29 2 *',
    // with neither day field a star, a day matches either: every Monday of February
    '0 0 31 2 MON',
    // a star day-of-month with a day-of-week: every Monday
    '0 0 * 2 1',
    // one empty day field when the other is not a star: the other one decides
    '0 0 1 * ,',
  ])('%j fires', (text) => {
    expect(describeNeverFires(schedule(text))).toBeUndefined();
  });

  it.each([
    ['0 0 30 2 *', 'February has no day 30'],
    ['0 0 30,31 2 *', 'February has no day 30 or 31'],
    ['0 0 31 4,6,9,11 *', 'April, June, September and November have no day 31'],
    ['0 0 31 FEB,APR ?', 'February and April have no day 31'],
    ['0 , * * *', 'the hour field selects no value'],
    ['0 0 * , *', 'the month field selects no value'],
    ['0 0 * * ,', 'the day-of-week field selects no value'],
    ['0 0 , * ,', 'the day-of-month and day-of-week fields select no value'],
  ])('%j never fires: %s', (text, reason) => {
    expect(describeNeverFires(schedule(text))).toBe(reason);
  });
});
