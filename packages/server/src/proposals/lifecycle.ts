/**
 * The Secretariat's decisions on a proposal: received → under-review → accepted or declined
 * (SDK `proposalTransitions`), each recorded in the history with who and when, and told to the
 * proposer by mail in their language. The history's `by` is the signed-in admin's name (a `by`
 * in the body, from the days of one shared token, is accepted and ignored).
 * @module
 */
import {proposalTransitions, ProposalStatusChange, type Proposal} from '@metropolis-training/sdk';
import {parseBody} from '../body.js';
import type {AppDeps} from '../context.js';
import {proposalStatusMail} from '../outbox/messages.js';
import {notFound, Problem} from '../problem.js';
import {findProposal, toProposal, type ProposalRow} from './records.js';

/** Who a change is recorded as when no admin name is known (callers outside the HTTP routes). */
export const DEFAULT_ACTOR = 'admin';

/**
 * `POST /v1/admin/proposals/{id}/status`: 404 for an unknown id, 409 for a move the
 * transitions do not allow, 422 for bad fields.
 */
export async function changeProposalStatus(deps: AppDeps, id: string, body: unknown, admin: string = DEFAULT_ACTOR): Promise<Proposal> {
  const change = parseBody(ProposalStatusChange, body, 'Status change');
  const proposal = await deps.db.transaction(async (tx) => {
    const row = await findProposal(tx, id, true);
    if (!row) throw notFound();
    const allowed = proposalTransitions[row.status];
    if (!allowed.includes(change.status)) {
      throw new Problem(409, 'invalid-transition', 'This status change is not allowed', {
        detail: `A proposal that is ${row.status} cannot become ${change.status}${allowed.length ? `; it can become ${allowed.join(', ')}` : ' (that status is final)'}.`,
      });
    }
    const at = deps.clock.now().toISOString();
    const note = change.note || undefined;
    const entry = {status: change.status, at, ...(note ? {note} : {}), by: admin};
    const [updated] = (await tx.query<ProposalRow>(
      'UPDATE proposals SET status = $2, updated_at = $3, history = $4::json WHERE id = $1 RETURNING *',
      [row.id, change.status, at, JSON.stringify([...row.history, entry])],
    )) as [ProposalRow];
    const {proposer} = row;
    const mail = proposalStatusMail({lang: row.lang, givenName: proposer.givenName, familyName: proposer.familyName, reference: row.reference, title: row.activity.title, status: change.status, note});
    await tx.query('INSERT INTO outbox (proposal_id, recipient, subject, body, lang) VALUES ($1, $2, $3, $4, $5)', [row.id, proposer.email, mail.subject, mail.text, row.lang]);
    return toProposal(updated);
  });
  deps.kickOutbox();
  return proposal;
}
