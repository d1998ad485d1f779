/**
 * The admissions team's routes, behind `Authorization: Bearer <token>` of a named admin: who
 * is signed in, applications (list, one with its ETag, status with If-Match, preview, CSV
 * export), editions with their counts; the member registry is in `members.ts`, proposals in
 * `proposals.ts`.
 * @module
 */
import {Hono, type Context, type MiddlewareHandler} from 'hono';
import {ApplicationListQuery, type AdminIdentity, type ApplicationPage, type IncomeClassification} from '@metropolis-training/sdk';
import {applicationEtag, changeStatus, previewStatus, type Actor} from '../applications/lifecycle.js';
import {editionAdmissions} from '../applications/editions.js';
import {findApplication, listApplications, toApplication} from '../applications/records.js';
import {parseBody, readJson} from '../body.js';
import type {AppDeps, AppEnv} from '../context.js';
import {applicationCsvHeader, applicationCsvLine, csvLine} from '../csv.js';
import {notFound, Problem} from '../problem.js';
import {adminNameOf, environmentTokens} from '../admin-tokens.js';
import {adminMemberRoutes} from './members.js';
import {adminProposalRoutes} from './proposals.js';

/**
 * 401 with `WWW-Authenticate: Bearer` unless the request carries an admin's token (from the
 * environment or the `admin_tokens` table, not revoked); sets `adminName`.
 */
export function adminAuth(deps: Pick<AppDeps, 'config' | 'db'>): MiddlewareHandler<AppEnv> {
  const envTokens = environmentTokens(deps.config);
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const name = match?.[1] ? await adminNameOf(deps.db, envTokens, match[1]) : undefined;
    if (name === undefined) {
      throw new Problem(401, 'about:blank', 'Unauthorized', {
        detail: 'The admin routes need Authorization: Bearer <token> with an admin token that is not revoked.',
        headers: {'WWW-Authenticate': 'Bearer realm="metropolis-training-admin"'},
      });
    }
    c.set('adminName', name);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** The signed-in admin, and the origin links in mails point to when `PUBLIC_URL` is not set. */
function actor(c: Context<AppEnv>): Actor {
  return {by: c.get('adminName') ?? 'admin', origin: new URL(c.req.url).origin};
}

/** The World Bank classification the income-group filter reads: the edition's schedule's, else FY2025. */
function classificationOf(deps: AppDeps, editionId: string | undefined): IncomeClassification {
  const edition = editionId ? deps.catalog.edition(editionId) : undefined;
  const schedule = edition?.fee.kind === 'schedule' ? deps.catalog.schedule(edition.fee.scheduleId) : undefined;
  return schedule?.incomeClassification ?? 'FY2025';
}

/** Rows fetched per query while exporting. */
const EXPORT_PAGE = 200;

/** The admin routes, mounted under `/v1/admin`. */
export function adminRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .use('*', adminAuth(deps))
    .get('/me', (c) => {
      const me: AdminIdentity = {name: c.get('adminName')!};
      return c.json(me);
    })
    .get('/applications', async (c) => {
      const query = parseBody(ApplicationListQuery, c.req.query(), 'Query');
      const page = await listApplications(deps.db, query, classificationOf(deps, query.editionId));
      const body: ApplicationPage = {items: page.rows.map(toApplication), total: page.total, ...(page.nextCursor ? {nextCursor: page.nextCursor} : {})};
      return c.json(body);
    })
    .get('/applications.csv', async (c) => {
      const query = parseBody(ApplicationListQuery, c.req.query(), 'Query');
      // A byte-order mark so spreadsheets read the UTF-8 names right.
      let csv = `\uFEFF${csvLine(applicationCsvHeader)}`;
      let cursor: string | undefined = query.cursor;
      do {
        const page = await listApplications(deps.db, {...query, limit: String(EXPORT_PAGE), ...(cursor ? {cursor} : {})}, classificationOf(deps, query.editionId));
        for (const row of page.rows) csv += applicationCsvLine(toApplication(row));
        cursor = page.nextCursor;
      } while (cursor);
      c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
      c.header('Content-Disposition', 'attachment; filename="applications.csv"');
      return c.body(csv, 200);
    })
    .get('/applications/:id', async (c) => {
      const row = await findApplication(deps.db, c.req.param('id'));
      if (!row) throw notFound();
      c.header('ETag', applicationEtag(row.version));
      return c.json(toApplication(row));
    })
    .post('/applications/:id/status', async (c) => {
      const id = c.req.param('id');
      const {application, version} = await changeStatus(deps, id, await readJson(c), c.req.header('if-match'), actor(c));
      c.set('applicationId', application.id);
      c.header('ETag', applicationEtag(version));
      return c.json(application);
    })
    .post('/applications/:id/preview', async (c) => {
      const preview = await previewStatus(deps, c.req.param('id'), await readJson(c), actor(c));
      return c.json(preview);
    })
    .get('/editions', async (c) => c.json(await editionAdmissions(deps)))
    .route('/', adminMemberRoutes(deps))
    .route('/', adminProposalRoutes(deps));
}
