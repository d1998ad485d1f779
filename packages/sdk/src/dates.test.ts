import {assert} from 'chai';
import {addDays, daysBetween, formatDay, formatDayRange, isIsoDate, isTimeZone, lastDayOfPeriod, localDate} from './dates.js';

describe('calendar dates', () => {
  it('knows which days exist', () => {
    assert.isTrue(isIsoDate('2024-02-29'));
    assert.isFalse(isIsoDate('2025-02-29'));
    assert.isFalse(isIsoDate('2025-04-31'));
    assert.isFalse(isIsoDate('2025-13-01'));
    assert.isFalse(isIsoDate('2025-1-01'));
    assert.isFalse(isIsoDate('17/11/2025'));
  });

  it('adds days across month, year and daylight-saving changes', () => {
    assert.equal(addDays('2025-11-17', -30), '2025-10-18');
    assert.equal(addDays('2025-03-29', 2), '2025-03-31');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(daysBetween('2025-10-18', '2025-11-17'), 30);
    assert.equal(daysBetween('2025-11-17', '2025-10-18'), -30);
  });

  it('finds the last day of a month or a year', () => {
    assert.equal(lastDayOfPeriod('2014-10'), '2014-10-31');
    assert.equal(lastDayOfPeriod('2024-02'), '2024-02-29');
    assert.equal(lastDayOfPeriod('2018'), '2018-12-31');
  });

  it('reads the day of an instant in a time zone', () => {
    const instant = new Date('2025-11-16T23:30:00Z');
    assert.equal(localDate(instant, 'UTC'), '2025-11-16');
    assert.equal(localDate(instant, 'Europe/Madrid'), '2025-11-17');
    assert.equal(localDate(instant, 'America/Mexico_City'), '2025-11-16');
    assert.equal(localDate('2025-11-16', 'Asia/Seoul'), '2025-11-16');
  });

  it('recognizes IANA time zones', () => {
    assert.isTrue(isTimeZone('Asia/Tehran'));
    assert.isFalse(isTimeZone('Mars/Olympus_Mons'));
  });
});

describe('formatting days', () => {
  it('writes a day and a range of days in each language', () => {
    assert.equal(formatDay('2025-10-17', 'en'), '17 October 2025');
    assert.equal(formatDay('2025-10-17', 'fr'), '17 octobre 2025');
    assert.equal(formatDay('2025-10-17', 'es'), '17 de octubre de 2025');
    // ICU versions differ on the (thin) spaces around the dash.
    assert.match(formatDayRange('2025-11-17', '2025-11-21', 'en'), /^17\s?–\s?21 November 2025$/);
    assert.match(formatDayRange('2014-05-27', '2014-06-03', 'en'), /^27 May\s–\s3 June 2014$/);
    assert.equal(formatDayRange('2025-03-01', '2025-03-01', 'en'), '1 March 2025');
    assert.match(formatDayRange('2025-11-17', '2025-11-21', 'fr'), /^17\s?–\s?21 novembre 2025$/);
  });
});
