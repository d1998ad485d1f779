/**
 * Activity proposals over HTTP: `POST /v1/proposals` (a member or partner proposes a learning
 * activity) and the admin routes under `/v1/admin/proposals` (list, one, status, schedule,
 * publish).
 * @module
 */
import {Hono} from 'hono';
import {ProposalListQuery, type ProposalPage} from '@metropolis-training/sdk';
import {idempotencyKey} from '../applications/submit.js';
import {parseBody, readJson} from '../body.js';
import {LiveCatalog} from '../catalog-overlay.js';
import type {AppDeps, AppEnv} from '../context.js';
import {notFound} from '../problem.js';
import {changeProposalStatus} from '../proposals/lifecycle.js';
import {findProposal, listProposals, toProposal} from '../proposals/records.js';
import {publishProposal, scheduleProposal} from '../proposals/schedule.js';
import {submitProposal} from '../proposals/submit.js';

/** The proposer's route. */
export function proposalRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post('/proposals', async (c) => {
    const key = idempotencyKey(c.req.header('idempotency-key'));
    const result = await submitProposal(deps, await readJson(c), key);
    c.header('Cache-Control', 'no-store');
    if (result.stored) c.set('proposalId', result.receipt.id);
    // A retry answers exactly as the first request did (201), flagged for clients that care.
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(result.receipt, 201);
  });
}

/** The admin routes of proposals, mounted under `/v1/admin` (behind its token). */
export function adminProposalRoutes(deps: AppDeps): Hono<AppEnv> {
  const live = deps.liveCatalog ?? new LiveCatalog(deps.catalog.catalog);
  return new Hono<AppEnv>()
    .get('/proposals', async (c) => {
      const query = parseBody(ProposalListQuery, c.req.query(), 'Query');
      const page = await listProposals(deps.db, query);
      const body: ProposalPage = {items: page.rows.map(toProposal), total: page.total, ...(page.nextCursor ? {nextCursor: page.nextCursor} : {})};
      return c.json(body);
    })
    .get('/proposals/:id', async (c) => {
      const row = await findProposal(deps.db, c.req.param('id'));
      if (!row) throw notFound();
      return c.json(toProposal(row));
    })
    .post('/proposals/:id/status', async (c) => {
      const proposal = await changeProposalStatus(deps, c.req.param('id'), await readJson(c), c.get('adminName'));
      c.set('proposalId', proposal.id);
      return c.json(proposal);
    })
    .post('/proposals/:id/schedule', async (c) => {
      const proposal = await scheduleProposal(deps, live, c.req.param('id'));
      c.set('proposalId', proposal.id);
      return c.json(proposal);
    })
    .post('/proposals/:id/publish', async (c) => {
      const proposal = await publishProposal(deps, live, c.req.param('id'));
      c.set('proposalId', proposal.id);
      return c.json(proposal);
    });
}
