/**
 * The admissions team's routes, behind `Authorization: Bearer <ADMIN_TOKEN>`: applications
 * (list, one, status, CSV export); the member registry is in `members.ts`, proposals in
 * `proposals.ts`.
 * @module
 */
import {Hono, type MiddlewareHandler} from 'hono';
import {ApplicationListQuery, type ApplicationPage} from '@metropolis-training/sdk';
import {changeStatus} from '../applications/lifecycle.js';
import {findApplication, listApplications, toApplication} from '../applications/records.js';
import {parseBody, readJson} from '../body.js';
import type {AppDeps, AppEnv} from '../context.js';
import {applicationCsvHeader, applicationCsvLine, csvLine} from '../csv.js';
import {notFound, Problem} from '../problem.js';
import {sameSecret} from '../secrets.js';
import {adminMemberRoutes} from './members.js';
import {adminProposalRoutes} from './proposals.js';

/** 401 with `WWW-Authenticate: Bearer` unless the request carries the admin token. */
export function adminAuth(adminToken: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!match?.[1] || !sameSecret(match[1], adminToken)) {
      throw new Problem(401, 'about:blank', 'Unauthorized', {
        detail: 'The admin routes need Authorization: Bearer <ADMIN_TOKEN>.',
        headers: {'WWW-Authenticate': 'Bearer realm="metropolis-training-admin"'},
      });
    }
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** Rows fetched per query while exporting. */
const EXPORT_PAGE = 200;

/** The admin routes, mounted under `/v1/admin`. */
export function adminRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .use('*', adminAuth(deps.config.adminToken))
    .get('/applications', async (c) => {
      const query = parseBody(ApplicationListQuery, c.req.query(), 'Query');
      const page = await listApplications(deps.db, query);
      const body: ApplicationPage = {items: page.rows.map(toApplication), total: page.total, ...(page.nextCursor ? {nextCursor: page.nextCursor} : {})};
      return c.json(body);
    })
    .get('/applications.csv', async (c) => {
      const query = parseBody(ApplicationListQuery, c.req.query(), 'Query');
      // A byte-order mark so spreadsheets read the UTF-8 names right.
      let csv = `\uFEFF${csvLine(applicationCsvHeader)}`;
      let cursor: string | undefined = query.cursor;
      do {
        const page = await listApplications(deps.db, {...query, limit: String(EXPORT_PAGE), ...(cursor ? {cursor} : {})});
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
      return c.json(toApplication(row));
    })
    .post('/applications/:id/status', async (c) => {
      const id = c.req.param('id');
      const application = await changeStatus(deps, id, await readJson(c));
      c.set('applicationId', application.id);
      return c.json(application);
    })
    .route('/', adminMemberRoutes(deps))
    .route('/', adminProposalRoutes(deps));
}
