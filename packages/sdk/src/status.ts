/**
 * Edition status, derived from a clock the caller passes in.
 * @module
 */
import {addDays, lastDayOfPeriod, localDate, type IsoDate} from './dates.js';
import type {Edition} from './schemas/edition.js';
import type {EditionStatus} from './schemas/vocabulary.js';

/**
 * The day applications close (inclusive): the edition's deadline, else the day before it
 * starts. Undefined when the edition takes no applications here or has no fixed dates and no
 * deadline.
 */
export function applicationDeadline(edition: Edition): IsoDate | undefined {
  if (!edition.applications) return undefined;
  if (edition.applications.deadline) return edition.applications.deadline;
  return edition.dates.kind === 'fixed' ? addDays(edition.dates.start, -1) : undefined;
}

/**
 * Where `edition` stands at `now`: an instant (converted to a day in the edition's time zone)
 * or a `YYYY-MM-DD` day already in that zone. Pure: it never reads the machine's clock.
 *
 * - `cancelled` when the edition is marked so;
 * - `completed` after its last day (or after the month or year it was announced for, when its
 *   dates were never confirmed);
 * - `in-progress` from its first to its last day;
 * - `open` while it takes applications (from `applications.opens`, or at once, to the
 *   deadline, or the day before it starts);
 * - `closed` after the deadline and before it starts;
 * - `upcoming` otherwise: announced, not taking applications (yet, or not through this system).
 */
export function statusOf(edition: Edition, now: Date | IsoDate): EditionStatus {
  if (edition.cancelled) return 'cancelled';
  const today = localDate(now, edition.timeZone);
  const {dates, applications} = edition;
  if (dates.kind === 'fixed') {
    if (today > dates.end) return 'completed';
    if (today >= dates.start) return 'in-progress';
  } else if (dates.kind === 'to-be-confirmed' && dates.period && today > lastDayOfPeriod(dates.period)) {
    return 'completed';
  }
  if (!applications) return 'upcoming';
  if (applications.opens && today < applications.opens) return 'upcoming';
  const deadline = applicationDeadline(edition);
  if (deadline && today > deadline) return 'closed';
  return 'open';
}
