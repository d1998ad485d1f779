#!/usr/bin/env node
/**
 * The server's command: reads the environment (docs/server.md), starts, prints the URL, and
 * shuts down gracefully on SIGINT or SIGTERM.
 * @module
 */
import {ConfigError, configFromEnv, type ServerConfig} from './config.js';
import {startServer} from './server.js';

let config: ServerConfig;
try {
  config = configFromEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const server = await startServer(config);
const local = ['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost'].includes(config.host);
console.log(`Metropolis Training server: ${local ? `http://localhost:${server.port}/` : `${server.url}/`}`);
console.log(`  storage: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}; mail: ${config.smtpUrl ? 'SMTP' : 'kept in the outbox (no SMTP_URL)'}`);
if (config.demoDate) console.log(`  demo date: ${config.demoDate} (DEMO_DATE)`);
if (config.adminTokenGenerated) {
  // A token is not personal data; printed once so the operator can use the admin routes.
  console.log(`  admin token (generated at start; set ADMIN_TOKEN to choose one): ${config.adminToken}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    console.log(`${signal}: finishing requests in progress, then stopping.`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error instanceof Error ? error.name : error);
        process.exit(1);
      },
    );
  });
}
