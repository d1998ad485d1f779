/**
 * Embedded PostgreSQL (PGlite) in a data folder: no set-up. One connection, so statements and
 * transactions run one at a time, which also makes every transaction serializable in effect.
 * @module
 */
import {mkdirSync} from 'node:fs';
import {PGlite, type Transaction} from '@electric-sql/pglite';
import type {Database, Queryable} from './index.js';

function wrap(target: PGlite | Transaction): Queryable {
  return {query: async <Row>(sql: string, params: readonly unknown[] = []) => (await target.query<Row>(sql, [...params])).rows};
}

/** Opens (creating if needed) the PGlite database in `dataDir`. */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, {recursive: true});
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  const root = wrap(pglite);
  // Sessions (migrations) take turns, so two never interleave their statements on the one connection.
  let turn: Promise<unknown> = Promise.resolve();
  return {
    kind: 'pglite',
    query: root.query,
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    session: (work) => {
      const mine = turn.then(() => work({...root, exec: async (sql) => void (await pglite.exec(sql))}));
      turn = mine.catch(() => {});
      return mine;
    },
    close: () => pglite.close(),
  };
}
