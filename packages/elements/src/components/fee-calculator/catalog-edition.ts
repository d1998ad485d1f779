/**
 * What a fee calculator reading a catalog (`api`, `catalog`, an inline catalog) adds to one
 * priced from a schedule alone: the catalog's loading, the choice of the edition priced, and the
 * edition's Apply action. Loaded with the catalog, so a partner page with an inline schedule
 * never downloads it.
 * @module
 */
import {formatDay, pick, statusOf, type Edition, type FeeSchedule} from '@metropolis-training/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {ApplyEvent} from '../../events/apply-event.js';
import {applyUrl, openApplication} from '../../internal/actions.js';
import {clockOf, safeUrl} from '../../internal/attributes.js';
import type {IndexedCatalog} from '../../internal/catalog-controller.js';

export {CatalogController} from '../../internal/catalog-controller.js';

/** The edition priced, with its schedule and title, and the choice of editions when none is fixed. */
export type PricedEdition =
  | {status: 'no-editions'}
  | {status: 'unknown-edition'; id: string}
  | {status: 'ready'; schedule: FeeSchedule; edition: Edition; title: string; editions?: {id: string; label: string}[]};

/**
 * The edition `fixed` (the `edition` attribute) or else `chosen` in the list, or else the first
 * edition that has a fee schedule; without `fixed`, every such edition as a choice, labelled in
 * `locale` with its start day.
 */
export function pricedEdition(data: IndexedCatalog, locale: string, fixed: string | undefined, chosen: string | undefined): PricedEdition {
  const titleOf = (edition: Edition) => {
    const course = data.courses.get(edition.courseId);
    return course ? pick(course.title, locale) : edition.id;
  };
  const priced = data.catalog.editions.filter((e) => e.fee.kind === 'schedule' && data.schedules.has(e.fee.scheduleId));
  const id = fixed || chosen || priced[0]?.id;
  if (!id) return {status: 'no-editions'};
  const edition = priced.find((e) => e.id === id);
  if (!edition || edition.fee.kind !== 'schedule') return {status: 'unknown-edition', id};
  const schedule = data.schedules.get(edition.fee.scheduleId)!;
  const editions = fixed ? undefined : priced.map((e) => ({id: e.id, label: `${titleOf(e)}${e.dates.kind === 'fixed' ? ` (${formatDay(e.dates.start, locale)})` : ''}`}));
  return {status: 'ready', schedule, edition, title: titleOf(edition), ...(editions ? {editions} : {})};
}

/** The words of the Apply action. */
export interface ApplyWords {
  apply: string;
  applyFor: (title: string) => string;
}

/**
 * Apply, while the edition takes applications: a link to `applyHref` (with `?edition=<id>`),
 * or a button that fires `metropolis-apply` on `host` and, unless the page cancels it, opens
 * the application form in a dialog.
 */
export function applyAction(host: HTMLElement, edition: Edition, title: string, now: string | undefined, applyHref: string | undefined, words: ApplyWords): TemplateResult | typeof nothing {
  if (statusOf(edition, clockOf(now)) !== 'open') return nothing;
  const href = safeUrl('apply-href', applyHref);
  const onApply = (event: Event) => {
    const opener = event.currentTarget as HTMLElement;
    if (host.dispatchEvent(new ApplyEvent(edition.id, edition.courseId))) void openApplication(host, {id: edition.id, title}, opener);
  };
  return html`<div class="actions">${href
    ? html`<a part="apply" class="button" href=${applyUrl(href, edition.id)} aria-label=${words.applyFor(title)}>${words.apply}</a>`
    : html`<button part="apply" type="button" aria-label=${words.applyFor(title)} @click=${onApply}>${words.apply}</button>`}</div>`;
}
