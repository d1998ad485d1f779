/**
 * `POST /v1/quotes`: a price as of the server's clock, computed by {@link priceClaim} — the
 * function that prices applications — so the quote is what the application will be charged
 * for the same membership claim.
 * @module
 */
import {Hono} from 'hono';
import {QuoteApiRequest} from '@metropolis-training/sdk';
import {parseBody, readJson} from '../body.js';
import type {AppDeps, AppEnv} from '../context.js';
import {priceClaim, pricedEdition} from '../pricing.js';

/** `POST /v1/quotes`. */
export function quoteRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post('/quotes', async (c) => {
    const request = parseBody(QuoteApiRequest, await readJson(c), 'Quote request');
    const target = pricedEdition(deps.catalog, request.editionId);
    const {quote} = await priceClaim(deps.db, target, {
      date: deps.clock.today(target.edition.timeZone),
      country: request.country,
      membership: request.membership,
      participants: request.participants,
      category: request.category,
      lang: request.lang ?? 'en',
    }, 'quote');
    return c.json(quote);
  });
}
