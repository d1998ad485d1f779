/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings. Dates here are days in a venue's calendar,
 * not instants, so all arithmetic runs in UTC where no day is 23 or 25 hours long.
 * @module
 */

import {cached} from './intl-cache.js';

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists (no 31 April). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** The last day of a `YYYY-MM` month, or of a `YYYY` year. */
export function lastDayOfPeriod(period: string): IsoDate {
  if (/^\d{4}$/.test(period)) return `${period}-12-31`;
  const [y, m] = period.split('-').map(Number) as [number, number];
  return fromUtc(new Date(Date.UTC(y, m, 0)));
}

/** The first day of a `YYYY-MM` month, or of a `YYYY` year. */
export function firstDayOfPeriod(period: string): IsoDate {
  return /^\d{4}$/.test(period) ? `${period}-01-01` : `${period}-01`;
}

/** True when `zone` is an IANA time zone this JavaScript engine knows. */
export function isTimeZone(zone: string): boolean {
  try {
    cached(`zone:${zone}`, () => new Intl.DateTimeFormat('en', {timeZone: zone}));
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date at instant `now` in time zone `zone`. A `YYYY-MM-DD` string is already a
 * calendar date and is returned as it is, so callers can pass either.
 */
export function localDate(now: Date | IsoDate, zone: string): IsoDate {
  if (typeof now === 'string') return now;
  // en-CA formats as YYYY-MM-DD.
  const format = cached(`day-in:${zone}`, () => new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'}));
  const parts = format.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Formats a calendar day for people in `lang`: "17 November 2025", "17 novembre 2025",
 * "17 de noviembre de 2025". English uses the day-month order read worldwide.
 */
export function formatDay(date: IsoDate, lang = 'en'): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  const format = cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}));
  return format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * Formats a range of calendar days for people in `lang`, sharing what the two days share:
 * "17–21 November 2025", "27 May – 3 June 2014", "17–21 novembre 2025".
 */
export function formatDayRange(start: IsoDate, end: IsoDate, lang = 'en'): string {
  if (start === end) return formatDay(start, lang);
  const locale = lang === 'en' ? 'en-GB' : lang;
  const format = cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}));
  return format.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}
