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
