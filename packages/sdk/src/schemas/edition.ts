/**
 * Editions: one run of a course, with its dates, place, languages and fee.
 * @module
 */
import {z} from '../zod.js';
import {CountryCode, Id, IsoDate, IsoPeriod, LanguageTag, LocalizedText, SourceRef, TimeZone} from './common.js';

/** Dates of an edition: fixed, to be confirmed (perhaps with a month), or not yet announced. */
export const EditionDates = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fixed'),
    /** First day, in the venue's calendar. */
    start: IsoDate,
    /** Last day, inclusive. */
    end: IsoDate,
  }),
  z.strictObject({
    kind: z.literal('to-be-confirmed'),
    /** The month (`YYYY-MM`) or year (`YYYY`) announced, if any. */
    period: z.optional(IsoPeriod),
  }),
  z.strictObject({kind: z.literal('to-be-announced')}),
]);
/** Dates of an edition. */
export type EditionDates = z.infer<typeof EditionDates>;

const Place = {
  city: LocalizedText,
  country: CountryCode,
  venue: z.optional(LocalizedText),
};

/** Where an edition takes place. */
export const EditionLocation = z.discriminatedUnion('mode', [
  z.strictObject({mode: z.literal('in-person'), ...Place}),
  z.strictObject({mode: z.literal('hybrid'), ...Place}),
  z.strictObject({mode: z.literal('online')}),
]);
/** Where an edition takes place. */
export type EditionLocation = z.infer<typeof EditionLocation>;

/** How an edition is paid for: a fee schedule, free, or not yet announced. */
export const EditionFee = z.discriminatedUnion('kind', [
  z.strictObject({kind: z.literal('schedule'), scheduleId: Id}),
  z.strictObject({kind: z.literal('free')}),
  z.strictObject({kind: z.literal('to-be-announced')}),
]);
/** How an edition is paid for. */
export type EditionFee = z.infer<typeof EditionFee>;

/**
 * The application window. Present only for editions that take applications through this
 * system; applications open on `opens` (or at once) and close after `deadline` (or the day
 * before the start).
 */
export const ApplicationWindow = z.strictObject({
  opens: z.optional(IsoDate),
  deadline: z.optional(IsoDate),
});

/** One run of a course. */
export const Edition = z.strictObject({
  id: Id,
  courseId: Id,
  /** 1 for the first edition, 3 for the third, … */
  editionNumber: z.optional(z.int().check(z.minimum(1))),
  dates: EditionDates,
  /** IANA time zone of the venue (or of the organizer, online); all dates are days in it. */
  timeZone: TimeZone,
  location: EditionLocation,
  /** Languages of instruction; empty when not announced. */
  languages: z.array(LanguageTag),
  capacity: z.optional(z.int().check(z.minimum(1))),
  applications: z.optional(ApplicationWindow),
  fee: EditionFee,
  cancelled: z.optional(z.boolean()),
  /** Remarks shown with the edition, e.g. how an ambiguous date was read. */
  notes: z.optional(z.array(LocalizedText)),
  sources: z.array(SourceRef).check(z.minLength(1)),
}).check(
  z.superRefine((edition, ctx) => {
    const {dates, applications} = edition;
    if (dates.kind === 'fixed' && dates.end < dates.start) {
      ctx.addIssue({code: 'custom', path: ['dates', 'end'], message: 'must not be before dates.start', input: dates.end});
    }
    if (applications?.opens && applications.deadline && applications.deadline < applications.opens) {
      ctx.addIssue({code: 'custom', path: ['applications', 'deadline'], message: 'must not be before applications.opens', input: applications.deadline});
    }
    if (applications?.deadline && dates.kind === 'fixed' && applications.deadline > dates.end) {
      ctx.addIssue({code: 'custom', path: ['applications', 'deadline'], message: 'must not be after dates.end', input: applications.deadline});
    }
  }),
);
/** One run of a course. */
export type Edition = z.infer<typeof Edition>;
