/**
 * PostgreSQL through a node-postgres pool, for several server instances on one database.
 * @module
 */
import pg from 'pg';
import type {Database, Queryable, Session} from './index.js';

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {query: async <Row>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as Row[]};
}

/**
 * Connects to `url`. With `schema`, every connection works in that schema (created if
 * missing), so separate runs can share one database.
 */
export async function openPostgres(url: string, schema?: string): Promise<Database> {
  if (schema) {
    const setup = new pg.Client({connectionString: url});
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? {options: `-c search_path=${quoteIdentifier(schema)}`} : {}),
  });
  // An idle connection that breaks (database restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const root = wrap(pool);

  async function withClient<T>(work: (client: pg.PoolClient, fail: (error: Error) => void) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await work(client, (error) => (broken = error));
    } finally {
      // A connection whose ROLLBACK failed is in an unknown state: destroy it, never reuse it.
      client.release(broken);
    }
  }

  return {
    kind: 'postgres',
    query: root.query,
    transaction: (work) =>
      withClient(async (client, fail) => {
        await client.query('BEGIN');
        try {
          const result = await work(wrap(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(fail);
          throw error;
        }
      }),
    session: (work) =>
      withClient((client) => {
        const session: Session = {...wrap(client), exec: async (sql) => void (await client.query(sql))};
        return work(session);
      }),
    close: () => pool.end(),
  };
}
