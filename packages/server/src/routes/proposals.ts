/**
 * `POST /v1/proposals`: a member or partner proposes a learning activity.
 * @module
 */
import {Hono} from 'hono';
import {idempotencyKey} from '../applications/submit.js';
import {readJson} from '../body.js';
import type {AppDeps, AppEnv} from '../context.js';
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
