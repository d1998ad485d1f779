/**
 * `POST /v1/applications` and `GET /v1/applications/{id}?token=…`.
 * @module
 */
import {Hono} from 'hono';
import {idempotencyKey, submitApplication} from '../applications/submit.js';
import {findApplication, toView} from '../applications/records.js';
import {readJson} from '../body.js';
import type {AppDeps, AppEnv} from '../context.js';
import {notFound} from '../problem.js';
import {matchesHash} from '../secrets.js';

/** The applicant's routes. */
export function applicationRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/applications', async (c) => {
      const key = idempotencyKey(c.req.header('idempotency-key'));
      const result = await submitApplication(deps, await readJson(c), key);
      c.header('Cache-Control', 'no-store');
      if (result.stored) {
        c.set('applicationId', result.receipt.id);
        c.header('Location', `/v1/applications/${result.receipt.id}`);
      }
      // A retry answers exactly as the first request did (201), flagged for clients that care.
      if (result.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(result.receipt, 201);
    })
    .get('/applications/:id', async (c) => {
      c.header('Cache-Control', 'no-store');
      const token = c.req.query('token') ?? '';
      const row = await findApplication(deps.db, c.req.param('id'));
      // Unknown id and wrong token answer alike, so neither can be probed.
      if (!row || !matchesHash(token, row.token_hash)) throw notFound();
      return c.json(toView(row));
    });
}
