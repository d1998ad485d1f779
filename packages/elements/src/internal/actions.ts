/**
 * The Apply and "Add to calendar" actions both elements offer.
 * @module
 */
import type {Course, Edition} from '@metropolis-training/sdk';
import {loadCatalogTools} from './catalog-controller.js';

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

/** An element that offers Apply: its data source is the form's. */
export interface ApplicationHost extends HTMLElement {
  /** Base URL of a Metropolis Training API server. */
  api?: string | undefined;
  /** URL of a static catalog JSON file. */
  catalog?: string | undefined;
  /** Today's date as `YYYY-MM-DD` (previews, tests, demos). */
  now?: string | undefined;
}

/** The edition applied for, and its title as the element shows it (the dialog's name). */
export interface ApplicationTarget {
  /** The edition's id. */
  id: string;
  /** Its title in the page's language. */
  title: string;
}

/**
 * Opens the application form of `edition` in a modal dialog on this page, with `host`'s `api`,
 * `catalog` (or inline catalog), `now` and language; Escape or Close returns focus to `opener`.
 * The dialog and the form load on first use, so a list page pays for them only when a visitor
 * applies.
 */
export async function openApplication(host: ApplicationHost, edition: ApplicationTarget, opener: HTMLElement): Promise<void> {
  try {
    const {showApplication} = await (await loadCatalogTools()).loadApplicationDialog();
    await showApplication(host, edition, opener);
  } catch (error) {
    console.error('Metropolis Training: the application form could not be loaded.', error);
  }
}
