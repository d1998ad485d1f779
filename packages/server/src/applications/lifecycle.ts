/**
 * The application lifecycle: submitted → under-review → admitted → invoiced → paid, or
 * rejected / withdrawn / cancelled, with the refund the edition's policy gives on cancellation.
 * @module
 */
import {applicationTransitions, isIsoDate, refund, StatusChange, type Application, type ApplicationStatus, type Money} from '@metropolis-training/sdk';
import {parseBody} from '../body.js';
import type {AppDeps} from '../context.js';
import {freeSchedule, releasePlaces} from '../pricing.js';
import {invalidField, notFound, Problem} from '../problem.js';
import {findApplication, toApplication, type ApplicationRow} from './records.js';

/** Where each status may go: the SDK's table, shared with the console. */
export const transitions = applicationTransitions;

/** Statuses that give the application's special-fee places back. */
const releasing = new Set<ApplicationStatus>(['rejected', 'withdrawn', 'cancelled']);

/** The refund of a cancellation and why, in words (kept in the history note). */
function cancellation(deps: AppDeps, row: ApplicationRow, cancelledOn: string): {refund: Money; reason: string} {
  const paid = row.paid ?? {amount: 0, currency: row.quote.currency};
  const edition = deps.catalog.edition(row.edition_id);
  const schedule = edition?.fee.kind === 'schedule' ? deps.catalog.schedule(edition.fee.scheduleId) : edition && freeSchedule(edition);
  if (!edition || !schedule || edition.dates.kind !== 'fixed' || schedule.currency !== paid.currency) {
    return {refund: {amount: 0, currency: paid.currency}, reason: 'No refund computed: the edition, its fixed dates or its fee schedule are no longer in the catalog.'};
  }
  const result = refund(schedule, {start: edition.dates.start, cancelledOn, paid, lang: 'en'});
  // A cancellation the policy refuses is still recorded (the admin decided it), refunding nothing.
  return {refund: result.accepted ? result.refund : {amount: 0, currency: paid.currency}, reason: result.reason};
}

/**
 * `POST /v1/admin/applications/{id}/status`: 404 for an unknown id, 409 for a move the
 * lifecycle does not allow, 422 for bad fields.
 */
export async function changeStatus(deps: AppDeps, id: string, body: unknown): Promise<Application> {
  const change = parseBody(StatusChange, body, 'Status change');
  if (change.paid && change.status !== 'paid') throw invalidField('validation', 'The request has invalid fields', 'paid', 'is only for status paid');
  if (change.cancelledOn !== undefined && change.status !== 'cancelled') throw invalidField('validation', 'The request has invalid fields', 'cancelledOn', 'is only for status cancelled');
  if (change.cancelledOn !== undefined && !isIsoDate(change.cancelledOn)) throw invalidField('validation', 'The request has invalid fields', 'cancelledOn', 'must be a day written YYYY-MM-DD');

  return deps.db.transaction(async (tx) => {
    const row = await findApplication(tx, id, true);
    if (!row) throw notFound();
    const allowed = transitions[row.status];
    if (!allowed.includes(change.status)) {
      throw new Problem(409, 'invalid-transition', 'This status change is not allowed', {
        detail: `An application that is ${row.status} cannot become ${change.status}${allowed.length ? `; it can become ${allowed.join(', ')}` : ' (that status is final)'}.`,
      });
    }
    const at = deps.clock.now().toISOString();
    let paid = row.paid;
    let refunded = row.refund;
    const notes = change.note ? [change.note] : [];
    if (change.status === 'paid') {
      paid = change.paid ?? row.quote.total;
      if (paid.currency !== row.quote.currency) throw invalidField('validation', 'The request has invalid fields', 'paid.currency', `must be the quote's currency, ${row.quote.currency}`);
    }
    if (change.status === 'cancelled') {
      const edition = deps.catalog.edition(row.edition_id);
      const cancelledOn = change.cancelledOn ?? deps.clock.today(edition?.timeZone ?? 'UTC');
      const result = cancellation(deps, row, cancelledOn);
      refunded = result.refund;
      notes.push(result.reason);
    }
    const held = releasing.has(change.status) ? 0 : row.special_fee_places_held;
    if (held !== row.special_fee_places_held) await releasePlaces(tx, row.edition_id, row.special_fee_places_held);
    const entry = {status: change.status, at, ...(notes.length ? {note: notes.join('\n')} : {})};
    const [updated] = (await tx.query<ApplicationRow>(
      `UPDATE applications SET status = $2, updated_at = $3, paid = $4::json, refund = $5::json,
         special_fee_places_held = $6, history = $7::json
       WHERE id = $1 RETURNING *`,
      [row.id, change.status, at, paid ? JSON.stringify(paid) : null, refunded ? JSON.stringify(refunded) : null, held, JSON.stringify([...row.history, entry])],
    )) as [ApplicationRow];
    return toApplication(updated);
  });
}
