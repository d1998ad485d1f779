/**
 * Applications as stored: the row, and the SDK shapes built from it (the admin's
 * `Application`, the applicant's `ApplicationView`, the `ApplicationReceipt`).
 * @module
 */
import {countryCodes, incomeGroup, type IncomeClassification, type IncomeGroup} from '@metropolis-training/sdk';
import type {Application, ApplicationListQuery, ApplicationReceipt, ApplicationStatus, ApplicationView, Money, Quote} from '@metropolis-training/sdk';
import type {Queryable} from '../db/index.js';
import {invalidField} from '../problem.js';

/** A row of the `applications` table. */
export interface ApplicationRow {
  id: string;
  reference: string;
  edition_id: string;
  status: ApplicationStatus;
  lang: Application['lang'];
  submitted_at: Date | string;
  updated_at: Date | string;
  token_hash: string;
  applicant: Application['applicant'];
  group_members: Application['groupMembers'];
  membership_claim: Application['membershipClaim'];
  membership: Application['membership'];
  member_id: string | null;
  motivation: string;
  consent: Application['consent'];
  quote: Quote;
  special_fee_places_held: number;
  paid: Money | null;
  refund: Money | null;
  history: Application['history'];
  /** Bumped by each status change; the ETag. */
  version: number;
  invoice_number: string | null;
  invoice_issued_on: string | null;
  invoice_key: string | null;
}

/** An ISO 8601 instant (`…Z`) from a database timestamp. */
export function isoInstant(value: Date | string): string {
  return new Date(value).toISOString();
}

/** The admin's view: everything. */
export function toApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    reference: row.reference,
    editionId: row.edition_id,
    status: row.status,
    submittedAt: isoInstant(row.submitted_at),
    updatedAt: isoInstant(row.updated_at),
    lang: row.lang,
    applicant: row.applicant,
    groupMembers: row.group_members,
    membershipClaim: row.membership_claim,
    membership: row.membership,
    motivation: row.motivation,
    consent: row.consent,
    quote: row.quote,
    ...(row.paid ? {paid: row.paid} : {}),
    ...(row.refund ? {refund: row.refund} : {}),
    history: row.history,
    ...(row.invoice_number && row.invoice_issued_on && row.invoice_key ? {invoice: {number: row.invoice_number, issuedOn: row.invoice_issued_on, url: `/v1/invoices/${row.id}?key=${encodeURIComponent(row.invoice_key)}`}} : {}),
  };
}

/** The applicant's view of their own application. */
export function toView(row: ApplicationRow): ApplicationView {
  return {
    id: row.id,
    reference: row.reference,
    editionId: row.edition_id,
    status: row.status,
    submittedAt: isoInstant(row.submitted_at),
    updatedAt: isoInstant(row.updated_at),
    membership: row.membership,
    quote: row.quote,
    ...(row.refund ? {refund: row.refund} : {}),
  };
}

/** The answer to a submission, with the token shown this once (and again on an idempotent retry). */
export function toReceipt(row: ApplicationRow, token: string): ApplicationReceipt {
  return {
    id: row.id,
    reference: row.reference,
    editionId: row.edition_id,
    status: row.status,
    submittedAt: isoInstant(row.submitted_at),
    membership: row.membership,
    quote: row.quote,
    token,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The application `id`; undefined for unknown ids and for strings that are not UUIDs at all. */
export async function findApplication(db: Queryable, id: string, forUpdate = false): Promise<ApplicationRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<ApplicationRow>(`SELECT * FROM applications WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row;
}

/** Where a page starts: after this (submittedAt, id), newest first. */
interface Cursor {
  at: string;
  id: string;
}

function encodeCursor(row: ApplicationRow): string {
  return Buffer.from(JSON.stringify([isoInstant(row.submitted_at), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && UUID.test(id)) return {at, id};
  } catch {
    // reported below
  }
  throw invalidField('invalid-cursor', 'Invalid cursor', 'cursor', 'is not a cursor this server gave (use nextCursor of the previous page)');
}

/**
 * What the admin search matches, one field per line: "given family", email, organization.
 * Control characters and unpaired surrogates are dropped, so even a value stored before the SDK
 * refused them (PostgreSQL cannot turn a NUL or a lone surrogate of a json column into text) is
 * searchable; the result is NFC, like validated input.
 */
export function searchText(applicant: {givenName?: unknown; familyName?: unknown; email?: unknown; organization?: unknown}): string {
  const clean = (value: unknown) => (typeof value === 'string' ? value : '').replace(/[\u0000-\u001f\u007f-\u009f]|\p{Cs}/gu, '').normalize('NFC');
  return [`${clean(applicant.givenName)} ${clean(applicant.familyName)}`, clean(applicant.email), clean(applicant.organization)].join('\n');
}

/**
 * Fills `search_text` for rows stored before it existed, reading `applicant` as JSON text (which
 * never fails, whatever it holds) and parsing it here. Run at start, after the migrations.
 */
export async function fillSearchText(db: Queryable): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.query<{id: string; applicant: string}>('SELECT id, applicant::text AS applicant FROM applications WHERE search_text IS NULL LIMIT 500');
    if (rows.length === 0) return filled;
    for (const row of rows) {
      let applicant: Record<string, unknown> = {};
      try {
        applicant = JSON.parse(row.applicant) as Record<string, unknown>;
      } catch {
        // An unreadable record stays findable by its reference.
      }
      await db.query('UPDATE applications SET search_text = $2 WHERE id = $1', [row.id, searchText(applicant)]);
    }
    filled += rows.length;
  }
}

/** `%` and `_` are wildcards in LIKE; a search for them must find them literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** The countries of an income group in a World Bank classification. */
function countriesOf(group: IncomeGroup, classification: IncomeClassification): string[] {
  return countryCodes().filter((code) => (incomeGroup(code, classification) ?? 'unclassified') === group);
}

/**
 * The WHERE clause and parameters of the admin filters. The income group is the one of the
 * applicant's country in `classification` (the edition's schedule's, FY2025 by default).
 */
function filters(query: ApplicationListQuery, classification: IncomeClassification): {where: string; params: unknown[]} {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.editionId) conditions.push(`edition_id = ${param(query.editionId)}`);
  if (query.status) conditions.push(`status = ${param(query.status)}`);
  // The country is validated on the way in (two capital letters), so reading it from the json never fails.
  if (query.country) conditions.push(`applicant->>'country' = ${param(query.country)}`);
  if (query.incomeGroup) conditions.push(`applicant->>'country' = ANY(${param(countriesOf(query.incomeGroup, classification))}::text[])`);
  if (query.membership) conditions.push(`membership = ${param(query.membership)}`);
  if (query.specialFee) conditions.push(query.specialFee === 'true' ? 'special_fee_places_held > 0' : 'special_fee_places_held = 0');
  if (query.q) {
    const p = param(likePattern(query.q));
    // search_text, never the json column: extracting text from stored json can fail (22P05).
    conditions.push(`(search_text ILIKE ${p} OR reference ILIKE ${p})`);
  }
  return {where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params};
}

/** One page of applications matching `query`, newest first, and how many match in all. */
export async function listApplications(db: Queryable, query: ApplicationListQuery, classification: IncomeClassification = 'FY2025'): Promise<{rows: ApplicationRow[]; total: number; nextCursor?: string}> {
  const limit = Number(query.limit ?? 50);
  const {where, params} = filters(query, classification);
  const [{total}] = (await db.query<{total: number}>(`SELECT count(*)::int AS total FROM applications ${where}`, params)) as [{total: number}];
  let pageWhere = where;
  const pageParams = [...params];
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    pageParams.push(cursor.at, cursor.id);
    const after = `(submitted_at, id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
    pageWhere = where ? `${where} AND ${after}` : `WHERE ${after}`;
  }
  pageParams.push(limit + 1);
  const rows = await db.query<ApplicationRow>(`SELECT * FROM applications ${pageWhere} ORDER BY submitted_at DESC, id DESC LIMIT $${pageParams.length}`, pageParams);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {rows: page, total, ...(more && last ? {nextCursor: encodeCursor(last)} : {})};
}
