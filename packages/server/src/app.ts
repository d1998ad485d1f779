/**
 * The HTTP application: middleware (logging, security headers, CORS, body limit, rate limit,
 * admin auth), the `/v1` routes, the static files, and problem+json for every error.
 * @module
 */
import {Hono} from 'hono';
import {UiLanguage} from '@metropolis-training/sdk';
import {bodyLimit} from 'hono/body-limit';
import {cors} from 'hono/cors';
import {HTTPException} from 'hono/http-exception';
import {routePath} from 'hono/route';
import {LiveCatalog} from './catalog-overlay.js';
import type {AppDeps, AppEnv} from './context.js';
import {compressAnswers} from './encoding.js';
import {errorFields, requestLog} from './log.js';
import {notFound, Problem, problemResponse} from './problem.js';
import {rateLimit, SharedTokenBuckets, TokenBuckets} from './rate-limit.js';
import {adminRoutes} from './routes/admin.js';
import {adminPageRoutes} from './routes/admin-page.js';
import {invoiceRoutes} from './invoices.js';
import {applicationRoutes} from './routes/applications.js';
import {catalogHandlers, catalogRoutes} from './routes/catalog.js';
import {publicMemberRoutes} from './routes/members.js';
import {metaRoutes} from './routes/meta.js';
import {openApiRoutes} from './routes/openapi.js';
import {proposalRoutes} from './routes/proposals.js';
import {quoteRoutes} from './routes/quotes.js';
import {securityHeaders} from './security.js';
import {serveStatic, staticMounts} from './static.js';

/** Builds the app; {@link startServer} serves it, tests may call `app.request()` directly. */
export function createApp(given: AppDeps): Hono<AppEnv> {
  // Routes read the catalog through the live one, so a publication reaches every lookup.
  const liveCatalog = given.liveCatalog ?? new LiveCatalog(given.catalog.catalog);
  const deps: AppDeps = {...given, catalog: liveCatalog, liveCatalog};
  const {config} = deps;
  const app = new Hono<AppEnv>();

  app.use('*', requestLog(config.log));
  app.use('*', securityHeaders());
  app.use('*', compressAnswers());

  const anyOrigin = config.allowedOrigins.includes('*');
  const allowed = new Set(config.allowedOrigins);
  // No cookies and no credentials, ever: a wildcard is only used when configured as one.
  const allowOrigin = (origin: string) => (anyOrigin ? '*' : allowed.has(origin) ? origin : null);
  const exposed = ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed'];
  const preflight = cors({origin: allowOrigin, allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'], allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-Match'], exposeHeaders: exposed, maxAge: 600});
  app.use('/v1/*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    // Headers go on the answer once it exists: Hono's cors sets them before, which makes every
    // answer a copy of the handler's (half the throughput of a catalog read on Node).
    await next();
    const origin = allowOrigin(c.req.header('origin') ?? '');
    if (origin) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', exposed.join(','));
    }
    if (!anyOrigin) c.res.headers.append('Vary', 'Origin');
  });

  const limitBody = bodyLimit({
    maxSize: config.maxBodyBytes,
    onError: () => {
      // The rest of the body is never read, so the connection cannot carry another request.
      throw new Problem(413, 'about:blank', 'Request body too large', {detail: `The body may have at most ${config.maxBodyBytes} bytes.`, headers: {Connection: 'close'}});
    },
  });
  // Reads have no body; asking for one would build a full fetch Request (a third of a read's cost).
  app.use('/v1/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS' ? next() : limitBody(c, next)));

  if (config.rateLimit > 0) {
    // On PostgreSQL the buckets are shared by every instance; PGlite is one process's database.
    const buckets = deps.db.kind === 'postgres' ? new SharedTokenBuckets(deps.db, config.rateLimit) : new TokenBuckets(config.rateLimit);
    const limiter = rateLimit(buckets, config.trustProxy);
    app.on('POST', ['/v1/quotes', '/v1/applications', '/v1/proposals'], limiter);
  }

  const catalogs = catalogHandlers(deps);
  app.route('/v1', catalogRoutes(catalogs.api));
  app.route('/v1', metaRoutes(deps));
  app.route('/v1', openApiRoutes());
  app.route('/v1', quoteRoutes(deps));
  app.route('/v1', applicationRoutes(deps));
  app.route('/v1', proposalRoutes(deps));
  app.route('/v1', publicMemberRoutes(deps));
  app.route('/v1/admin', adminRoutes(deps));
  app.route('/v1', invoiceRoutes(deps));
  app.route('/', adminPageRoutes());

  app.get('/catalog.json', catalogs.file('all'));
  for (const lang of UiLanguage.options) app.get(`/catalog.${lang}.json`, catalogs.file(lang));
  const mounts = staticMounts(config.publicDir);
  app.get('*', async (c, next) => (await serveStatic(c, mounts)) ?? next());

  app.notFound((c) => problemResponse(c, notFound()));
  app.onError((error, c) => {
    if (error instanceof Problem) return problemResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, new Problem(error.status, 'about:blank', error.message || 'Bad request'));
    }
    config.log({event: 'error', route: routePath(c), ...errorFields(error)});
    return problemResponse(c, new Problem(500, 'about:blank', 'Internal server error', {detail: 'The request could not be completed. Retrying an application with the same Idempotency-Key is safe.'}));
  });
  return app;
}
