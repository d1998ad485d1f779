// A web-test-runner plugin that runs the real reference server (packages/server, built) for the
// browser tests and proxies `/reference-server/*` of the test runner's own origin to it, so
// browser tests talk to the real API with no CORS and only loopback network. A control endpoint
// lets a test make the proxy fail in the ways a real network fails.
//
// The server (started at serverStart, closed at serverStop):
// - `startTestServer()` of packages/server/dist/test-support/server.js, on 127.0.0.1 and an
//   ephemeral port, always on PGlite in a fresh temporary folder (TEST_DATABASE_URL is ignored),
//   rate limit off, admin token `test-admin-token-0123456789`, and the named admins `alice` and
//   `bob` of ADMISSIONS_ENV for the admissions console, and the test server's invoicing details;
// - the clock fixed at 2025-09-15T08:00:00Z (10:00 in Barcelona; DEMO_DATE 2025-09-15, the day
//   `npm start` uses): the Diploma in Internationalization (Barcelona,
//   `diploma-internationalization-2025`) takes applications; the catalog is the sample catalog
//   plus the server tests' editions (quota-test-a, quota-test-b, lifecycle-test: open copies of
//   the Diploma; closed-test; free-test; fee-tba-test);
// - the member registry (the Diploma's member rate needs contributions paid through 2024):
//     id                   name                              country  paid through
//     addis-ababa          Addis Ababa City Administration   ET       2024  (low income: fee waived)
//     cairo                Cairo Governorate                 EG       2025  (lower-middle: 165.00)
//     barcelona            Àrea Metropolitana de Barcelona   ES       2024  (member: 330.00)
//     in-arrears           Ciudad Atrasada                   PE       2022  (in arrears: 660.00)
//     sample-barcelona     Barcelona (sample data)           ES       2024
//     sample-cairo         Cairo (sample data)               EG       2024
//     sample-mashhad       Mashhad (sample data)             IR       2024
//     sample-mexico-city   Mexico City (sample data)         MX       2024
//     sample-seoul         Seoul (sample data)               KR       2024
//     sample-johannesburg  Johannesburg (sample data)        ZA       2024
//     sample-kampala       Kampala (sample data)             UG       2024
//     sample-dakar         Dakar (sample data)               SN       2022  (in arrears)
//   (the first four are `testMembers` of the server's test support, the others its demo
//   `sampleMembers`). The server is shared by every test file of a run and never emptied:
//   tests must not count applications they did not make (filter by a unique email instead).
//
// The proxy: `ANY /reference-server/<path>` → `<server>/<path>`, method, headers (but
// hop-by-hop ones, Host and Accept-Encoding), body and query as sent; status, headers and body
// of the answer as the server sent them.
//
// The control endpoint, scoped to the test file that calls it (its page's `wtr-session-id`,
// read from the Referer; requests without one share a default scope), so concurrent test files
// do not disturb each other:
// - `POST /reference-server-control` `{mode, method?, path?, times?, status?, body?, headers?}`:
//   - `normal`: forward everything;
//   - `drop-responses`: forward matching requests (the server acts: an application IS stored),
//     then destroy the browser's connection without an answer (a network failure after the
//     server acted). Chromium silently re-sends a request whose reused keep-alive connection
//     closed without an answer, so one fetch() may reach the server several times (each one
//     dropped while the mode lasts): count on the idempotency key, not on one forward;
//   - `fail`: answer matching requests 503 application/problem+json without forwarding;
//   - `hold`: keep matching requests waiting, unanswered, until the next control request
//     (any mode, or reset) releases them to the server (to test a "sending" state);
//   - `respond-once`: answer the next matching request with `{status, body, headers?}`
//     (e.g. a 422 problem naming a field) without forwarding, then back to normal.
//   `method` (e.g. `POST`) and `path` (below /reference-server, e.g. `/v1/applications`; a
//   trailing `*` matches a prefix) narrow which requests the mode applies to (default: all);
//   `times` ends `drop-responses` / `fail` after that many matching requests. Answers 204.
// - `GET /reference-server-control/origin`: `{url}`, the server's own address (another origin
//   than the test page's: a second loopback port), for tests of cross-origin loading.
// - `POST /reference-server-control/reset`: back to normal and the counts cleared (this scope).
// - `GET /reference-server-control/requests`: `{requests, forwarded}`, counts by
//   `"METHOD /path"` (path without query) of the requests that reached the proxy from this
//   scope, and of those forwarded to the server.
import {sampleMembers} from '../packages/server/dist/members.js';

/** The admin token of the reference server, also in the browser helper. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789';
/**
 * Named admins of the reference server (`ADMIN_TOKENS`), besides `admin` (`ADMIN_TOKEN`): the
 * admissions console's tests sign in as two people to see who did what, and to collide.
 */
export const ADMIN_TOKENS = 'alice:test-alice-token-0123456789,bob:test-bob-token-0123456789';

/**
 * Environment of the admissions console's tests, read by the server's own `configFromEnv`: the
 * named admins. (The invoicing configuration, issuer and bank details, is the test server's own
 * `invoicingEnv`, which every test server has.)
 */
export const ADMISSIONS_ENV = {ADMIN_TOKENS};

/**
 * The overrides of the server's configuration that `ADMISSIONS_ENV` makes: its `configFromEnv`
 * read with and without them, keeping what differs, so this file needs no knowledge of the
 * configuration's field names.
 */
async function admissionsOverrides() {
  const {configFromEnv} = await import('../packages/server/dist/config.js');
  const {invoicingEnv = {}} = await import('../packages/server/dist/test-support/server.js');
  const base = {DATA_DIR: '/tmp', ADMIN_TOKEN, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', ...invoicingEnv};
  let plain;
  let full;
  try {
    plain = configFromEnv(base);
    full = configFromEnv({...base, ...ADMISSIONS_ENV});
  } catch (error) {
    console.warn(`reference server: the admissions environment was refused (${error.message}); named admins are off`);
    return {};
  }
  const overrides = {};
  for (const [key, value] of Object.entries(full)) {
    if (typeof value === 'function') continue;
    if (JSON.stringify(value) !== JSON.stringify(plain[key])) overrides[key] = value;
  }
  return overrides;
}

/** The fixed day of the reference server's clock. */
export const REFERENCE_DATE = '2025-09-15';

const PREFIX = '/reference-server';
const CONTROL = '/reference-server-control';
const MODES = new Set(['normal', 'drop-responses', 'fail', 'respond-once', 'hold']);
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host', 'content-length', 'accept-encoding']);
const MAX_BODY = 2 * 1024 * 1024;

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('body too large for the reference-server proxy');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The wtr session of the page that sent the request, from its Referer; `default` without one. */
function scopeOf(ctx) {
  const referer = ctx.get('referer');
  if (!referer) return 'default';
  try {
    return new URL(referer).searchParams.get('wtr-session-id') ?? 'default';
  } catch {
    return 'default';
  }
}

function count(map, key) {
  map[key] = (map[key] ?? 0) + 1;
}

function problem(ctx, status, title, detail) {
  ctx.status = status;
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({type: 'about:blank', title, status, detail});
}

/**
 * The plugin, and the middleware to register in the config's `middleware` (it must run before
 * the dev server's own middleware, which plugins' `serverStart` cannot arrange).
 * @returns {{plugin: import('@web/dev-server-core').Plugin, middleware: import('koa').Middleware}}
 */
export function referenceServer() {
  /** @type {import('../packages/server/dist/test-support/server.js').TestServer | undefined} */
  let server;
  /** @type {Map<string, {mode: string, method?: string, path?: string, times?: number, answer?: {status: number, body: unknown, headers?: Record<string, string>}, requests: Record<string, number>, forwarded: Record<string, number>, held?: (() => void)[]}>} */
  const scopes = new Map();
  const scope = (id) => {
    let s = scopes.get(id);
    if (!s) scopes.set(id, (s = {mode: 'normal', requests: {}, forwarded: {}}));
    return s;
  };

  const matches = (s, method, path) =>
    (!s.method || s.method.toUpperCase() === method) &&
    (!s.path || (s.path.endsWith('*') ? path.startsWith(s.path.slice(0, -1)) : path === s.path));

  /** One matching request used up: `times` counts down, `respond-once` ends. */
  const spend = (s) => {
    if (s.mode === 'respond-once') s.mode = 'normal';
    else if (s.times !== undefined && --s.times <= 0) s.mode = 'normal';
  };

  /** Lets every request `hold` kept waiting go on to the server. */
  const release = (s) => {
    for (const go of s.held?.splice(0) ?? []) go();
  };

  async function control(ctx) {
    const s = scope(scopeOf(ctx));
    if (ctx.method === 'POST') release(s);
    const sub = ctx.path.slice(CONTROL.length);
    if (ctx.method === 'GET' && sub === '/origin') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({url: server.url});
      return;
    }
    if (ctx.method === 'GET' && sub === '/requests') {
      ctx.type = 'application/json';
      ctx.set('cache-control', 'no-store');
      ctx.body = JSON.stringify({requests: s.requests, forwarded: s.forwarded});
      return;
    }
    if (ctx.method === 'POST' && sub === '/reset') {
      scopes.delete(scopeOf(ctx));
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'POST' && sub === '') {
      let settings;
      try {
        settings = JSON.parse((await readBody(ctx.req)).toString('utf8') || '{}');
      } catch {
        return problem(ctx, 400, 'Bad control request', 'The body is not JSON.');
      }
      if (!MODES.has(settings.mode)) return problem(ctx, 422, 'Bad control request', `mode must be one of ${[...MODES].join(', ')}.`);
      if (settings.mode === 'respond-once' && !Number.isInteger(settings.status)) return problem(ctx, 422, 'Bad control request', 'respond-once needs a status.');
      Object.assign(s, {
        mode: settings.mode,
        method: settings.method,
        path: settings.path,
        times: Number.isInteger(settings.times) && settings.times > 0 ? settings.times : undefined,
        answer: settings.mode === 'respond-once' ? {status: settings.status, body: settings.body, headers: settings.headers} : undefined,
      });
      ctx.status = 204;
      return;
    }
    problem(ctx, 404, 'Not found', 'Control routes: POST /reference-server-control, POST …/reset, GET …/requests, GET …/origin.');
  }

  async function forward(ctx, body) {
    const upstream = new URL(ctx.url.slice(PREFIX.length) || '/', server.url);
    const headers = new Headers();
    for (const [name, value] of Object.entries(ctx.req.headers)) {
      if (HOP_BY_HOP.has(name) || value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const hasBody = !['GET', 'HEAD'].includes(ctx.method);
    return fetch(upstream, {method: ctx.method, headers, body: hasBody ? body : undefined, redirect: 'manual'});
  }

  async function proxy(ctx) {
    const path = ctx.path.slice(PREFIX.length) || '/';
    const key = `${ctx.method} ${path}`;
    const s = scope(scopeOf(ctx));
    count(s.requests, key);
    if (!server) return problem(ctx, 503, 'Reference server not started', 'The reference server starts with the test runner.');
    const body = await readBody(ctx.req);
    const applies = s.mode !== 'normal' && matches(s, ctx.method, path);
    if (applies) {
      const mode = s.mode;
      const answer = s.answer;
      spend(s);
      if (mode === 'hold') {
        await new Promise((go) => (s.held ??= []).push(go));
        count(s.forwarded, key);
        return answerWith(ctx, await forward(ctx, body));
      }
      if (mode === 'fail') return problem(ctx, 503, 'Service Unavailable', 'The reference-server proxy was told to fail (mode "fail").');
      if (mode === 'respond-once') {
        ctx.status = answer.status;
        for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, value);
        if (answer.body !== undefined) {
          if (!ctx.response.get('content-type')) ctx.type = answer.status >= 400 ? 'application/problem+json' : 'application/json';
          ctx.body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        }
        return;
      }
      // drop-responses: the server acts, the browser never hears of it.
      count(s.forwarded, key);
      const response = await forward(ctx, body);
      await response.arrayBuffer();
      ctx.status = 204; // for the runner's logs only: nothing is sent
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    count(s.forwarded, key);
    await answerWith(ctx, await forward(ctx, body));
  }

  /** Sends the server's answer on to the browser. */
  async function answerWith(ctx, response) {
    ctx.status = response.status;
    for (const [name, value] of response.headers) {
      if (HOP_BY_HOP.has(name) || name === 'content-encoding') continue;
      if (name === 'set-cookie') continue;
      ctx.set(name, value);
    }
    for (const cookie of response.headers.getSetCookie?.() ?? []) ctx.append('set-cookie', cookie);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (ctx.method !== 'HEAD' && ![204, 304].includes(response.status)) ctx.body = bytes;
  }

  /** @type {import('koa').Middleware} */
  const middleware = async (ctx, next) => {
    if (ctx.path === CONTROL || ctx.path.startsWith(`${CONTROL}/`)) return control(ctx);
    if (ctx.path === PREFIX || ctx.path.startsWith(`${PREFIX}/`)) return proxy(ctx);
    return next();
  };

  /** @type {import('@web/dev-server-core').Plugin} */
  const plugin = {
    name: 'reference-server',
    async serverStart() {
      const support = await import('../packages/server/dist/test-support/server.js');
      // Always PGlite: a fresh embedded database per run, whatever TEST_DATABASE_URL says.
      const databaseUrl = process.env.TEST_DATABASE_URL;
      delete process.env.TEST_DATABASE_URL;
      try {
        server = await support.startTestServer({demoDate: REFERENCE_DATE, log: () => {}, ...(await admissionsOverrides())});
      } finally {
        if (databaseUrl !== undefined) process.env.TEST_DATABASE_URL = databaseUrl;
      }
      server.setNow(support.SEPTEMBER_15);
      await server.seedMembers();
      for (const member of sampleMembers) {
        const response = await server.admin(`/v1/admin/members/${member.id}`, {method: 'PUT', headers: {'content-type': 'application/json'}, body: JSON.stringify(member)});
        if (!response.ok) throw new Error(`reference server: PUT member ${member.id}: ${response.status}`);
      }
    },
    async serverStop() {
      // close() stops HTTP, closes PGlite and removes its temporary folder.
      await server?.close();
      server = undefined;
    },
  };

  return {plugin, middleware};
}
