/**
 * Courses: what is taught, to whom and how; independent of dates.
 * @module
 */
import {z} from '../zod.js';
import {Id, LocalizedText, SourceRef, textLine} from './common.js';
import {CareerStage, CourseFormat, Profile, Theme} from './vocabulary.js';

/** One lesson or module of a course. */
export const Lesson = z.strictObject({
  title: LocalizedText,
  description: z.optional(LocalizedText),
});
/** One lesson or module of a course. */
export type Lesson = z.infer<typeof Lesson>;

/** Who a course is for. */
export const Audience = z.strictObject({
  summary: z.optional(LocalizedText),
  careerStages: z.optional(z.array(CareerStage)),
  profiles: z.optional(z.array(Profile)),
  /** The ideal participant, one description per item. */
  idealParticipants: z.optional(z.array(LocalizedText)),
  /** Who else may apply. */
  openness: z.optional(LocalizedText),
});

/** What a participant must do to complete the course, and what they receive. */
export const Evaluation = z.strictObject({
  intro: z.optional(LocalizedText),
  requirements: z.array(LocalizedText),
  certification: LocalizedText,
});

/** A quotation from a past participant. */
export const Testimonial = z.strictObject({
  quote: LocalizedText,
  author: textLine(200),
  role: z.optional(LocalizedText),
});

/** A course: the content, audience and format, independent of any one run of it. */
export const Course = z.strictObject({
  id: Id,
  title: LocalizedText,
  /** One or two sentences for cards and search results. */
  summary: LocalizedText,
  /** Longer presentation, one paragraph per item. */
  description: z.optional(z.array(LocalizedText)),
  format: CourseFormat,
  themes: z.array(Theme),
  /** The provider that organizes it. */
  providerId: Id,
  /** Providers that deliver it jointly (e.g. an accrediting university). */
  partnerIds: z.optional(z.array(Id)),
  /** Organizations that support it without delivering it. */
  supporters: z.optional(z.array(LocalizedText)),
  /** Typical length of one session, for formats that have one (webinars). */
  sessionLength: z.optional(LocalizedText),
  objective: z.optional(LocalizedText),
  skills: z.optional(z.array(LocalizedText)),
  methodology: z.optional(z.strictObject({
    pillars: z.array(LocalizedText),
    approach: z.optional(LocalizedText),
  })),
  audience: z.optional(Audience),
  lessons: z.optional(z.array(Lesson)),
  evaluation: z.optional(Evaluation),
  included: z.optional(z.array(LocalizedText)),
  notIncluded: z.optional(z.array(LocalizedText)),
  /** Footnotes to what is (not) included, e.g. the hotel list. */
  inclusionNotes: z.optional(z.array(LocalizedText)),
  /** The steps from application to a guaranteed place. */
  registrationProcess: z.optional(z.array(LocalizedText)),
  testimonials: z.optional(z.array(Testimonial)),
  sources: z.array(SourceRef).check(z.minLength(1)),
});
/** A course. */
export type Course = z.infer<typeof Course>;
