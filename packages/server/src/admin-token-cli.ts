#!/usr/bin/env node
/**
 * `npm run admin-token -w @metropolis-training/server -- create|revoke|list [name]`: manages
 * the admin tokens of the `admin_tokens` table, on the database the server uses (the same
 * `DATABASE_URL` or `DATA_DIR`). `create` prints the new token once. With PGlite, stop the
 * server first: its data folder is one process's.
 * @module
 */
import {AdminTokenError, createAdminToken, listAdminTokens, revokeAdminToken} from './admin-tokens.js';
import {ConfigError, configFromEnv} from './config.js';
import {openDatabase} from './db/index.js';
import {migrate} from './migrations.js';

// `npm run -w` runs in the package's folder: read DATA_DIR from where the command was typed, as the server does.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

const usage = 'Usage: admin-token create <name> | revoke <name> | list';
const [command, name, ...rest] = process.argv.slice(2);
if (!command || rest.length || (command === 'list' ? name !== undefined : !['create', 'revoke'].includes(command) || !name)) {
  console.error(usage);
  process.exit(2);
}

let config;
try {
  // Tokens are not needed here: only where the database is.
  config = configFromEnv({...process.env, ADMIN_TOKEN: undefined, ADMIN_TOKENS: undefined});
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// DATABASE_SCHEMA: the PostgreSQL schema, for a server started with `databaseSchema` (tests).
const db = await openDatabase({dataDir: config.dataDir, databaseUrl: config.databaseUrl, schema: process.env.DATABASE_SCHEMA || undefined});
let status = 0;
try {
  await migrate(db);
  if (command === 'create') {
    const token = await createAdminToken(db, name!, new Date());
    console.log(`Admin token of ${name} (shown this once; only its hash is stored):\n${token}`);
  } else if (command === 'revoke') {
    if (await revokeAdminToken(db, name!, new Date())) console.log(`Revoked the token of ${name}: its next request gets 401.`);
    else {
      console.error(`${name} has no active token.`);
      status = 1;
    }
  } else {
    const tokens = await listAdminTokens(db);
    if (tokens.length === 0) console.log('No admin tokens in the database (ADMIN_TOKEN and ADMIN_TOKENS are not listed).');
    for (const t of tokens) console.log(`${t.name}\tcreated ${t.createdAt}${t.revokedAt ? `\trevoked ${t.revokedAt}` : '\tactive'}`);
  }
} catch (error) {
  if (!(error instanceof AdminTokenError)) throw error;
  console.error(error.message);
  status = 1;
} finally {
  await db.close();
}
process.exit(status);
