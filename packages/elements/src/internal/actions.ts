/**
 * The Apply and "Add to calendar" actions both elements offer.
 * @module
 */
import type {Course, Edition} from '@metropolis-training/sdk';

/** The application page's URL for an edition: `apply-href` with `?edition=<id>`. */
export function applyUrl(applyHref: string, editionId: string): string {
  const url = new URL(applyHref, document.baseURI);
  url.searchParams.set('edition', editionId);
  return url.href;
}

/** Offers the edition's iCalendar file; the writer loads on first use. */
export async function addToCalendar(course: Course, edition: Edition, locale: string): Promise<void> {
  const {downloadCalendar} = await import('./calendar.js');
  downloadCalendar(course, edition, locale);
}
