/**
 * The member registry over HTTP: the public list (`GET /v1/members`: name, city, country) and
 * the admin routes (`/v1/admin/members[/{id}]`, with contribution status).
 * @module
 */
import {Hono} from 'hono';
import {MemberListQuery, MemberRecord, type Member, type MemberRecordList} from '@metropolis-training/sdk';
import {parseBody, readJson} from '../body.js';
import type {AppDeps, AppEnv} from '../context.js';
import {deleteMember, getMember, listMembers, listPublicMembers, MEMBER_SEARCH_LIMIT, nameKey, putMember, searchPublicMembers} from '../members.js';
import {invalidField, notFound} from '../problem.js';

/**
 * `GET /v1/members[?q=…]`: never the contribution status. With `q` (at most 100 characters,
 * else 422 naming `q`), the first {@link MEMBER_SEARCH_LIMIT} members whose name contains it,
 * case and accents aside; a blank `q` lists everyone, as no `q` does.
 */
export function publicMemberRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/members', async (c) => {
    const {q} = parseBody(MemberListQuery, c.req.query(), 'Query');
    const search = q === undefined ? '' : nameKey(q);
    const list: {items: Member[]} = {items: search === '' ? await listPublicMembers(deps.db) : await searchPublicMembers(deps.db, search)};
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(list);
  });
}

/**
 * Records who changed the registry: a row of `admin_audit` and a log line, each with the
 * admin's name, the action and the member's id (an organization's id, never a person's data).
 */
async function audit(deps: AppDeps, admin: string | undefined, action: string, memberId: string): Promise<void> {
  const at = deps.clock.now().toISOString();
  await deps.db.query('INSERT INTO admin_audit (at, admin, action, target) VALUES ($1, $2, $3, $4)', [at, admin ?? 'admin', action, `member:${memberId}`]);
  deps.config.log({event: 'admin-audit', at, admin: admin ?? 'admin', action, memberId});
}

/** `GET /members`, `GET|PUT|DELETE /members/{id}`, mounted under `/v1/admin`; every change audited. */
export function adminMemberRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/members', async (c) => {
      const list: MemberRecordList = {items: await listMembers(deps.db)};
      return c.json(list);
    })
    .get('/members/:id', async (c) => {
      const member = await getMember(deps.db, c.req.param('id'));
      if (!member) throw notFound();
      return c.json(member);
    })
    .put('/members/:id', async (c) => {
      const member = parseBody(MemberRecord, await readJson(c), 'Member');
      if (member.id !== c.req.param('id')) throw invalidField('validation', 'The request has invalid fields', 'id', 'must be the id in the URL');
      const created = await putMember(deps.db, member);
      await audit(deps, c.get('adminName'), created ? 'member-created' : 'member-replaced', member.id);
      return c.json(member, created ? 201 : 200);
    })
    .delete('/members/:id', async (c) => {
      if (!(await deleteMember(deps.db, c.req.param('id')))) throw notFound();
      await audit(deps, c.get('adminName'), 'member-deleted', c.req.param('id'));
      return c.body(null, 204);
    });
}
