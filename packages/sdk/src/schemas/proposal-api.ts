/**
 * The admin API of activity proposals: list filters, a page, a status change.
 * @module
 */
import {z} from '../zod.js';
import {CountryCode, textBlock, textLine} from './common.js';
import {Proposal, ProposalFormat, ProposalStatus} from './proposal.js';
import {Theme} from './vocabulary.js';

/** `GET /v1/admin/proposals`: filters and paging (query parameters, so every value is a string). */
export const ProposalListQuery = z.strictObject({
  status: z.optional(ProposalStatus),
  format: z.optional(ProposalFormat),
  /** Proposals with this theme among theirs. */
  theme: z.optional(Theme),
  /** The proposer's country. */
  country: z.optional(CountryCode),
  /** Words searched in the proposer's name, email and organization, the title, and the reference. */
  q: z.optional(textLine(200, 0)),
  /** `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(z.maxLength(500))),
  /** Page size, 1 to 200 (default 50). */
  limit: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|1\d\d|200)$/, 'must be a whole number from 1 to 200'))),
});
/** Filters and paging of the admin proposal list. */
export type ProposalListQuery = z.infer<typeof ProposalListQuery>;

/**
 * `GET /v1/admin/proposals`: a page of proposals, newest first. (Typed by hand so declarations
 * name `Proposal` instead of repeating its whole shape.)
 */
export const ProposalPage: z.ZodMiniObject<{items: z.ZodMiniArray<typeof Proposal>; total: z.ZodMiniInt; nextCursor: z.ZodMiniOptional<z.ZodMiniString<string>>}, z.core.$strict> = z.strictObject({
  items: z.array(Proposal),
  total: z.int(),
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor: z.optional(z.string()),
});
/** A page of proposals. */
export type ProposalPage = z.infer<typeof ProposalPage>;

/** `POST /v1/admin/proposals/{id}/status`: move a proposal along `proposalTransitions`. */
export const ProposalStatusChange = z.strictObject({
  status: z.enum(['under-review', 'accepted', 'declined']),
  /** Sent to the proposer with the news, and kept in the history. */
  note: z.optional(textBlock(2000, 0)),
  /** Ignored since admins have named tokens: the history names the admin whose token made the request. Kept so older clients are not refused. */
  by: z.optional(textLine(100)),
});
/** A proposal status change. */
export type ProposalStatusChange = z.input<typeof ProposalStatusChange>;
