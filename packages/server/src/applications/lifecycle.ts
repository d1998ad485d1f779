/**
 * The application lifecycle: submitted → under-review → admitted → invoiced → paid, or
 * rejected / withdrawn / cancelled, with the refund the edition's policy gives on cancellation.
 * Every change is audited (who, when, from, to, note), guarded by the application's version
 * (`ETag` / `If-Match`, checked under the row lock), mails the applicant at the steps that
 * concern them, and on invoicing allocates the invoice number in the same transaction. The
 * preview runs the same planning without writing anything.
 * @module
 */
import {createHmac} from 'node:crypto';
import {applicationTransitions, isIsoDate, pick, refund, StatusChange, type ActionPreview, type Application, type ApplicationStatus, type Money} from '@metropolis-training/sdk';
import {parseBody} from '../body.js';
import type {AppDeps} from '../context.js';
import type {Queryable} from '../db/index.js';
import {admittedMail, cancelledMail, invoiceMail, paidMail, rejectedMail, type AdmissionFacts} from '../outbox/admissions-messages.js';
import type {Mail} from '../outbox/messages.js';
import {freeSchedule, releasePlaces} from '../pricing.js';
import {invalidField, notFound, Problem} from '../problem.js';
import {findApplication, toApplication, type ApplicationRow} from './records.js';

/** Where each status may go: the SDK's table, shared with the console. */
export const transitions = applicationTransitions;

/** Statuses that give the application's special-fee places back. */
const releasing = new Set<ApplicationStatus>(['rejected', 'withdrawn', 'cancelled']);

/** The strong ETag of an application at `version`. */
export function applicationEtag(version: number): string {
  return `"v${version}"`;
}

/** Whether an `If-Match` header value matches `version` (strong comparison: weak tags never match). */
export function ifMatchAccepts(header: string, version: number): boolean {
  const tags = header.split(',').map((t) => t.trim());
  return tags.includes('*') || tags.includes(applicationEtag(version));
}

/** The refund of a cancellation and why, in `lang` (English for the history note). */
function cancellation(deps: AppDeps, row: ApplicationRow, cancelledOn: string, lang: ApplicationRow['lang']): {refund: Money; reason: string; accepted: boolean} {
  const paid = row.paid ?? {amount: 0, currency: row.quote.currency};
  const edition = deps.catalog.edition(row.edition_id);
  const schedule = edition?.fee.kind === 'schedule' ? deps.catalog.schedule(edition.fee.scheduleId) : edition && freeSchedule(edition);
  if (!edition || !schedule || edition.dates.kind !== 'fixed' || schedule.currency !== paid.currency) {
    return {refund: {amount: 0, currency: paid.currency}, reason: 'No refund computed: the edition, its fixed dates or its fee schedule are no longer in the catalog.', accepted: true};
  }
  const result = refund(schedule, {start: edition.dates.start, cancelledOn, paid, lang});
  // A cancellation the policy refuses is still recorded (the admin decided it), refunding nothing.
  return {refund: result.accepted ? result.refund : {amount: 0, currency: paid.currency}, reason: result.reason, accepted: result.accepted};
}

/**
 * The key of an invoice's capability URL: an HMAC of the application id under its token hash (a
 * secret only the database holds), so the preview shows the very link the mail will carry.
 */
export function invoiceKey(row: Pick<ApplicationRow, 'id' | 'token_hash'>): string {
  return createHmac('sha256', row.token_hash).update(`invoice:${row.id}`).digest('base64url');
}

/** The path of an invoice page, relative to the server's origin. */
export function invoicePath(id: string, key: string): string {
  return `/v1/invoices/${id}?key=${encodeURIComponent(key)}`;
}

/** Who acts and how the request reached the server (for links in mails). */
export interface Actor {
  /** The admin's name, recorded in the history. */
  by: string;
  /** Origin for absolute links when `PUBLIC_URL` is not set. */
  origin: string;
}

/** Everything a status change does, computed before anything is written. */
interface Plan {
  change: ReturnType<typeof parseChange>;
  paid: Money | null;
  refund: Money | null;
  notes: string[];
  cancellation?: {refund: Money; reason: string; accepted: boolean};
  invoice?: {number: string; issuedOn: string; key: string};
  mail?: Mail;
}

function parseChange(body: unknown) {
  const change = parseBody(StatusChange, body, 'Status change');
  if (change.paid && change.status !== 'paid') throw invalidField('validation', 'The request has invalid fields', 'paid', 'is only for status paid');
  if (change.cancelledOn !== undefined && change.status !== 'cancelled') throw invalidField('validation', 'The request has invalid fields', 'cancelledOn', 'is only for status cancelled');
  if (change.cancelledOn !== undefined && !isIsoDate(change.cancelledOn)) throw invalidField('validation', 'The request has invalid fields', 'cancelledOn', 'must be a day written YYYY-MM-DD');
  return change;
}

/** The invoice number `n` of `year`: `2026-0001` (more digits past 9999). */
export function invoiceNumber(year: number, n: number): string {
  return `${year}-${String(n).padStart(4, '0')}`;
}

/**
 * The next invoice number of `year`. Allocating (`take`) upserts the year's counter row, which
 * stays locked until the transaction ends: concurrent invoicing on any instance waits, and a
 * rollback gives the number back. Peeking (the preview) reads without taking.
 */
async function nextInvoiceNumber(db: Queryable, year: number, take: boolean): Promise<number> {
  if (!take) {
    const [row] = await db.query<{last: number}>('SELECT last FROM invoice_numbers WHERE year = $1', [year]);
    return (row?.last ?? 0) + 1;
  }
  const [row] = (await db.query<{last: number}>(
    'INSERT INTO invoice_numbers (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = invoice_numbers.last + 1 RETURNING last',
    [year],
  )) as [{last: number}];
  return row.last;
}

/** 409 unless invoices can be written: the issuer and the bank details are configured. */
function requireInvoicing(deps: AppDeps): {issuer: readonly string[]; bank: NonNullable<AppDeps['config']['bankTransfer']>} {
  const {invoiceIssuer, bankTransfer} = deps.config;
  if (invoiceIssuer && bankTransfer) return {issuer: invoiceIssuer, bank: bankTransfer};
  const missing = [...(invoiceIssuer ? [] : ['INVOICE_ISSUER']), ...(bankTransfer ? [] : ['BANK_ACCOUNT_HOLDER, BANK_IBAN, BANK_BIC and BANK_NAME'])];
  throw new Problem(409, 'invoicing-not-configured', 'Invoicing is not configured', {
    detail: `An invoice needs the issuer and the bank transfer details: set ${missing.join(' and ')} on the server (see packages/server/README.md), restart it, then invoice again.`,
  });
}

/** Checks the move and works out its effects (refund, invoice number, mail); writes nothing but the invoice counter when `take`. */
async function plan(deps: AppDeps, db: Queryable, row: ApplicationRow, change: ReturnType<typeof parseChange>, actor: Actor, take: boolean): Promise<Plan> {
  const allowed = transitions[row.status];
  if (!allowed.includes(change.status)) {
    throw new Problem(409, 'invalid-transition', 'This status change is not allowed', {
      detail: `An application that is ${row.status} cannot become ${change.status}${allowed.length ? `; it can become ${allowed.join(', ')}` : ' (that status is final)'}.`,
    });
  }
  const result: Plan = {change, paid: row.paid, refund: row.refund, notes: change.note ? [change.note] : []};
  const edition = deps.catalog.edition(row.edition_id);
  const course = edition && deps.catalog.course(edition.courseId);
  const facts: AdmissionFacts = {
    lang: row.lang,
    givenName: row.applicant.givenName,
    familyName: row.applicant.familyName,
    reference: row.reference,
    courseTitle: course ? pick(course.title, row.lang) : row.edition_id,
    start: edition?.dates.kind === 'fixed' ? edition.dates.start : undefined,
  };
  if (change.status === 'admitted') result.mail = admittedMail(facts);
  if (change.status === 'rejected') result.mail = rejectedMail({...facts, reason: change.note});
  if (change.status === 'invoiced') {
    const {bank} = requireInvoicing(deps);
    const issuedOn = deps.clock.today(deps.config.invoiceTimeZone);
    const year = Number(issuedOn.slice(0, 4));
    const number = invoiceNumber(year, await nextInvoiceNumber(db, year, take));
    const key = invoiceKey(row);
    result.invoice = {number, issuedOn, key};
    const invoiceUrl = `${deps.config.publicUrl ?? actor.origin}${invoicePath(row.id, key)}`;
    result.mail = invoiceMail({...facts, number, issuedOn, total: row.quote.total, bank, invoiceUrl});
  }
  if (change.status === 'paid') {
    const paid = change.paid ?? row.quote.total;
    if (paid.currency !== row.quote.currency) throw invalidField('validation', 'The request has invalid fields', 'paid.currency', `must be the quote's currency, ${row.quote.currency}`);
    result.paid = paid;
    result.mail = paidMail({...facts, paid});
  }
  if (change.status === 'cancelled') {
    const cancelledOn = change.cancelledOn ?? deps.clock.today(edition?.timeZone ?? 'UTC');
    const english = cancellation(deps, row, cancelledOn, 'en');
    result.cancellation = english;
    result.refund = english.refund;
    result.notes.push(english.reason);
    result.mail = cancelledMail({...facts, refund: english.refund, reason: row.lang === 'en' ? english.reason : cancellation(deps, row, cancelledOn, row.lang).reason});
  }
  return result;
}

/** The 412 of a stale `If-Match`: who changed the application last, and when. */
function conflict(row: ApplicationRow): Problem {
  const last = row.history[row.history.length - 1];
  const who = last?.by ?? 'someone';
  const when = last?.at ?? new Date(row.updated_at).toISOString();
  return new Problem(412, 'conflict', 'The application changed since you loaded it', {
    detail: `${who} changed this application (now ${row.status}) at ${when}. Reload it, check the change, and try again.`,
  });
}

/**
 * `POST /v1/admin/applications/{id}/status`: 428 without `If-Match`, 412 when it is stale,
 * 404 for an unknown id, 409 for a move the lifecycle does not allow (or invoicing without its
 * configuration), 422 for bad fields. Returns the application and its new version.
 */
export async function changeStatus(deps: AppDeps, id: string, body: unknown, ifMatch: string | undefined, actor: Actor): Promise<{application: Application; version: number}> {
  if (ifMatch === undefined) {
    throw new Problem(428, 'precondition-required', 'If-Match is required', {
      detail: 'Send If-Match with the ETag of GET /v1/admin/applications/{id}, so a change made meanwhile by another admin is not overwritten.',
    });
  }
  const change = parseChange(body);
  const outcome = await deps.db.transaction(async (tx) => {
    const row = await findApplication(tx, id, true);
    if (!row) throw notFound();
    if (!ifMatchAccepts(ifMatch, row.version)) throw conflict(row);
    const planned = await plan(deps, tx, row, change, actor, true);
    const at = deps.clock.now().toISOString();
    const held = releasing.has(change.status) ? 0 : row.special_fee_places_held;
    if (held !== row.special_fee_places_held) await releasePlaces(tx, row.edition_id, row.special_fee_places_held);
    const entry = {status: change.status, at, ...(planned.notes.length ? {note: planned.notes.join('\n')} : {}), by: actor.by, from: row.status};
    const invoice = planned.invoice;
    const [updated] = (await tx.query<ApplicationRow>(
      `UPDATE applications SET status = $2, updated_at = $3, paid = $4::json, refund = $5::json,
         special_fee_places_held = $6, history = $7::json, version = version + 1,
         invoice_number = COALESCE($8, invoice_number), invoice_issued_on = COALESCE($9, invoice_issued_on), invoice_key = COALESCE($10, invoice_key)
       WHERE id = $1 RETURNING *`,
      [row.id, change.status, at, planned.paid ? JSON.stringify(planned.paid) : null, planned.refund ? JSON.stringify(planned.refund) : null, held, JSON.stringify([...row.history, entry]), invoice?.number ?? null, invoice?.issuedOn ?? null, invoice?.key ?? null],
    )) as [ApplicationRow];
    if (planned.mail) {
      await tx.query('INSERT INTO outbox (application_id, recipient, subject, body, lang) VALUES ($1, $2, $3, $4, $5)', [row.id, row.applicant.email, planned.mail.subject, planned.mail.text, row.lang]);
    }
    return {application: toApplication(updated), version: updated.version, mailed: Boolean(planned.mail)};
  });
  if (outcome.mailed) deps.kickOutbox();
  return {application: outcome.application, version: outcome.version};
}

/** `POST /v1/admin/applications/{id}/preview`: what the change would do, with the same 404 / 409 / 422; writes nothing. */
export async function previewStatus(deps: AppDeps, id: string, body: unknown, actor: Actor): Promise<ActionPreview> {
  const change = parseChange(body);
  const row = await findApplication(deps.db, id);
  if (!row) throw notFound();
  const planned = await plan(deps, deps.db, row, change, actor, false);
  return {
    from: row.status,
    status: change.status,
    ...(planned.cancellation ? {refund: planned.cancellation.refund, refundReason: planned.cancellation.reason, cancellationAccepted: planned.cancellation.accepted} : {}),
    ...(planned.mail ? {email: {to: row.applicant.email, lang: row.lang, subject: planned.mail.subject, text: planned.mail.text}} : {}),
  };
}
