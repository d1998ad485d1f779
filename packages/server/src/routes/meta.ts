/**
 * `GET /v1/meta`: the server's today and demo date, so pages can say "Demo date: 15 September 2025".
 * @module
 */
import {Hono} from 'hono';
import type {ServerMeta} from '@metropolis-training/sdk';
import type {AppDeps, AppEnv} from '../context.js';

/** The Secretariat's time zone (Barcelona): the day `today` reports, as online editions use it. */
export const SECRETARIAT_TIME_ZONE = 'Europe/Madrid';

/** `GET /v1/meta`. */
export function metaRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/meta', (c) => {
    const {demoDate} = deps.clock;
    const meta: ServerMeta = {...(demoDate ? {demoDate} : {}), today: deps.clock.today(SECRETARIAT_TIME_ZONE)};
    c.header('Cache-Control', 'no-cache');
    return c.json(meta);
  });
}
