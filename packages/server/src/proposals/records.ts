/**
 * Proposals as stored: the row, the SDK shapes built from it (the admin's `Proposal`, the
 * `ProposalReceipt`), lookups and the admin list.
 * @module
 */
import type {Proposal, ProposalListQuery, ProposalReceipt, ProposalStatus} from '@metropolis-training/sdk';
import type {Queryable} from '../db/index.js';
import {invalidField} from '../problem.js';
import {isoInstant} from '../applications/records.js';

/** A row of the `proposals` table. */
export interface ProposalRow {
  id: string;
  year: number;
  number: number;
  reference: string;
  status: ProposalStatus;
  lang: Proposal['lang'];
  received_at: Date | string;
  updated_at: Date | string;
  proposer: Proposal['proposer'];
  activity: Proposal['activity'];
  partners: Proposal['partners'];
  offer: Proposal['offer'];
  learning_hub: Proposal['learningHub'] | null;
  consent: Proposal['consent'];
  history: Proposal['history'];
  format: string;
  country: string;
  themes: string[];
  search_text: string;
  course_id: string | null;
  edition_id: string | null;
  published_at: Date | string | null;
}

/** The admin's view: everything. */
export function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    receivedAt: isoInstant(row.received_at),
    updatedAt: isoInstant(row.updated_at),
    lang: row.lang,
    proposer: row.proposer,
    activity: row.activity,
    partners: row.partners,
    offer: row.offer,
    ...(row.learning_hub ? {learningHub: row.learning_hub} : {}),
    consent: row.consent,
    ...(row.course_id && row.edition_id ? {scheduled: {courseId: row.course_id, editionId: row.edition_id, published: row.published_at !== null}} : {}),
    history: row.history,
  };
}

/** The answer to a submission (and to its retries). */
export function toProposalReceipt(row: ProposalRow): ProposalReceipt {
  return {id: row.id, reference: row.reference, status: row.status, receivedAt: isoInstant(row.received_at)};
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The proposal `id`; undefined for unknown ids and for strings that are not UUIDs at all. */
export async function findProposal(db: Queryable, id: string, forUpdate = false): Promise<ProposalRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<ProposalRow>(`SELECT * FROM proposals WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row;
}

/**
 * What the admin search matches, one field per line: "given family", email, organization,
 * title. Control characters and unpaired surrogates are dropped (the SDK refuses them anyway);
 * NFC, like validated input.
 */
export function proposalSearchText(proposal: {proposer: {givenName: string; familyName: string; email: string; organization: string}; activity: {title: string}}): string {
  const clean = (value: string) => value.replace(/[\u0000-\u001f\u007f-\u009f]|\p{Cs}/gu, '').normalize('NFC');
  const {proposer, activity} = proposal;
  return [`${clean(proposer.givenName)} ${clean(proposer.familyName)}`, clean(proposer.email), clean(proposer.organization), clean(activity.title)].join('\n');
}

function encodeCursor(row: ProposalRow): string {
  return Buffer.from(JSON.stringify([isoInstant(row.received_at), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): {at: string; id: string} {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && UUID.test(id)) return {at, id};
  } catch {
    // reported below
  }
  throw invalidField('invalid-cursor', 'Invalid cursor', 'cursor', 'is not a cursor this server gave (use nextCursor of the previous page)');
}

/** `%` and `_` are wildcards in LIKE; a search for them must find them literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function filters(query: ProposalListQuery): {where: string; params: unknown[]} {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.status) conditions.push(`status = ${param(query.status)}`);
  if (query.format) conditions.push(`format = ${param(query.format)}`);
  if (query.country) conditions.push(`country = ${param(query.country)}`);
  if (query.theme) conditions.push(`EXISTS (SELECT 1 FROM json_array_elements_text(themes) AS t(theme) WHERE t.theme = ${param(query.theme)})`);
  if (query.q) {
    const p = param(likePattern(query.q));
    conditions.push(`(search_text ILIKE ${p} OR reference ILIKE ${p})`);
  }
  return {where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params};
}

/** One page of proposals matching `query`, newest first, and how many match in all. */
export async function listProposals(db: Queryable, query: ProposalListQuery): Promise<{rows: ProposalRow[]; total: number; nextCursor?: string}> {
  const limit = Number(query.limit ?? 50);
  const {where, params} = filters(query);
  const [{total}] = (await db.query<{total: number}>(`SELECT count(*)::int AS total FROM proposals ${where}`, params)) as [{total: number}];
  let pageWhere = where;
  const pageParams = [...params];
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    pageParams.push(cursor.at, cursor.id);
    const after = `(received_at, id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
    pageWhere = where ? `${where} AND ${after}` : `WHERE ${after}`;
  }
  pageParams.push(limit + 1);
  const rows = await db.query<ProposalRow>(`SELECT * FROM proposals ${pageWhere} ORDER BY received_at DESC, id DESC LIMIT $${pageParams.length}`, pageParams);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {rows: page, total, ...(more && last ? {nextCursor: encodeCursor(last)} : {})};
}
