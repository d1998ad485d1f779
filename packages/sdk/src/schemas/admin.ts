/**
 * Bodies of the admissions console's routes (`/v1/admin/…`) beyond the application list and
 * the status change: who is signed in, the per-edition counts, and the preview of an action.
 * @module
 */
import {z} from '../zod.js';
import {Id, IsoDate, Money} from './common.js';
import {ApplicationStatus} from './application.js';
import {UiLanguage} from './vocabulary.js';

/** `GET /v1/admin/me`: the admin the bearer token belongs to (401 for any other token). */
export const AdminIdentity = z.strictObject({
  /** The admin's name, as recorded in histories (`admin` for `ADMIN_TOKEN`). */
  name: z.string(),
});
/** The admin the bearer token belongs to. */
export type AdminIdentity = z.infer<typeof AdminIdentity>;

/** How many applications of an edition are in each status, every status present (0 when none). */
export const ApplicationStatusCounts = z.record(ApplicationStatus, z.int().check(z.minimum(0)));
/** How many applications of an edition are in each status. */
export type ApplicationStatusCounts = z.infer<typeof ApplicationStatusCounts>;

/** One edition of the catalog, seen by the admissions team: its applications counted by status. */
export const EditionAdmissions = z.strictObject({
  /** The edition's id. */
  editionId: Id,
  /** The course's title, in English. */
  courseTitle: z.string(),
  /** First day, `YYYY-MM-DD`, when the edition has fixed dates. */
  start: z.optional(IsoDate),
  /** Places, when the edition says. */
  capacity: z.optional(z.int().check(z.minimum(0))),
  /** Applications in each status (every status present, 0 when none). */
  counts: ApplicationStatusCounts,
  /** Income-based special-fee places: the quota of the fee schedule (absent when it has none) and the places held. */
  specialFee: z.strictObject({
    /** Most places the schedule gives per edition; absent when the schedule has no such rule or quota. */
    quota: z.optional(z.int().check(z.minimum(0))),
    /** Places held by applications now (given back on rejection, withdrawal, cancellation). */
    used: z.int().check(z.minimum(0)),
  }),
});
/** One edition with its applications counted by status. */
export type EditionAdmissions = z.infer<typeof EditionAdmissions>;

/** `GET /v1/admin/editions`: every catalog edition, by start date, latest first (editions without dates last). */
export const EditionAdmissionsList = z.strictObject({
  /** The editions. */
  items: z.array(EditionAdmissions),
});
/** Every catalog edition with its counts. */
export type EditionAdmissionsList = z.infer<typeof EditionAdmissionsList>;

/** The email an action would queue for the applicant. */
export const EmailPreview = z.strictObject({
  /** The applicant's address. */
  to: z.string(),
  /** The language of the mail: the application's. */
  lang: UiLanguage,
  /** Subject line. */
  subject: z.string(),
  /** Plain-text body, exactly as it would be queued. */
  text: z.string(),
});
/** The email an action would queue. */
export type EmailPreview = z.infer<typeof EmailPreview>;

/**
 * `POST /v1/admin/applications/{id}/preview` (body: a `StatusChange`): what the status change
 * would do, without doing it. Same 404 / 409 / 422 as the status route.
 */
export const ActionPreview = z.strictObject({
  /** The status now. */
  from: ApplicationStatus,
  /** The status after the change. */
  status: ApplicationStatus,
  /** For a cancellation: the refund the edition's policy gives on the cancellation day. */
  refund: z.optional(Money),
  /** For a cancellation: why that refund, in one sentence. */
  refundReason: z.optional(z.string()),
  /** For a cancellation: whether the policy accepts it on that day (a refused one is still recorded, refunding nothing). */
  cancellationAccepted: z.optional(z.boolean()),
  /** The email the change would queue; absent for steps that send none. */
  email: z.optional(EmailPreview),
});
/** What a status change would do. */
export type ActionPreview = z.infer<typeof ActionPreview>;
