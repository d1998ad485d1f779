/**
 * Schema migrations: the plain SQL files in `packages/server/migrations/`, applied in name order
 * at start, each once, each in its own transaction. On PostgreSQL an advisory lock makes
 * instances that start together apply them one at a time.
 * @module
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Database} from './db/index.js';

/** The folder of the SQL files, next to `dist/`. */
export const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

/** Key of the advisory lock held while migrating (any constant shared by all instances). */
const LOCK_NAME = 'metropolis-training:migrations';

/** Applies the migrations not applied yet; returns their names. */
export async function migrate(db: Database, dir = migrationsDir): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  return db.session(async (session) => {
    await session.query('SELECT pg_advisory_lock(hashtext($1))', [LOCK_NAME]);
    try {
      await session.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = new Set((await session.query<{version: string}>('SELECT version FROM schema_migrations')).map((r) => r.version));
      const applied: string[] = [];
      for (const file of files) {
        if (done.has(file)) continue;
        await session.exec('BEGIN');
        try {
          await session.exec(readFileSync(join(dir, file), 'utf8'));
          await session.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
          await session.exec('COMMIT');
        } catch (error) {
          await session.exec('ROLLBACK');
          throw new Error(`Migration ${file} failed: ${(error as Error).message}`, {cause: error});
        }
        applied.push(file);
      }
      return applied;
    } finally {
      await session.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_NAME]);
    }
  });
}
