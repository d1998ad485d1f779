/**
 * Activity proposals: a member or partner offers the Metropolis community a learning activity
 * (a webinar, an online course, an in-person programme or a Learning Hub); the Secretariat
 * reviews it, and an accepted one is scheduled as a draft course and edition of the catalog.
 * @module
 */
import {z} from '../zod.js';
import {MembershipClaim} from './application.js';
import {CountryCode, Id, IsoPeriod, LanguageTag, textBlock, textLine} from './common.js';
import {proposalLimits} from './limits.js';
import {CareerStage, Profile, Theme, UiLanguage} from './vocabulary.js';

const Name = textLine(proposalLimits.name);
const Email = z.string().check(z.trim(), z.maxLength(proposalLimits.email), z.email());
const Line = textLine(proposalLimits.line);
const OptionalLine = z.optional(Line);

/** The forms an activity can take (the seed's list; an in-person programme is a workshop in the catalog). */
export const ProposalFormat = z.enum(['webinar', 'online-course', 'in-person', 'learning-hub']);
/** The form a proposed activity takes. */
export type ProposalFormat = z.infer<typeof ProposalFormat>;

/** Who proposes, and for which organization. */
export const Proposer = z.strictObject({
  givenName: Name,
  familyName: Name,
  email: Email,
  organization: Line,
  position: Line,
  city: Line,
  country: CountryCode,
  /** Whether the organization is a Metropolis member (from the registry, or by name). */
  membership: MembershipClaim,
});
/** Who proposes. */
export type Proposer = z.infer<typeof Proposer>;

/** A speaker or expert who would lead the activity (a webinar needs at least one). */
export const Speaker = z.strictObject({
  name: Name,
  organization: OptionalLine,
  role: OptionalLine,
});
/** A speaker or expert. */
export type Speaker = z.infer<typeof Speaker>;

/** A partner or co-organizer of the activity. */
export const ProposalPartner = z.strictObject({
  name: Line,
  role: z.enum(['co-organizer', 'partner']),
});
/** A partner or co-organizer. */
export type ProposalPartner = z.infer<typeof ProposalPartner>;

/** How long the activity lasts, e.g. 2 hours or 3 days. */
export const ProposalDuration = z.strictObject({
  value: z.int().check(z.minimum(1), z.maximum(proposalLimits.durationValue)),
  unit: z.enum(['hours', 'days', 'weeks', 'months']),
});

/** The activity itself. */
export const ProposedActivity = z.strictObject({
  title: Line,
  format: ProposalFormat,
  /** From the catalog's vocabulary, so an accepted activity files under the course list's filters. */
  themes: z.array(Theme).check(z.minLength(1), z.maxLength(proposalLimits.themes)),
  summary: textBlock(proposalLimits.summary),
  objectives: textBlock(proposalLimits.objectives),
  /** Technical teams, elected representatives, or both. */
  audience: z.array(Profile).check(z.minLength(1), z.maxLength(2)),
  careerStages: z.array(CareerStage).check(z.minLength(1), z.maxLength(3)),
  /** Languages the activity would be given in, e.g. `en`, `es`. */
  languages: z.array(LanguageTag).check(z.minLength(1), z.maxLength(proposalLimits.languages)),
  /** When it could take place: from a month (or year) to another. */
  period: z.strictObject({start: IsoPeriod, end: z.optional(IsoPeriod)}),
  duration: ProposalDuration,
  expectedParticipants: z.int().check(z.minimum(1), z.maximum(proposalLimits.expectedParticipants)),
  /** Who would lead it; a webinar needs at least one. */
  speakers: z.optional(z.array(Speaker).check(z.maxLength(proposalLimits.speakers))),
});
/** The proposed activity. */
export type ProposedActivity = z.infer<typeof ProposedActivity>;

/** What the proposer brings. */
export const ProposalOffer = z.strictObject({
  experts: z.boolean(),
  venue: z.boolean(),
  funding: z.boolean(),
  materials: z.boolean(),
  details: z.optional(textBlock(proposalLimits.offerDetails)),
});

/** What only a Learning Hub proposal gives: a three-year partnership on a priority theme. */
export const LearningHubPlan = z.strictObject({
  priorityTheme: Theme,
  /** The region the hub serves, or "international". */
  region: Line,
  scope: z.enum(['regional', 'international']),
  partnerInstitutions: z.array(Line).check(z.minLength(1), z.maxLength(proposalLimits.partnerInstitutions)),
  /** What each of the three years would hold (curriculum, research, events). */
  outline: z.strictObject({
    year1: textBlock(proposalLimits.outlineYear),
    year2: textBlock(proposalLimits.outlineYear),
    year3: textBlock(proposalLimits.outlineYear),
  }),
});
/** A Learning Hub's plan. */
export type LearningHubPlan = z.infer<typeof LearningHubPlan>;

/** What a proposer submits (`POST /v1/proposals`). Unknown fields are refused. */
export const ProposalInput = z.strictObject({
  /** Language of the confirmation and later messages. */
  lang: UiLanguage,
  proposer: Proposer,
  activity: ProposedActivity,
  partners: z.optional(z.array(ProposalPartner).check(z.maxLength(proposalLimits.partners))),
  offer: ProposalOffer,
  /** Required for a Learning Hub, refused for any other format. */
  learningHub: z.optional(LearningHubPlan),
  consent: z.strictObject({
    /** Agreement to the processing of the data for the proposal; must be true. */
    privacy: z.literal(true, 'must be accepted'),
    /** Optional agreement to receive news of the Metropolis training offer. */
    news: z.optional(z.boolean()),
  }),
  /** Honeypot: a field people never see. Bots that fill it are answered but not stored. */
  website: z.optional(z.string().check(z.maxLength(500))),
}).check(
  z.superRefine((proposal, ctx) => {
    const {activity, learningHub} = proposal;
    if (activity.format === 'learning-hub' && !learningHub) {
      ctx.addIssue({code: 'custom', path: ['learningHub'], message: 'is required for a Learning Hub', input: learningHub});
    }
    if (activity.format !== 'learning-hub' && learningHub) {
      ctx.addIssue({code: 'custom', path: ['learningHub'], message: 'is only for a Learning Hub proposal', input: learningHub});
    }
    if (activity.format === 'webinar' && !activity.speakers?.length) {
      ctx.addIssue({code: 'custom', path: ['activity', 'speakers'], message: 'must name at least one speaker for a webinar', input: activity.speakers});
    }
    if (activity.period.end && activity.period.end < activity.period.start) {
      ctx.addIssue({code: 'custom', path: ['activity', 'period', 'end'], message: 'must not be before activity.period.start', input: activity.period.end});
    }
  }),
);
/** What a proposer submits. */
export type ProposalInput = z.input<typeof ProposalInput>;

/** Where a proposal stands: received, then under review, then accepted or declined. */
export const ProposalStatus = z.enum(['received', 'under-review', 'accepted', 'declined']);
/** Where a proposal stands. */
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** The moves the Secretariat may make, from each status. */
export const proposalTransitions: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  received: ['under-review', 'declined'],
  'under-review': ['accepted', 'declined'],
  accepted: [],
  declined: [],
};

/** `POST /v1/proposals`: what the proposer gets back. */
export const ProposalReceipt = z.strictObject({
  id: z.string(),
  /** Short reference for people, e.g. `MP-2026-0007`. */
  reference: z.string(),
  status: ProposalStatus,
  receivedAt: z.string(),
});
/** What the proposer gets back. */
export type ProposalReceipt = z.infer<typeof ProposalReceipt>;

/** A proposal as the server keeps it (admin routes). */
export const Proposal = z.strictObject({
  id: z.string().check(z.uuid()),
  reference: z.string(),
  status: ProposalStatus,
  receivedAt: z.string().check(z.iso.datetime({offset: true})),
  updatedAt: z.string().check(z.iso.datetime({offset: true})),
  lang: UiLanguage,
  proposer: Proposer,
  activity: ProposedActivity,
  partners: z.array(ProposalPartner),
  offer: ProposalOffer,
  learningHub: z.optional(LearningHubPlan),
  consent: z.strictObject({privacy: z.literal(true), news: z.optional(z.boolean())}),
  /** Once accepted and scheduled: the draft course and edition made from it. */
  scheduled: z.optional(z.strictObject({courseId: Id, editionId: Id, published: z.boolean()})),
  /** Every status the proposal went through, oldest first; `by` names the admin. */
  history: z.array(z.strictObject({
    status: ProposalStatus,
    at: z.string().check(z.iso.datetime({offset: true})),
    note: z.optional(z.string()),
    by: z.optional(z.string()),
  })),
});
/** A proposal as the server keeps it. */
export type Proposal = z.infer<typeof Proposal>;
