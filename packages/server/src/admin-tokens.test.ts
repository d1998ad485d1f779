import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Application, ApplicationReceipt} from '@metropolis-training/sdk';
import {applicationBody, startTestServer, type TestServer} from './test-support/server.js';

const cli = fileURLToPath(new URL('./admin-token-cli.js', import.meta.url));
const databaseUrl = process.env.TEST_DATABASE_URL || undefined;

describe(`admin tokens from the command line (${databaseUrl ? 'PostgreSQL, server running' : 'PGlite, server stopped while the command runs'})`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'metropolis-admin-token-test-'));
  let server: TestServer | undefined;
  let schema: string | undefined;
  after(async () => {
    await server?.close();
    rmSync(dataDir, {recursive: true, force: true});
  });

  /** Runs the command as an operator would, against the server's database. */
  function run(...args: string[]): {status: number | null; stdout: string; stderr: string} {
    const env: NodeJS.ProcessEnv = {...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema};
    for (const key of ['DATABASE_URL', 'DATABASE_SCHEMA'] as const) if (env[key] === undefined) delete env[key];
    const result = spawnSync(process.execPath, [cli, ...args], {env, encoding: 'utf8'});
    return {status: result.status, stdout: result.stdout, stderr: result.stderr};
  }

  const start = async () => {
    server = await startTestServer({dataDir, ...(schema ? {databaseSchema: schema} : {})});
    return server;
  };
  /** On PGlite the folder is one process's: the server stops while the command runs. */
  async function withCommand<T>(work: () => T): Promise<T> {
    if (databaseUrl) return work();
    await server?.close();
    server = undefined;
    const result = work();
    await start();
    return result;
  }
  const me = (token: string) => server!.request('/v1/admin/me', {headers: {authorization: `Bearer ${token}`}});

  it('creates a token shown once, stores only its hash, and the history names its admin', async () => {
    await start();
    schema = server!.databaseSchema;
    const created = await withCommand(() => run('create', 'alice'));
    assert.equal(created.status, 0, created.stderr);
    const token = created.stdout.trim().split('\n').at(-1)!;
    assert.match(token, /^[\w-]{43}$/);
    const [row] = await server!.database.query<{token_hash: string}>("SELECT token_hash FROM admin_tokens WHERE name = 'alice'");
    assert.match(row!.token_hash, /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(row).includes(token));
    assert.deepEqual(await (await me(token)).json(), {name: 'alice'});

    const {id} = (await (await server!.postJson('/v1/applications', applicationBody('lifecycle-test'))).json()) as ApplicationReceipt;
    const changed = await server!.setStatus(id, {status: 'under-review'}, {token});
    assert.equal(((await changed.json()) as Application).history.at(-1)?.by, 'alice');

    const again = await withCommand(() => run('create', 'alice'));
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already has a token/);
    assert.equal((await withCommand(() => run('create', 'Not A Name'))).status, 1);
    assert.equal(run('frobnicate').status, 2);
  });

  it('revokes a token: its next request gets 401; list shows who and since when', async () => {
    const created = await withCommand(() => run('create', 'bob'));
    const token = created.stdout.trim().split('\n').at(-1)!;
    assert.equal((await me(token)).status, 200);
    const revoked = await withCommand(() => run('revoke', 'bob'));
    assert.equal(revoked.status, 0, revoked.stderr);
    assert.equal((await me(token)).status, 401);
    const list = await withCommand(() => run('list'));
    assert.match(list.stdout, /^alice\tcreated \S+\tactive$/m);
    assert.match(list.stdout, /^bob\tcreated \S+\trevoked \S+$/m);
    assert.equal((await withCommand(() => run('revoke', 'bob'))).status, 1, 'nothing left to revoke');
    // A revoked name can be given a new token.
    const renewed = await withCommand(() => run('create', 'bob'));
    assert.equal((await me(renewed.stdout.trim().split('\n').at(-1)!)).status, 200);
    assert.equal((await me(token)).status, 401);
  });
});

describe('admin tokens from the environment', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({adminToken: undefined, adminTokens: [{name: 'carla', token: 'carla-token-0123456789'}]});
  });
  after(() => server.close());

  it('lets each named token in as its admin; without ADMIN_TOKEN there is no "admin"', async () => {
    assert.deepEqual(await (await server.request('/v1/admin/me', {headers: {authorization: 'Bearer carla-token-0123456789'}})).json(), {name: 'carla'});
    assert.equal((await server.admin('/v1/admin/me')).status, 401);
  });
});
