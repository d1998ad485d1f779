/**
 * The server's clock: instants for timestamps and, per time zone, the day it is. A demo date
 * fixes the day everywhere, so the sample Diploma is open whatever the real date.
 * @module
 */
import {localDate} from '@metropolis-training/sdk';

/** The time as the server sees it. */
export interface Clock {
  /** The instant now (on the demo date, when one is set, at the real time of day). */
  now(): Date;
  /** Today in `timeZone` (IANA), `YYYY-MM-DD`; always the demo date when one is set. */
  today(timeZone: string): string;
  /** The demo date, when the server runs on one. */
  readonly demoDate: string | undefined;
}

/**
 * A clock reading `source` (the real clock, or a test's), fixed to `demoDate` when given.
 * Timestamps on a demo date keep the real time of day so records still sort in order.
 */
export function createClock(source: () => Date, demoDate?: string): Clock {
  if (demoDate === undefined) {
    return {now: source, today: (zone) => localDate(source(), zone), demoDate: undefined};
  }
  return {
    now: () => new Date(`${demoDate}T${source().toISOString().slice(11)}`),
    today: () => demoDate,
    demoDate,
  };
}
