/**
 * The admissions team's side of applications (`/v1/admin/…`): the application as the server
 * keeps it (history, invoice), the lifecycle's moves, the list's filters and pages, the status
 * change and its preview, who is signed in, and the per-edition counts. A module of its own so
 * browser bundles of the public elements, which never read these, leave them out.
 * @module
 */
import {z} from '../zod.js';
import {CountryCode, Id, IsoDate, Money, textBlock, textLine} from './common.js';
import {Applicant, ApplicationStatus, GroupMember, MembershipClaim} from './application.js';
import {Quote} from './quote.js';
import {IncomeGroup, MembershipStatus, UiLanguage} from './vocabulary.js';

/**
 * The moves the admissions team may make, from each status. Before admission an applicant
 * withdraws; from admission on, leaving is a cancellation, priced by the refund policy.
 * Rejected, withdrawn and cancelled are final. The server enforces exactly this table; the
 * console offers exactly these actions.
 */
export const applicationTransitions: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  submitted: ['under-review', 'rejected', 'withdrawn'],
  'under-review': ['admitted', 'rejected', 'withdrawn'],
  admitted: ['invoiced', 'cancelled'],
  invoiced: ['paid', 'cancelled'],
  paid: ['cancelled'],
  rejected: [],
  withdrawn: [],
  cancelled: [],
};

/** One step of an application's history: the status it reached, when, who moved it, from where. */
export const ApplicationHistoryEntry = z.strictObject({
  /** The status reached. */
  status: ApplicationStatus,
  /** When, as an ISO 8601 instant. */
  at: z.string().check(z.iso.datetime({offset: true})),
  /** The admin's note, and the server's explanation (e.g. the refund's reason), one per line. */
  note: z.optional(z.string()),
  /** The name of the admin who made the change; absent on the submission and on records older than named admins. */
  by: z.optional(z.string()),
  /** The status before the change; absent on the submission and on older records. */
  from: z.optional(ApplicationStatus),
});
/** One step of an application's history. */
export type ApplicationHistoryEntry = z.infer<typeof ApplicationHistoryEntry>;

/** The invoice of an application, once invoiced. */
export const InvoiceSummary = z.strictObject({
  /** Number, sequential per calendar year of issue, e.g. `2026-0001`. */
  number: z.string(),
  /** Day of issue, `YYYY-MM-DD`. */
  issuedOn: z.string(),
  /**
   * Path of the printable invoice, relative to the server origin, e.g.
   * `/v1/invoices/<id>?key=<secret>` (a capability URL: whoever has it can read the invoice).
   */
  url: z.string(),
});
/** The invoice of an application. */
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

/** An application as the server keeps it. */
export const Application = z.strictObject({
  id: z.string().check(z.uuid()),
  /** Short reference for people, e.g. `MT-2025-0042`. */
  reference: z.string(),
  editionId: Id,
  status: ApplicationStatus,
  submittedAt: z.string().check(z.iso.datetime({offset: true})),
  updatedAt: z.string().check(z.iso.datetime({offset: true})),
  lang: UiLanguage,
  applicant: Applicant,
  groupMembers: z.array(GroupMember),
  membershipClaim: MembershipClaim,
  /** Membership as the server's registry decided it. */
  membership: MembershipStatus,
  motivation: z.string(),
  consent: z.strictObject({privacy: z.literal(true), news: z.optional(z.boolean())}),
  /** The price as the server computed it. */
  quote: Quote,
  /** Amount received, once paid. */
  paid: z.optional(Money),
  /** Refund granted on cancellation, if any. */
  refund: z.optional(Money),
  /** Every status the application went through, oldest first (see {@link ApplicationHistoryEntry}). */
  history: z.array(ApplicationHistoryEntry),
  /** The invoice, once the application is invoiced (see {@link InvoiceSummary}). */
  invoice: z.optional(InvoiceSummary),
});
/** An application as the server keeps it. */
export type Application = z.infer<typeof Application>;

/**
 * Query of `GET /v1/admin/applications` and `GET /v1/admin/applications.csv` (all optional; query
 * strings are text, so `limit` is digits). Unknown parameters are refused.
 */
export const ApplicationListQuery = z.strictObject({
  editionId: z.optional(Id),
  status: z.optional(ApplicationStatus),
  /** Words searched in the applicant's name, email and organization, and the reference. */
  q: z.optional(textLine(200, 0)),
  /** The applicant's country, ISO 3166-1 alpha-2. */
  country: z.optional(CountryCode),
  /** The World Bank income group of the applicant's country, as the quote used it. */
  incomeGroup: z.optional(IncomeGroup),
  /** Membership as the registry decided it. */
  membership: z.optional(MembershipStatus),
  /** `true`: holds a special-fee place; `false`: holds none. */
  specialFee: z.optional(z.enum(['true', 'false'])),
  /** `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(z.maxLength(500))),
  /** Page size, 1 to 200 (default 50). */
  limit: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|1\d\d|200)$/, 'must be a whole number from 1 to 200'))),
});
/** Filters and paging of the admin application list. */
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;

/**
 * `GET /v1/admin/applications`: a page of applications, newest first. (Typed by hand so
 * declarations name `Application` instead of repeating its whole shape.)
 */
export const ApplicationPage: z.ZodMiniObject<{items: z.ZodMiniArray<typeof Application>; total: z.ZodMiniInt; nextCursor: z.ZodMiniOptional<z.ZodMiniString<string>>}, z.core.$strict> = z.strictObject({
  items: z.array(Application),
  total: z.int(),
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor: z.optional(z.string()),
});
/** A page of applications. */
export type ApplicationPage = z.infer<typeof ApplicationPage>;

/** `POST /v1/admin/applications/{id}/status`: move an application along its lifecycle. */
export const StatusChange = z.strictObject({
  status: z.enum(['under-review', 'admitted', 'rejected', 'invoiced', 'paid', 'withdrawn', 'cancelled']),
  /** For `paid`: the amount received (defaults to the quoted total). */
  paid: z.optional(Money),
  /** For `cancelled`: the day the written cancellation was received (defaults to today, in the edition's time zone). */
  cancelledOn: z.optional(z.string()),
  note: z.optional(textBlock(2000, 0)),
});
/** A status change. */
export type StatusChange = z.input<typeof StatusChange>;


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
