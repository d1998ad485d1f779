/**
 * "Add to calendar": an iCalendar file downloaded from memory, no server involved.
 * @module
 */
import {editionCalendar, type Course, type Edition} from '@metropolis-training/sdk';

/** Offers the edition's `.ics` file for download; false when its dates are not fixed. */
export function downloadCalendar(course: Course, edition: Edition, locale: string, url?: string): boolean {
  const ics = editionCalendar({course, edition, lang: locale, stamp: new Date(), ...(url ? {url} : {})});
  if (!ics) return false;
  const href = URL.createObjectURL(new Blob([ics], {type: 'text/calendar;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = href;
  link.download = `${edition.id}.ics`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return true;
}
