/**
 * Bodies of the HTTP API (`/v1`) that the reference server serves and the SDK client speaks.
 * @module
 */
import {z} from '../zod.js';
import {parseWith} from '../errors.js';
import {CountryCode, Id, IsoDate, Money, textBlock, textLine} from './common.js';
import {Application, ApplicationStatus, MembershipClaim} from './application.js';
import {Quote} from './quote.js';
import {IncomeGroup, MembershipStatus, UiLanguage} from './vocabulary.js';


/**
 * `POST /v1/quotes`: a price for an edition as of the server's clock. `membership` is the same
 * claim an application carries (`MembershipClaim`), and the server prices it exactly as it
 * prices the application: `memberId` is looked up in the registry (unknown: 422 naming
 * `membership.memberId`), else `memberName` must match a registry name, else the applicant pays
 * the non-member price (with a note when they claimed membership). Without `membership`, the
 * non-member price.
 */
export const QuoteApiRequest = z.strictObject({
  editionId: Id,
  country: CountryCode,
  membership: z.optional(MembershipClaim),
  participants: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
  category: z.optional(Id),
  lang: z.optional(UiLanguage),
});
/** `POST /v1/quotes` body. */
export type QuoteApiRequest = z.input<typeof QuoteApiRequest>;

/** A member organization as the public sees it (`GET /v1/members`): never its contribution status. */
export const Member = z.strictObject({
  id: Id,
  name: z.string(),
  city: z.string(),
  country: CountryCode,
});
/** A member organization as the public sees it. */
export type Member = z.infer<typeof Member>;

/** The longest `q` of `GET /v1/members?q=`, in characters. */
export const memberQueryMaxLength = 100;

/**
 * Query of `GET /v1/members`: `q` keeps the members whose name contains it, case and accents
 * aside (at most {@link memberQueryMaxLength} characters). Unknown parameters are refused.
 */
export const MemberListQuery = z.strictObject({
  q: z.optional(textLine(memberQueryMaxLength, 0)),
});
/** Query of `GET /v1/members`. */
export type MemberListQuery = z.infer<typeof MemberListQuery>;

/** `GET /v1/members`. */
export const MemberList = z.strictObject({
  items: z.array(Member),
});

/** A member organization in the registry (admin routes): with the last year its contributions are paid for. */
export const MemberRecord = z.strictObject({
  id: Id,
  name: textLine(200),
  city: textLine(100),
  country: CountryCode,
  /** Last year whose membership contributions are paid; absent when none are. */
  contributionsPaidThrough: z.optional(z.int().check(z.minimum(1900), z.maximum(2200))),
});
/** A member organization in the registry. */
export type MemberRecord = z.infer<typeof MemberRecord>;

/** `GET /v1/admin/members`: the whole registry, with contribution status. */
export const MemberRecordList = z.strictObject({
  items: z.array(MemberRecord),
});
/** The member registry as admins see it. */
export type MemberRecordList = z.infer<typeof MemberRecordList>;

/** `GET /v1/meta`: the server's clock, so pages can say which day prices and statuses are computed for. */
export const ServerMeta = z.strictObject({
  /** Set when the server runs on a fixed demo date (`DEMO_DATE`). */
  demoDate: z.optional(IsoDate),
  /** The server's today (the demo date when set). */
  today: IsoDate,
});
/** The server's clock. */
export type ServerMeta = z.infer<typeof ServerMeta>;

/** `201` answer to `POST /v1/applications`. */
export const ApplicationReceipt = z.strictObject({
  id: z.string(),
  /** Short reference for people, e.g. `MT-2025-0042`. */
  reference: z.string(),
  editionId: Id,
  status: ApplicationStatus,
  submittedAt: z.string(),
  /** Membership as the registry decided it. */
  membership: MembershipStatus,
  /** The price the server computed. */
  quote: Quote,
  /** Secret for `GET /v1/applications/{id}?token=…`; shown once, stored only as a hash. */
  token: z.string(),
});
/** `201` answer to `POST /v1/applications`. */
export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>;

/** `GET /v1/applications/{id}?token=…`: what an applicant may see of their own application. */
export const ApplicationView = z.strictObject({
  id: z.string(),
  reference: z.string(),
  editionId: Id,
  status: ApplicationStatus,
  submittedAt: z.string(),
  updatedAt: z.string(),
  membership: MembershipStatus,
  quote: Quote,
  refund: z.optional(Money),
});
/** What an applicant may see of their own application. */
export type ApplicationView = z.infer<typeof ApplicationView>;

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

/** `GET /v1/admin/applications`: a page of applications, newest first. */
export const ApplicationPage = z.strictObject({
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

/**
 * Validates a body of the HTTP API against one of the schemas of this module (`QuoteApiRequest`,
 * `StatusChange`, `MemberRecord`, …) and returns it parsed. Throws `ValidationError` whose
 * `issues` name each bad field (one per unknown key), with the same messages as every other
 * parse of the SDK, so a server and a client report problems alike.
 * @param schema The schema the body must match.
 * @param input The body, e.g. parsed JSON.
 * @param subject What is validated, for the error message, e.g. "Quote request".
 */
export function parseApiBody<S extends z.ZodMiniType>(schema: S, input: unknown, subject: string): z.output<S> {
  return parseWith(schema, input, subject);
}
