/**
 * From an accepted proposal to the catalog: `schedule` makes a draft course and edition (and,
 * when the catalog has no provider of that name, the proposer's organization as a `partner`
 * provider) in `catalog_overlay`; `publish` adds them to the catalog `/v1/catalog` serves.
 * @module
 */
import {parseCatalog, ValidationError, type Catalog, type Course, type CourseFormat, type Edition, type EditionLocation, type Proposal, type ProposalFormat, type Provider} from '@metropolis-training/sdk';
import type {LiveCatalog, OverlayKind} from '../catalog-overlay.js';
import {mergeOverlay, overlayRows} from '../catalog-overlay.js';
import type {AppDeps} from '../context.js';
import type {Queryable} from '../db/index.js';
import {notFound, Problem} from '../problem.js';
import {findProposal, toProposal, type ProposalRow} from './records.js';

/** The catalog's format of each proposed one: an in-person programme is a workshop. */
export const courseFormats: Readonly<Record<ProposalFormat, CourseFormat>> = {
  'webinar': 'webinar',
  'online-course': 'online-course',
  'in-person': 'workshop',
  'learning-hub': 'learning-hub',
};

/** Key of the transaction lock that makes ids unique across instances while they are chosen. */
const OVERLAY_LOCK = 'metropolis-training:catalog-overlay';

/**
 * An id from free text: accents dropped, lower case, words joined by dashes, at most 60
 * characters; `fallback` when nothing is left (a title in another script).
 */
export function slugOf(text: string, fallback: string): string {
  const slug = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, '') || slug.slice(0, 60) : slug;
  return cut.replace(/-+$/, '') || fallback;
}

/** `id`, or `id-2`, `id-3`, … : the first not in `taken`. */
function unique(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** The catalog records a proposal becomes; `provider` only when a new one is needed. */
export interface ScheduledRecords {
  provider?: Provider;
  providerId: string;
  course: Course;
  edition: Edition;
}

/**
 * The draft records of `row` given the catalog so far (base and every overlay row, drafts
 * included), with ids derived from the title (the organization for a provider), unique per kind.
 */
export function recordsOf(row: ProposalRow, catalog: Catalog): ScheduledRecords {
  const {activity, proposer, reference} = row;
  const sources = [`Activity proposal ${reference}`];
  const fallback = `proposal-${reference.toLowerCase()}`;
  const sameName = (p: Provider) => p.name.en.trim().toLowerCase() === proposer.organization.trim().toLowerCase();
  const existing = catalog.providers.find(sameName);
  const provider: Provider | undefined = existing ? undefined : {
    id: unique(slugOf(proposer.organization, `${fallback}-organization`), new Set(catalog.providers.map((p) => p.id))),
    name: {en: proposer.organization},
    kind: 'partner',
    city: {en: proposer.city},
    country: proposer.country,
    themes: activity.themes,
    sources,
  };
  const providerId = existing?.id ?? provider!.id;
  const courseId = unique(slugOf(activity.title, fallback), new Set(catalog.courses.map((c) => c.id)));
  const course: Course = {
    id: courseId,
    title: {en: activity.title},
    summary: {en: activity.summary},
    format: courseFormats[activity.format],
    themes: activity.themes,
    providerId,
    objective: {en: activity.objectives},
    audience: {profiles: activity.audience, careerStages: activity.careerStages},
    sources,
  };
  const location: EditionLocation = activity.format === 'webinar' || activity.format === 'online-course'
    ? {mode: 'online'}
    : {mode: activity.format === 'in-person' ? 'in-person' : 'hybrid', city: {en: proposer.city}, country: proposer.country};
  const edition: Edition = {
    id: unique(`${courseId}-${activity.period.start.slice(0, 4)}`, new Set(catalog.editions.map((e) => e.id))),
    courseId,
    editionNumber: 1,
    // The proposed start month (or year): dates to be confirmed, the fee to be announced, and
    // no application window, so it shows as upcoming and takes no applications yet.
    dates: {kind: 'to-be-confirmed', period: activity.period.start},
    timeZone: 'UTC',
    location,
    languages: activity.languages,
    capacity: activity.expectedParticipants,
    fee: {kind: 'to-be-announced'},
    sources,
  };
  return {...(provider ? {provider} : {}), providerId, course, edition};
}

/** 409 with a type and a sentence. */
function conflict(type: string, title: string, detail: string): Problem {
  return new Problem(409, type, title, {detail});
}

/** A merged catalog that fails its schema: a server fault, reported without its values. */
function validCatalog(catalog: Catalog): Catalog {
  try {
    return parseCatalog(catalog);
  } catch (error) {
    if (error instanceof ValidationError) throw new Error(`the catalog with the proposal's records is invalid: ${error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
    throw error;
  }
}

/**
 * `POST /v1/admin/proposals/{id}/schedule`: 404 unknown, 409 unless accepted; a proposal
 * already scheduled is answered as it is (a repeated click makes nothing twice).
 */
export async function scheduleProposal(deps: AppDeps, live: LiveCatalog, id: string): Promise<Proposal> {
  return deps.db.transaction(async (tx) => {
    const row = await findProposal(tx, id, true);
    if (!row) throw notFound();
    if (row.status !== 'accepted') throw conflict('proposal-not-accepted', 'Only an accepted proposal can be scheduled', `The proposal is ${row.status}; accept it first.`);
    if (row.course_id) return toProposal(row);
    // Instances choosing ids at the same time take turns, so two never choose one id.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [OVERLAY_LOCK]);
    const drafts = mergeOverlay(live.base, await overlayRows(tx, true));
    const records = recordsOf(row, drafts);
    const added: [OverlayKind, Provider | Course | Edition][] = [...(records.provider ? [['provider', records.provider] as [OverlayKind, Provider]] : []), ['course', records.course], ['edition', records.edition]];
    // Validated with everything else in the overlay, so any publication order stays valid.
    validCatalog(mergeOverlay(drafts, added.map(([kind, record]) => ({kind, record}))));
    const at = deps.clock.now().toISOString();
    for (const [kind, record] of added) {
      await tx.query('INSERT INTO catalog_overlay (kind, id, record, proposal_id, created_at) VALUES ($1, $2, $3::json, $4, $5)', [kind, record.id, JSON.stringify(record), row.id, at]);
    }
    const [updated] = (await tx.query<ProposalRow>('UPDATE proposals SET course_id = $2, edition_id = $3, updated_at = $4 WHERE id = $1 RETURNING *', [row.id, records.course.id, records.edition.id, at])) as [ProposalRow];
    return toProposal(updated);
  });
}

/**
 * `POST /v1/admin/proposals/{id}/publish`: 404 unknown, 409 unless scheduled; publishes the
 * proposal's course and edition (and their provider, if still a draft), then serves the new
 * catalog. Publishing twice changes nothing.
 */
export async function publishProposal(deps: AppDeps, live: LiveCatalog, id: string): Promise<Proposal> {
  const proposal = await deps.db.transaction(async (tx: Queryable) => {
    const row = await findProposal(tx, id, true);
    if (!row) throw notFound();
    if (!row.course_id) throw conflict('proposal-not-scheduled', 'Only a scheduled proposal can be published', `The proposal is ${row.status} and not scheduled; schedule it first.`);
    if (row.published_at) return toProposal(row);
    const at = deps.clock.now().toISOString();
    const [course] = await tx.query<{record: Course}>("SELECT record FROM catalog_overlay WHERE kind = 'course' AND id = $1", [row.course_id]);
    await tx.query(
      `UPDATE catalog_overlay SET published_at = $3 WHERE published_at IS NULL AND (proposal_id = $1 OR (kind = 'provider' AND id = $2))`,
      [row.id, course?.record.providerId ?? '', at],
    );
    // What will be served must be a valid catalog, or nothing is published.
    validCatalog(mergeOverlay(live.base, await overlayRows(tx)));
    const [updated] = (await tx.query<ProposalRow>('UPDATE proposals SET published_at = $2, updated_at = $2 WHERE id = $1 RETURNING *', [row.id, at])) as [ProposalRow];
    return toProposal(updated);
  });
  await live.refresh(deps.db);
  return proposal;
}
