/**
 * schema.org structured data (JSON-LD) for search engines, which do not see text rendered
 * inside Shadow DOM.
 * @module
 */
import {minorUnitDigits} from '../money.js';
import type {Course} from '../schemas/course.js';
import type {Edition} from '../schemas/edition.js';
import type {FeeSchedule} from '../schemas/fee-schedule.js';
import type {Provider} from '../schemas/provider.js';
import {applicationDeadline, statusOf} from '../status.js';
import {pick} from '../text.js';

/** What {@link courseJsonLd} needs. */
export interface CourseJsonLdInput {
  course: Course;
  edition: Edition;
  provider: Provider | undefined;
  /** The edition's fee schedule, when its fee is a schedule. */
  schedule?: FeeSchedule | undefined;
  lang?: string;
  /** Today, for the offer's availability. */
  now: Date | string;
  /** The page about the edition. */
  url?: string;
}

/** A JSON-LD document: plain data, ready for `JSON.stringify`. */
export type JsonLd = Record<string, unknown>;

function decimal(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(amount) / 10 ** digits);
  const fraction = digits ? `.${String(Math.abs(amount) % 10 ** digits).padStart(digits, '0')}` : '';
  return `${sign}${whole}${fraction}`;
}

function offer(edition: Edition, schedule: FeeSchedule | undefined, now: Date | string, url: string | undefined): JsonLd | undefined {
  const status = statusOf(edition, now);
  const availability = status === 'open' ? 'https://schema.org/InStock' : status === 'upcoming' ? 'https://schema.org/PreOrder' : 'https://schema.org/SoldOut';
  const deadline = applicationDeadline(edition);
  const common = {'@type': 'Offer', availability, ...(deadline ? {validThrough: deadline} : {}), ...(url ? {url} : {})};
  if (edition.fee.kind === 'free') return {...common, price: '0', priceCurrency: 'EUR', category: 'Free'};
  if (edition.fee.kind === 'schedule' && schedule) {
    return {...common, price: decimal(schedule.listPrice, schedule.currency), priceCurrency: schedule.currency, category: 'Paid'};
  }
  return undefined;
}

/**
 * A schema.org `Course` for one edition: name, description, provider, the edition as a
 * `CourseInstance` (mode, dates, place), and an `Offer` with the list price and currency when
 * the fee is published. Free of HTML: every value is catalog text as data.
 */
export function courseJsonLd({course, edition, provider, schedule, lang = 'en', now, url}: CourseJsonLdInput): JsonLd {
  const {location, dates} = edition;
  const courseOffer = offer(edition, schedule, now, url);
  const place = location.mode === 'online'
    ? {'@type': 'VirtualLocation', ...(url ? {url} : {})}
    : {'@type': 'Place', name: location.venue ? pick(location.venue, lang) : pick(location.city, lang), address: {'@type': 'PostalAddress', addressLocality: pick(location.city, lang), addressCountry: location.country}};
  const instance: JsonLd = {
    '@type': 'CourseInstance',
    courseMode: location.mode === 'online' ? 'online' : location.mode === 'hybrid' ? 'blended' : 'onsite',
    location: place,
    ...(dates.kind === 'fixed' ? {startDate: dates.start, endDate: dates.end} : {}),
    ...(edition.languages.length ? {inLanguage: edition.languages} : {}),
    ...(edition.cancelled ? {eventStatus: 'https://schema.org/EventCancelled'} : {}),
    ...(courseOffer ? {offers: courseOffer} : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: pick(course.title, lang),
    description: pick(course.summary, lang),
    ...(url ? {url} : {}),
    inLanguage: lang,
    ...(provider ? {provider: {'@type': 'Organization', name: pick(provider.name, lang), ...(provider.city ? {address: {'@type': 'PostalAddress', addressLocality: pick(provider.city, lang), addressCountry: provider.country}} : {})}} : {}),
    ...(course.evaluation ? {educationalCredentialAwarded: pick(course.evaluation.certification, lang)} : {}),
    ...(courseOffer ? {offers: courseOffer} : {}),
    hasCourseInstance: [instance],
  };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped so catalog
 * text can never close the script element, whatever it contains.
 */
export function jsonLdText(document: JsonLd): string {
  return JSON.stringify(document).replace(/</g, '\\u003c');
}
