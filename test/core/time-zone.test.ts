import { describe, expect, it } from 'vitest';
import { checkTimeZone } from '../../src/core/time-zone';

describe('checkTimeZone (validateTimeZone and time.LoadLocation of the API server)', () => {
  it.each([
    'Europe/Paris', 'Etc/UTC', 'UTC', 'GMT', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'Asia/Calcutta',
    'Europe/Kyiv', 'US/Eastern', 'EST', 'EST5EDT', 'CET', 'Japan', 'Etc/GMT+5', 'Etc/GMT-14', 'America/Port-au-Prince',
    'Antarctica/DumontDUrville', 'Factory',
  ])('accepts %j', (zone) => {
    expect(checkTimeZone(zone)).toBeUndefined();
  });

  it('refuses an empty name and Local in any case', () => {
    expect(checkTimeZone('')).toEqual({ code: 'empty' });
    for (const local of ['Local', 'local', 'LOCAL']) expect(checkTimeZone(local)).toEqual({ code: 'local' });
  });

  it.each([
    ['Europe/../Paris', '..', 'is a relative path', 'Europe/Paris'],
    ['./UTC', '.', 'is a relative path', 'UTC'],
    ['-UTC', '-UTC', 'starts with "-"', 'UTC'],
    ['Europe//Paris', '', 'is empty', 'Europe/Paris'],
    ['Europe/', '', 'is empty', undefined],
    ['America/New York', 'New York', 'has characters other than letters, digits, ".", "-", "_" and "+"', 'America/New_York'],
    ['UTC+01:00', 'UTC+01:00', 'has characters other than letters, digits, ".", "-", "_" and "+"', undefined],
    ['America/ABCDEFGHIJKLMNO', 'ABCDEFGHIJKLMNO', 'is longer than 14 characters', undefined],
  ])('refuses the characters of %j: part %j %s', (zone, part, reason, suggestion) => {
    expect(checkTimeZone(zone)).toEqual(suggestion === undefined ? { code: 'syntax', part, reason } : { code: 'syntax', part, reason, suggestion });
  });

  it.each([
    ['Europe/Pariss', 'Europe/Paris'],
    ['Paris', 'Europe/Paris'],
    ['Mars/Olympus', undefined],
    // ICU's own three-letter ids, not in the tz database: the zone ICU means is suggested
    ['PST', 'America/Los_Angeles'],
    ['pst', 'America/Los_Angeles'],
    ['JST', 'Asia/Tokyo'],
    // offsets are not zone names
    ['+0100', undefined],
  ])('refuses the unknown zone %j (did you mean %j?)', (zone, suggestion) => {
    expect(checkTimeZone(zone)).toEqual(suggestion === undefined ? { code: 'unknown' } : { code: 'unknown', suggestion });
  });

  it.each([
    ['europe/paris', 'Europe/Paris'],
    ['EUROPE/PARIS', 'Europe/Paris'],
    ['utc', 'UTC'],
    ['etc/utc', 'Etc/UTC'],
    ['us/eastern', 'US/Eastern'],
    ['est', 'EST'],
    ['america/argentina/buenos_aires', 'America/Argentina/Buenos_Aires'],
    // the right case of every part is not known: the zone it names is suggested
    ['etc/gmt+5', 'Etc/GMT+5'],
  ])('refuses %j, a zone in another case (did you mean %j?)', (zone, suggestion) => {
    expect(checkTimeZone(zone)).toEqual({ code: 'case', suggestion });
  });

  it('answers the same for the same name, whatever came before', () => {
    expect(checkTimeZone('europe/paris')).toEqual(checkTimeZone('europe/paris'));
    expect(checkTimeZone('Europe/Paris')).toBeUndefined();
  });
});
