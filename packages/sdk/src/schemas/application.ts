/**
 * Applications: what an applicant submits, and what the server keeps and answers.
 * @module
 */
import {z} from '../zod.js';
import {CountryCode, Id, Money, textBlock, textLine} from './common.js';
import {Quote} from './quote.js';
import {CareerStage, MembershipStatus, UiLanguage} from './vocabulary.js';
import {applicationLimits} from './limits.js';


const Name = textLine(applicationLimits.name);
const Email = z.string().check(z.trim(), z.maxLength(applicationLimits.email), z.email());
const Line = textLine(applicationLimits.line);

/** The person who applies. */
export const Applicant = z.strictObject({
  givenName: Name,
  familyName: Name,
  email: Email,
  phone: z.optional(z.string().check(z.trim(), z.maxLength(40), z.regex(/^[+0-9 ()./-]*$/, 'may hold only digits, spaces and + ( ) . / -'))),
  organization: Line,
  position: Line,
  city: Line,
  country: CountryCode,
  careerStage: CareerStage,
});
/** The person who applies. */
export type Applicant = z.infer<typeof Applicant>;

/** A colleague from the same organization who applies in the same group. */
export const GroupMember = z.strictObject({
  givenName: Name,
  familyName: Name,
  email: Email,
  position: z.optional(Line),
});
/** A colleague in the same group. */
export type GroupMember = z.infer<typeof GroupMember>;

/**
 * The membership the applicant claims. The server decides the rate from its member registry,
 * never from `claim`: it is kept so admissions can follow up a mismatch.
 */
export const MembershipClaim = z.strictObject({
  claim: z.enum(['member', 'non-member', 'not-sure']),
  /** The member organization's id in the registry (`GET /v1/members`). */
  memberId: z.optional(Id),
  /** The member organization's name, when the applicant could not pick it from the list. */
  memberName: z.optional(Line),
});

/** What an applicant submits. Unknown fields are refused. */
export const ApplicationInput = z.strictObject({
  editionId: Id,
  /** Language of the confirmation and later messages. */
  lang: UiLanguage,
  applicant: Applicant,
  membership: MembershipClaim,
  /** Colleagues applying together (the applicant is participant 1). */
  groupMembers: z.optional(z.array(GroupMember).check(z.maxLength(applicationLimits.groupMembers))),
  motivation: textBlock(applicationLimits.motivation),
  consent: z.strictObject({
    /** Agreement to the processing of the data for the application; must be true. */
    privacy: z.literal(true, 'must be accepted'),
    /** Optional agreement to receive news of later courses. */
    news: z.optional(z.boolean()),
  }),
  /** The total the applicant was shown; informational only, the server recomputes the price. */
  expectedTotal: z.optional(Money),
  /** Honeypot: a field people never see. Bots that fill it are answered but not stored. */
  website: z.optional(z.string().check(z.maxLength(500))),
});
/** What an applicant submits. */
export type ApplicationInput = z.input<typeof ApplicationInput>;

/** Where an application stands. */
export const ApplicationStatus = z.enum(['submitted', 'under-review', 'admitted', 'invoiced', 'paid', 'rejected', 'withdrawn', 'cancelled']);
/** Where an application stands. */
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

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
