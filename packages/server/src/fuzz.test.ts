import assert from 'node:assert/strict';
import fc from 'fast-check';
import {applicationBody, DIPLOMA, startTestServer, testMembers, type TestServer} from './test-support/server.js';

/**
 * Random mutations of valid requests, sent to the real server: a bounded, seeded number of runs
 * (`FUZZ_SEED` reproduces a failure; the seed is printed). Whatever arrives, the server never
 * answers 5xx, every refusal is problem+json naming the bad field, and the admin's views of what
 * was stored keep answering.
 */
const seed = Number(process.env['FUZZ_SEED'] ?? 20261203);
console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} reproduces)`);

type Json = unknown;

/** Strings a careless or hostile client sends: any UTF-16 code units (NUL, lone surrogates), formulas, huge ones. */
const hostileString = fc.oneof(
  fc.array(fc.integer({min: 0, max: 0xffff}), {maxLength: 12}).map((units) => String.fromCharCode(...units)),
  fc.constantFrom('', ' ', '\u0000', '\ud800', 'a\udfffb', 'e\u0301', '=HYPERLINK("x")', '<script>alert(1)</script>', "'; DROP TABLE applications; --", '%_\\', 'x'.repeat(6000)),
  fc.string(),
);
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(true, false, null, 0, -1, 1e21, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom({}, [], [1], {en: ''}, {nested: {deep: '\u0000'}}),
  fc.array(hostileString, {maxLength: 3}),
);

/** Every path into `value` (objects and arrays), the root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value as object);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

interface Mutation {
  path: (string | number)[];
  kind: 'replace' | 'delete' | 'add';
  value: Json;
}

function mutate(valid: Json, {path, kind, value}: Mutation): Json {
  const copy = structuredClone(valid) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (kind === 'replace') parent[last] = value;
  else if (kind === 'delete') delete parent[last];
  else if (typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) (parent[last] as Record<string, Json>)['unexpected'] = value;
  else parent[last] = value;
  return copy;
}

/** 1 to 3 mutations of `valid`. */
const mutationsOf = (valid: Json) =>
  fc.array(fc.record({path: fc.constantFrom(...pathsOf(valid)), kind: fc.constantFrom('replace', 'delete', 'add') as fc.Arbitrary<Mutation['kind']>, value: hostileValue}), {minLength: 1, maxLength: 3})
    .map((mutations) => mutations.reduce((body, m) => {
      try {
        return mutate(body, m);
      } catch {
        return body; // a path an earlier mutation removed
      }
    }, valid));

describe('fuzzing the server with mutated requests (fast-check)', () => {
  let server: TestServer;
  const stored: string[] = [];
  before(async () => {
    server = await startTestServer();
    await server.seedMembers();
  });
  after(() => server.close());

  /** Never a 5xx; a 4xx is problem+json, and a 400 or 422 names at least one field. */
  async function assertAnswered(response: Response, sent: Json): Promise<void> {
    const text = await response.text();
    const context = `${response.status} for ${JSON.stringify(sent).slice(0, 300)}: ${text.slice(0, 300)}`;
    assert.ok(response.status < 500, context);
    if (response.status < 400) return;
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, context);
    const problem = JSON.parse(text) as {status: number; issues?: {path: string; message: string}[]};
    assert.equal(problem.status, response.status, context);
    if (response.status === 400 || response.status === 422) {
      assert.ok(problem.issues?.length, `no field named: ${context}`);
      for (const issue of problem.issues!) assert.ok(typeof issue.path === 'string' && issue.message, context);
    }
  }

  it('answers 200 runs of mutated applications with 201 or a problem naming the field, never 5xx', async () => {
    const valid = applicationBody(DIPLOMA, {membership: {claim: 'member', memberId: 'cairo'}, groupMembers: [{givenName: 'Omar', familyName: 'Said', email: 'omar@example.org'}]});
    await fc.assert(fc.asyncProperty(mutationsOf(valid), async (body) => {
      const response = await server.postJson('/v1/applications', body, {'idempotency-key': crypto.randomUUID()});
      if (response.status === 201) stored.push(((await response.clone().json()) as {id: string}).id);
      await assertAnswered(response, body);
    }), {seed, numRuns: 200});
  });

  it('answers 100 runs of mutated member records (admin PUT) the same way', async () => {
    const valid = {...testMembers[1]!, id: 'fuzz-member'};
    await fc.assert(fc.asyncProperty(mutationsOf(valid), async (body) => {
      const response = await server.admin('/v1/admin/members/fuzz-member', {method: 'PUT', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});
      await assertAnswered(response, body);
    }), {seed, numRuns: 100});
  });

  it('answers 100 runs of mutated quote requests the same way', async () => {
    const valid = {editionId: DIPLOMA, country: 'EG', membership: {claim: 'member', memberId: 'cairo'}, participants: 2, lang: 'fr'};
    await fc.assert(fc.asyncProperty(mutationsOf(valid), async (body) => {
      await assertAnswered(await server.postJson('/v1/quotes', body), body);
    }), {seed, numRuns: 100});
  });

  it('still answers the admin list, search, CSV and every stored application’s detail afterwards', async () => {
    assert.ok(stored.length > 0, 'some mutations were still valid applications');
    for (const path of ['/v1/admin/applications', '/v1/admin/applications?q=a', '/v1/admin/applications?q=%25', '/v1/admin/applications.csv', '/v1/admin/members', '/v1/members?q=ca']) {
      assert.equal((await server.admin(path)).status, 200, path);
    }
    for (const id of stored) assert.equal((await server.admin(`/v1/admin/applications/${id}`)).status, 200, id);
  });
});
