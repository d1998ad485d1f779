/**
 * Structured data in the host page's `<head>`, so search engines index courses that render in
 * Shadow DOM. One script per edition, shared by every element that shows it.
 * @module
 */
import {courseJsonLd, jsonLdText} from '@metropolis-training/sdk';
import type {IndexedCatalog} from './catalog-controller.js';

/**
 * Writes (or updates, e.g. after a language change) the JSON-LD of an edition into
 * `document.head`, once per edition id.
 */
export function publishJsonLd(data: IndexedCatalog, editionId: string, locale: string, now: Date | string, url?: string): void {
  const edition = data.editions.get(editionId);
  const course = edition && data.courses.get(edition.courseId);
  if (!edition || !course) return;
  const schedule = edition.fee.kind === 'schedule' ? data.schedules.get(edition.fee.scheduleId) : undefined;
  const text = jsonLdText(courseJsonLd({course, edition, provider: data.providers.get(course.providerId), schedule, lang: locale, now, ...(url ? {url} : {})}));
  let script = [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-metropolis-edition]')].find((s) => s.dataset['metropolisEdition'] === editionId);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['metropolisEdition'] = editionId;
    document.head.append(script);
  }
  // textContent: catalog text is data, never markup.
  if (script.textContent !== text) script.textContent = text;
}
