/**
 * iCalendar (RFC 5545) files for "Add to calendar".
 * @module
 */
import type {Course} from '../schemas/course.js';
import type {Edition} from '../schemas/edition.js';
import {addDays} from '../dates.js';
import {pick} from '../text.js';

/** What {@link editionCalendar} needs. */
export interface EditionCalendarInput {
  course: Course;
  edition: Edition;
  /** Language of the summary and description. */
  lang?: string;
  /** When the file is made (`DTSTAMP`); pass the clock in so the output is reproducible. */
  stamp: Date;
  /** A page about the edition, written as the event's `URL`. */
  url?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * An iCalendar file with one all-day event for an edition with fixed dates, in the venue's
 * calendar days (`DTEND` is the day after the last day, as RFC 5545 wants for dates); undefined
 * when the dates are not fixed yet. Lines end with CRLF and are folded at 75 octets.
 */
export function editionCalendar({course, edition, lang = 'en', stamp, url}: EditionCalendarInput): string | undefined {
  if (edition.dates.kind !== 'fixed') return undefined;
  const {location} = edition;
  const place = location.mode === 'online' ? 'Online' : [location.venue && pick(location.venue, lang), pick(location.city, lang), regionName(location.country, lang)].filter(Boolean).join(', ');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Metropolis Training//Course calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // All-day dates carry no zone; this names the venue's for calendars that show it.
    `X-WR-TIMEZONE:${edition.timeZone}`,
    'BEGIN:VEVENT',
    `UID:${edition.id}@metropolis-training`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;VALUE=DATE:${compactDate(edition.dates.start)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(edition.dates.end, 1))}`,
    `SUMMARY:${text(pick(course.title, lang))}`,
    `DESCRIPTION:${text(pick(course.summary, lang))}`,
    `LOCATION:${text(place)}`,
    ...(url ? [`URL:${url}`] : []),
    `STATUS:${edition.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function regionName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], {type: 'region'}).of(code) ?? code;
  } catch {
    return code;
  }
}
