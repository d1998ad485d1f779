/**
 * `POST /v1/quotes`: a price as of the server's clock. Membership comes from the registry
 * when `memberId` is given; a claimed membership is priced for display only, with a note.
 * @module
 */
import {Hono} from 'hono';
import {quote, QuoteApiRequest, type UiLanguage} from '@metropolis-training/sdk';
import {parseBody, readJson} from '../body.js';
import type {AppDeps, AppEnv} from '../context.js';
import {decideMembership, placesLeft, pricedEdition} from '../pricing.js';

const claimedNote: Record<UiLanguage, string> = {
  en: 'Membership as claimed, not checked: an application is priced from the member registry.',
  fr: 'Adhésion déclarée, non vérifiée : une candidature est tarifée d’après le registre des membres.',
  es: 'Membresía declarada, no verificada: una solicitud se tarifica según el registro de miembros.',
};

/** `POST /v1/quotes`. */
export function quoteRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post('/quotes', async (c) => {
    const request = parseBody(QuoteApiRequest, await readJson(c), 'Quote request');
    const target = pricedEdition(deps.catalog, request.editionId);
    const date = deps.clock.today(target.edition.timeZone);
    const lang = request.lang ?? 'en';
    const registry = request.memberId === undefined ? undefined : await decideMembership(deps.db, {memberId: request.memberId}, target.schedule, date, 'memberId');
    const left = await placesLeft(deps.db, target.edition, target.schedule);
    const priced = quote(target.schedule, {
      date,
      membership: registry?.status ?? request.membership ?? 'non-member',
      country: registry?.member?.country ?? request.country,
      ...(request.participants === undefined ? {} : {participants: request.participants}),
      ...(request.category === undefined ? {} : {category: request.category}),
      ...(left === undefined ? {} : {specialFeePlacesLeft: left}),
      lang,
    });
    if (!registry && request.membership && request.membership !== 'non-member') priced.notes.push(claimedNote[lang]);
    return c.json(priced);
  });
}
