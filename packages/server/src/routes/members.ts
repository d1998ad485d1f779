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

/** `GET /members`, `GET|PUT|DELETE /members/{id}`, mounted under `/v1/admin`. */
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
      return c.json(member, created ? 201 : 200);
    })
    .delete('/members/:id', async (c) => {
      if (!(await deleteMember(deps.db, c.req.param('id')))) throw notFound();
      return c.body(null, 204);
    });
}
