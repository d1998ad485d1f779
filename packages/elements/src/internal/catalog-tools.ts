/**
 * Everything that needs zod: validating a catalog and pricing from its schedules. It loads once
 * per page, in parallel with the catalog's download, so the elements render their loading state
 * without waiting for it.
 * @module
 */
import {parseCatalog, priceRangeOfParsed, readCatalog, type Catalog, type Download, type FeeSchedule, type PriceRange} from '@metropolis-training/sdk';

const ranges = new WeakMap<FeeSchedule, Map<string, PriceRange>>();

/**
 * The price range of one of a validated catalog's schedules on `date`, computed once: every card
 * of an edition with that schedule shows it, and the schedule was validated with the catalog.
 */
export function priceRange(schedule: FeeSchedule, date: string): PriceRange {
  let byDate = ranges.get(schedule);
  if (!byDate) ranges.set(schedule, (byDate = new Map()));
  let range = byDate.get(date);
  if (!range) byDate.set(date, (range = priceRangeOfParsed(schedule, date)));
  return range;
}

/** The validated catalog of a download (`api` or `catalog` sources). */
export function catalogFromDownload(download: Download): Catalog {
  return readCatalog(download);
}

/** The validated catalog of inline JSON. */
export function catalogFromJson(text: string): Catalog {
  return parseCatalog(JSON.parse(text));
}

// Code that needs a catalog first loads from here rather than from the entry: the bundler then
// knows this file's code is already on the page, and keeps what they share in this one chunk
// instead of splitting it into small files that a page requests one after another.

/**
 * Apply's dialog and the application form (there is a card or a course page, so a catalog),
 * with the form's validation code, which it would otherwise request only once it connects.
 */
export const loadApplicationDialog = () => Promise.all([import('./application-dialog.js'), import('./application-tools.js')]).then(([dialog]) => dialog);

/**
 * The application form's definition, for the all-in-one bundle's on-demand
 * `<metropolis-application-form>` (which requests the form's chunks and its validation code
 * alongside, with `fetchAlongside`).
 */
export const defineApplicationForm = () => import('../define/application-form.js');
