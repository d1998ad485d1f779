/**
 * What a card or a page shows of an edition, in the reader's language: the SDK computes, this
 * module only words and formats.
 * @module
 */
import {applicationDeadline, formatDay, formatDayRange, formatMoney, localDate, pick, statusOf, type Course, type Edition, type EditionStatus, type LocalizedText, type Provider} from '@metropolis-training/sdk';
import type {CommonMessages} from '../localize/en/common.js';
import {languageFor} from '../localize/message-groups.js';
import type {IndexedCatalog} from './catalog-controller.js';

/** An edition ready to render. */
export interface EditionView {
  edition: Edition;
  course: Course;
  provider: Provider | undefined;
  title: string;
  summary: string;
  /** `en` when the title (or the summary) is the English fallback on a page in another language. */
  titleLang: 'en' | undefined;
  summaryLang: 'en' | undefined;
  status: EditionStatus;
  /** "17–21 November 2025", "October 2014, dates to be confirmed", … */
  dates: string;
  /** The venue's time zone in words, for online editions with fixed dates. */
  timeZone: string | undefined;
  /** "Barcelona, Spain", or "Online". */
  place: string;
  /** The last day to apply, formatted, while applications are or will be taken. */
  deadline: string | undefined;
  /** The list price ("€660.00"), "Free" or "Fee to be announced". */
  price: string;
  /** "Reduced fees from €0.00" when some participants pay less than the list price. */
  reducedFrom: string | undefined;
  /** Languages of instruction in words, if announced. */
  languages: string | undefined;
}

/**
 * `en` when `text` has nothing in `lang` and shows its English, for the `lang` attribute that
 * lets a screen reader pronounce it as English (WCAG 3.1.2); nothing on an English page.
 */
export function fallbackLanguage(text: LocalizedText, lang: string): 'en' | undefined {
  const ours = languageFor(lang);
  return ours === 'en' || Object.keys(text).some((key) => languageFor(key) === ours) ? undefined : 'en';
}

/** The day `now` stands for in the edition's time zone. */
export function todayIn(edition: Edition, now: Date | string): string {
  return localDate(now, edition.timeZone);
}

const formatters = new Map<string, unknown>();
/**
 * The `Intl` object `make` builds for `key`, built once: they are costly to create (a time zone's
 * name loads its data) and cheap to use, and every card asks for the same few. @internal
 */
export function intlOnce<T>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (made === undefined) formatters.set(key, (made = make()));
  return made;
}

/** Display names: one per locale and type. @internal */
export function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  return intlOnce(`names ${type} ${locale}`, () => new Intl.DisplayNames([locale], {type}));
}

/** A conjunction list ("English, French and Spanish"), one formatter per locale. @internal */
export function listOf(items: string[], locale: string): string {
  return intlSafe(() => intlOnce(`list ${locale}`, () => new Intl.ListFormat(locale, {type: 'conjunction'})).format(items), items.join(', '));
}

function intlSafe<T>(make: () => T, fallback: T): T {
  try {
    return make();
  } catch {
    return fallback;
  }
}

/** A country's name in `locale` ("Spain", "Espagne"). */
export function countryName(code: string, locale: string): string {
  return intlSafe(() => displayNames(locale, 'region').of(code) ?? code, code);
}

function period(value: string, locale: string): string {
  if (/^\d{4}$/.test(value)) return value;
  return intlSafe(() => intlOnce(`month ${locale}`, () => new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC'})).format(new Date(`${value}-01T00:00:00Z`)), value);
}

function zoneName(zone: string, day: string, locale: string): string {
  return intlSafe(() => {
    const parts = intlOnce(`zone ${zone} ${locale}`, () => new Intl.DateTimeFormat(locale, {timeZone: zone, timeZoneName: 'longGeneric'})).formatToParts(new Date(`${day}T12:00:00Z`));
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  }, zone);
}

/** Builds the view of `edition` at `now`, in `locale` with `messages`. */
export function editionView(data: IndexedCatalog, edition: Edition, now: Date | string, locale: string, messages: {common: CommonMessages}): EditionView {
  const m = messages.common;
  const course = data.courses.get(edition.courseId)!;
  const provider = data.providers.get(course.providerId);
  const today = todayIn(edition, now);
  const status = statusOf(edition, today);
  const {dates, location, fee} = edition;

  let datesText: string;
  if (dates.kind === 'fixed') datesText = formatDayRange(dates.start, dates.end, locale);
  else if (dates.kind === 'to-be-confirmed') datesText = dates.period ? m.datesToBeConfirmedIn(period(dates.period, locale)) : m.datesToBeConfirmed;
  else datesText = m.datesToBeAnnounced;

  let price = m.feeToBeAnnounced;
  let reducedFrom: string | undefined;
  if (fee.kind === 'free') price = m.free;
  else if (fee.kind === 'schedule') {
    const schedule = data.schedules.get(fee.scheduleId);
    if (schedule) {
      const range = data.priceRange(schedule, today);
      if (range.highest.amount === 0) price = m.free;
      else {
        // The list price leads: "from €0.00" alone reads as free, and most pay more.
        price = formatMoney(range.highest, locale);
        if (range.lowest.amount < range.highest.amount) reducedFrom = m.reducedFrom(formatMoney(range.lowest, locale));
      }
    }
  }

  const deadline = status === 'open' || status === 'upcoming' ? applicationDeadline(edition) : undefined;
  const languageNames = edition.languages.map((tag) => intlSafe(() => displayNames(locale, 'language').of(tag) ?? tag, tag));
  return {
    edition,
    course,
    provider,
    title: pick(course.title, locale),
    summary: pick(course.summary, locale),
    titleLang: fallbackLanguage(course.title, locale),
    summaryLang: fallbackLanguage(course.summary, locale),
    status,
    dates: datesText,
    timeZone: location.mode === 'online' && dates.kind === 'fixed' ? m.timeZone(zoneName(edition.timeZone, dates.start, locale)) : undefined,
    place: location.mode === 'online' ? m.online : `${pick(location.city, locale)}, ${countryName(location.country, locale)}`,
    deadline: deadline ? m.deadline(formatDay(deadline, locale)) : undefined,
    price,
    reducedFrom,
    languages: languageNames.length ? m.languagesOf(listOf(languageNames, locale)) : undefined,
  };
}
