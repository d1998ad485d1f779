/**
 * Admin identities: each admin has a name and a bearer token, so histories and logs say who
 * acted. Tokens come from the environment (`ADMIN_TOKEN` is the admin named `admin`,
 * `ADMIN_TOKENS` lists `name:token` pairs) or from the `admin_tokens` table, where the
 * `admin-token` command stores only their SHA-256. A table token is looked up on every request,
 * so a revocation takes effect at once on every instance.
 * @module
 */
import {randomBytes} from 'node:crypto';
import type {ServerConfig} from './config.js';
import {ADMIN_NAME} from './config.js';
import type {Queryable} from './db/index.js';
import {sameSecret, sha256} from './secrets.js';

/** A token of the `admin_tokens` table, as `list` shows it (never the token). */
export interface StoredAdminToken {
  name: string;
  createdAt: string;
  revokedAt: string | undefined;
}

/** The environment's tokens: `ADMIN_TOKEN` as `admin`, then `ADMIN_TOKENS`. */
export function environmentTokens(config: Pick<ServerConfig, 'adminToken' | 'adminTokens'>): {name: string; token: string}[] {
  return [...(config.adminToken ? [{name: 'admin', token: config.adminToken}] : []), ...config.adminTokens];
}

/**
 * The name of the admin whose token `token` is, or undefined. Environment tokens are compared
 * in constant time (every one, so the timing does not tell which matched); table tokens are
 * found by their SHA-256, which reveals nothing of the token.
 */
export async function adminNameOf(db: Queryable, envTokens: readonly {name: string; token: string}[], token: string): Promise<string | undefined> {
  let found: string | undefined;
  for (const entry of envTokens) if (sameSecret(token, entry.token) && found === undefined) found = entry.name;
  if (found !== undefined) return found;
  const [row] = await db.query<{name: string}>('SELECT name FROM admin_tokens WHERE token_hash = $1 AND revoked_at IS NULL', [sha256(token)]);
  return row?.name;
}

/** Thrown for a name the table cannot take. */
export class AdminTokenError extends Error {
  override readonly name = 'AdminTokenError';
}

/**
 * Creates a token for `name` (replacing a revoked one of that name) and returns it: the only
 * time it is seen; the table keeps its SHA-256.
 */
export async function createAdminToken(db: Queryable, name: string, now: Date): Promise<string> {
  if (!ADMIN_NAME.test(name)) throw new AdminTokenError(`The name must be 1 to 40 characters a-z, 0-9, ".", "_" or "-": ${JSON.stringify(name.slice(0, 60))}`);
  const token = randomBytes(32).toString('base64url');
  const rows = await db.query(
    `INSERT INTO admin_tokens (name, token_hash, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at, revoked_at = NULL
       WHERE admin_tokens.revoked_at IS NOT NULL
     RETURNING name`,
    [name, sha256(token), now.toISOString()],
  );
  if (rows.length === 0) throw new AdminTokenError(`${name} already has a token; revoke it first (admin-token revoke ${name}).`);
  return token;
}

/** Revokes `name`'s token; false when it has none that is active. */
export async function revokeAdminToken(db: Queryable, name: string, now: Date): Promise<boolean> {
  const rows = await db.query('UPDATE admin_tokens SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL RETURNING name', [name, now.toISOString()]);
  return rows.length > 0;
}

/** Every token of the table, by name, revoked ones included. */
export async function listAdminTokens(db: Queryable): Promise<StoredAdminToken[]> {
  const rows = await db.query<{name: string; created_at: Date | string; revoked_at: Date | string | null}>('SELECT name, created_at, revoked_at FROM admin_tokens ORDER BY name');
  return rows.map((r) => ({name: r.name, createdAt: new Date(r.created_at).toISOString(), revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : undefined}));
}
