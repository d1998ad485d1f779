/**
 * One small database interface with two implementations: embedded PGlite in a data folder, or
 * PostgreSQL through a node-postgres pool. The SQL is the same for both.
 * @module
 */

/** Something SQL can be sent to: the database, a transaction, or one session. */
export interface Queryable {
  /** Runs one statement with `$1, $2, …` parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A single connection, for session-level work such as advisory locks and migrations. */
export interface Session extends Queryable {
  /** Runs a script of several statements, without parameters. */
  exec(sql: string): Promise<void>;
}

/** The database. */
export interface Database extends Queryable {
  /** Which implementation this is. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `work` on one connection held for its whole duration. */
  session<T>(work: (session: Session) => Promise<T>): Promise<T>;
  /** Closes the database (PGlite must be closed, or Node will not exit). */
  close(): Promise<void>;
}

/** Where the data lives. */
export interface DatabaseOptions {
  /** PGlite's folder, used when `databaseUrl` is not set. */
  dataDir: string;
  /** PostgreSQL connection string. */
  databaseUrl?: string | undefined;
  /** PostgreSQL schema to use (created if missing); default `public`. */
  schema?: string | undefined;
}

/** Opens PostgreSQL when a URL is given, else PGlite in the data folder. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const {openPostgres} = await import('./postgres.js');
    return openPostgres(options.databaseUrl, options.schema);
  }
  const {openPglite} = await import('./pglite.js');
  return openPglite(options.dataDir);
}

/** PostgreSQL's error code for a unique constraint violation. */
export const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE code of a database error, if it is one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as {code?: unknown} | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
