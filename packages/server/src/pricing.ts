/**
 * Pricing on the server: which edition and schedule, which membership (from the registry),
 * how many special-fee places are left — then the SDK's `quote()`, the same function the
 * pages use.
 * @module
 */
import {quote, statusOf, type ApplicationInput, type Edition, type FeeSchedule, type MemberRecord, type MembershipStatus, type Quote, type QuoteRequest, type UiLanguage} from '@metropolis-training/sdk';
import type {Clock} from './clock.js';
import type {CatalogIndex} from './context.js';
import type {Queryable} from './db/index.js';
import {findMemberByName, getMember, membershipStatus, requiredContributionsYear} from './members.js';
import {invalidField} from './problem.js';

/** An edition that can be priced, with its schedule (a zero schedule for free editions). */
export interface PricedEdition {
  edition: Edition;
  schedule: FeeSchedule;
}

/**
 * The schedule of free editions: nothing to pay, no rules. EUR, the association's currency,
 * so a free edition's quote reads €0.00.
 */
export function freeSchedule(edition: Edition): FeeSchedule {
  return {
    id: `${edition.id}-free`,
    currency: 'EUR',
    listPrice: 0,
    incomeClassification: 'FY2025',
    rules: [],
    refundPolicy: {tiers: [], afterLastTier: 'no-refund'},
  };
}

/**
 * The edition `editionId` and its schedule; 422 naming `editionId` when the edition is unknown
 * or its fee is not announced yet (it cannot be priced).
 */
export function pricedEdition(catalog: CatalogIndex, editionId: string): PricedEdition {
  const edition = catalog.edition(editionId);
  if (!edition) throw invalidField('unknown-edition', 'Unknown edition', 'editionId', 'names no edition of the catalog');
  if (edition.fee.kind === 'free') return {edition, schedule: freeSchedule(edition)};
  const schedule = edition.fee.kind === 'schedule' ? catalog.schedule(edition.fee.scheduleId) : undefined;
  if (!schedule) throw invalidField('fee-not-announced', 'The fee of this edition is not announced yet', 'editionId', 'names an edition whose fee is not announced yet, so it cannot be priced or applied for');
  return {edition, schedule};
}

/** 422 naming `editionId` unless the edition takes applications today (in its time zone). */
export function requireOpen(edition: Edition, clock: Clock): void {
  const status = statusOf(edition, clock.today(edition.timeZone));
  if (status !== 'open') {
    throw invalidField('edition-not-open', 'This edition is not taking applications', 'editionId', `names an edition that is not taking applications (it is ${status})`);
  }
}

/** Membership as the registry decides it, and the member it found. */
export interface MembershipDecision {
  status: MembershipStatus;
  member: MemberRecord | undefined;
}

/**
 * Decides membership from the registry: `memberId` names a member (unknown: 422 naming
 * `memberIdPath`); else `memberName` must match a registry name (case and accents aside);
 * else the applicant is not a member, whatever they claim.
 */
export async function decideMembership(db: Queryable, claim: {memberId?: string | undefined; memberName?: string | undefined}, schedule: FeeSchedule, date: string, memberIdPath: string): Promise<MembershipDecision> {
  let member: MemberRecord | undefined;
  if (claim.memberId !== undefined) {
    member = await getMember(db, claim.memberId);
    if (!member) throw invalidField('unknown-member', 'Unknown member', memberIdPath, 'names no member of the registry (see GET /v1/members)');
  } else if (claim.memberName !== undefined) {
    member = await findMemberByName(db, claim.memberName);
  }
  return {status: membershipStatus(member, requiredContributionsYear(schedule, date)), member};
}

/** The special-fee quota of a schedule, if it has one. */
function specialFeeQuota(schedule: FeeSchedule): number | undefined {
  const rule = schedule.rules.find((r) => r.kind === 'income-level');
  return rule?.kind === 'income-level' ? rule.quota : undefined;
}

/** Special-fee places left for an edition, read without locking (for display). */
export async function placesLeft(db: Queryable, edition: Edition, schedule: FeeSchedule): Promise<number | undefined> {
  const quota = specialFeeQuota(schedule);
  if (quota === undefined) return undefined;
  const [row] = await db.query<{used: number}>('SELECT used FROM special_fee_places WHERE edition_id = $1', [edition.id]);
  return Math.max(0, quota - (row?.used ?? 0));
}

/**
 * Takes, inside the caller's transaction, the special-fee places the quote grants, and prices
 * with what is left. Only requests that qualify for the special fee lock the edition's counter
 * row (`SELECT … FOR UPDATE`), so other submissions never wait on it; the lock is held until
 * the caller's transaction ends, so concurrent submissions never take more places than the quota.
 */
async function priceAndAllocate(tx: Queryable, {edition, schedule}: PricedEdition, request: QuoteRequest): Promise<Quote> {
  const quota = specialFeeQuota(schedule);
  // Assuming every place is free tells whether this request qualifies at all.
  const optimistic = quote(schedule, request);
  if (quota === undefined || optimistic.specialFeePlaces === 0) return optimistic;
  await tx.query('INSERT INTO special_fee_places (edition_id) VALUES ($1) ON CONFLICT (edition_id) DO NOTHING', [edition.id]);
  const [row] = await tx.query<{used: number}>('SELECT used FROM special_fee_places WHERE edition_id = $1 FOR UPDATE', [edition.id]);
  const left = Math.max(0, quota - (row?.used ?? 0));
  const priced = quote(schedule, {...request, specialFeePlacesLeft: left});
  if (priced.specialFeePlaces > 0) {
    await tx.query('UPDATE special_fee_places SET used = used + $2 WHERE edition_id = $1', [edition.id, priced.specialFeePlaces]);
  }
  return priced;
}

/** What an applicant claims about membership: the application's `membership` (also a quote's). */
export type MembershipClaim = ApplicationInput['membership'];

/**
 * The note of a quote and a receipt whose applicant claims membership (`member` or `not-sure`)
 * that the registry could not confirm: they pay the non-member price, and are told why.
 */
export const unverifiedMembershipNote: Readonly<Record<UiLanguage, string>> = {
  en: 'Priced as a non-member until your membership is verified: your organization was not found in the member registry.',
  fr: 'Tarif non-membre tant que votre adhésion n’est pas vérifiée : votre organisation ne figure pas dans le registre des membres.',
  es: 'Tarifa de no miembro hasta que se verifique su membresía: su organización no figura en el registro de miembros.',
  ar: 'تُحتسب رسوم غير الأعضاء إلى أن يتم التحقق من عضويتك: لم يُعثر على مؤسستك في سجل الأعضاء.',
};

/** What {@link priceClaim} prices: a quote request or an application, as the same facts. */
export interface PricingInput {
  /** Today in the edition's time zone. */
  date: string;
  /** The applicant's country (the member's country wins when the registry knows the member). */
  country: string;
  /** The membership claim; absent: not a member. */
  membership: MembershipClaim | undefined;
  participants?: number | undefined;
  category?: string | undefined;
  lang: UiLanguage;
}

/** A price and the membership the registry decided for it. */
export interface Pricing {
  membership: MembershipDecision;
  quote: Quote;
}

/**
 * The one pricing of the server, used by `POST /v1/quotes` and by `POST /v1/applications`, so
 * that a quote gives the price the application is charged for the same claim: membership from
 * the registry ({@link decideMembership}; an unknown `memberId` is a 422 naming
 * `membership.memberId`), the member's country for the income rules when the registry knows
 * it, then the SDK's `quote()`, with {@link unverifiedMembershipNote} when a claimed membership
 * found no member. `mode` `'quote'` reads the special-fee places left without locking;
 * `'allocate'` takes them inside the caller's transaction (see {@link priceAndAllocate}).
 */
export async function priceClaim(db: Queryable, target: PricedEdition, input: PricingInput, mode: 'quote' | 'allocate'): Promise<Pricing> {
  const claim = input.membership ?? {claim: 'non-member' as const};
  const membership = await decideMembership(db, claim, target.schedule, input.date, 'membership.memberId');
  const request: QuoteRequest = {
    date: input.date,
    membership: membership.status,
    // Income rules read the member city's country when the registry knows it.
    country: membership.member?.country ?? input.country,
    ...(input.participants === undefined ? {} : {participants: input.participants}),
    ...(input.category === undefined ? {} : {category: input.category}),
    lang: input.lang,
  };
  let priced: Quote;
  if (mode === 'allocate') {
    priced = await priceAndAllocate(db, target, request);
  } else {
    const left = await placesLeft(db, target.edition, target.schedule);
    priced = quote(target.schedule, left === undefined ? request : {...request, specialFeePlacesLeft: left});
  }
  if (claim.claim !== 'non-member' && membership.member === undefined) priced.notes.push(unverifiedMembershipNote[input.lang]);
  return {membership, quote: priced};
}

/** Gives back special-fee places (an application rejected, withdrawn or cancelled). */
export async function releasePlaces(tx: Queryable, editionId: string, places: number): Promise<void> {
  if (places > 0) await tx.query('UPDATE special_fee_places SET used = GREATEST(used - $2, 0) WHERE edition_id = $1', [editionId, places]);
}
