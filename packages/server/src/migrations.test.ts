import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {randomBytes} from 'node:crypto';
import pg from 'pg';
import {openDatabase, type Database, type DatabaseOptions} from './db/index.js';
import {migrate, migrationsDir} from './migrations.js';

describe('migrations', () => {
  const url = process.env.TEST_DATABASE_URL || undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'metropolis-migrations-test-'));
  const options: DatabaseOptions = {dataDir, databaseUrl: url, schema: url ? `test_${randomBytes(6).toString('hex')}` : undefined};
  let db: Database;
  before(async () => {
    db = await openDatabase(options);
  });
  after(async () => {
    await db.close();
    rmSync(dataDir, {recursive: true, force: true});
    if (url) {
      const client = new pg.Client({connectionString: url});
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${options.schema}" CASCADE`);
      await client.end();
    }
  });

  it('applies every file once, even when two instances start together', async () => {
    // On PostgreSQL a second pool stands for a second instance; PGlite has one connection per folder.
    const other = db.kind === 'postgres' ? await openDatabase(options) : db;
    try {
      const [a, b] = await Promise.all([migrate(db), migrate(other)]);
      const files = readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort();
      assert.deepEqual([...a, ...b].sort(), files);
      assert.deepEqual(await migrate(db), []);
      const versions = await db.query<{version: string}>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(versions.map((v) => v.version), files);
    } finally {
      if (other !== db) await other.close();
    }
  });

  it('runs a transaction to the end or not at all', async () => {
    await assert.rejects(db.transaction(async (tx) => {
      await tx.query("INSERT INTO members (id, name, name_key, city, country) VALUES ('x', 'X', 'x', 'X', 'ES')");
      throw new Error('abort');
    }), /abort/);
    assert.deepEqual(await db.query("SELECT id FROM members WHERE id = 'x'"), []);
  });
});
