/**
 * Starting and stopping the server: database, migrations, demo seed, outbox sender, HTTP.
 * @module
 */
import type {AddressInfo} from 'node:net';
import type {Server} from 'node:http';
import {serve} from '@hono/node-server';
import {parseCatalog} from '@metropolis-training/sdk';
import {createApp} from './app.js';
import {createClock} from './clock.js';
import type {ServerConfig} from './config.js';
import {LiveCatalog} from './catalog-overlay.js';
import {openDatabase, type Database} from './db/index.js';
import {seedSampleMembers} from './members.js';
import {fillSearchText} from './applications/records.js';
import {errorFields} from './log.js';
import {migrate} from './migrations.js';
import {OutboxSender} from './outbox/sender.js';

/** A server that is listening. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080` (no trailing slash). */
  readonly url: string;
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** The database, for tools and tests. */
  readonly database: Database;
  /** The mail sender; `drain()` sends what is due now. */
  readonly outbox: OutboxSender;
  /** Stops accepting connections, finishes requests in progress, stops the sender, closes the database. */
  close(): Promise<void>;
}

/**
 * Listens with the limits a server facing hostile clients needs: a client that stalls while
 * sending its headers or body gets 408 and is disconnected (Node answers it before the app sees
 * anything), and connections beyond the cap are closed on arrival.
 */
function listen(app: ReturnType<typeof createApp>, config: ServerConfig): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      port: config.port,
      hostname: config.host,
      serverOptions: {
        requestTimeout: config.requestTimeoutMs,
        headersTimeout: config.headersTimeoutMs,
        // How often Node checks the two timeouts (its default, 30 s, would let a stalled client wait that much longer).
        connectionsCheckingInterval: Math.min(1000, Math.ceil(config.headersTimeoutMs / 4)),
      },
    }) as Server;
    server.maxConnections = config.maxConnections;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function closeHttp(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    // Connections still busy after 10 s (a stuck client) are cut so shutdown completes.
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
  });
}

/** Serves base + published overlay; an overlay that no longer fits the base is logged and left out. */
async function loadOverlay(catalog: LiveCatalog, database: Database, config: ServerConfig): Promise<void> {
  try {
    if (await catalog.refresh(database)) config.log({event: 'catalog-overlay-loaded', courses: catalog.catalog.courses.length - catalog.base.courses.length});
  } catch (error) {
    config.log({event: 'catalog-overlay-error', ...errorFields(error)});
  }
}

/**
 * Starts the server as `config` says: validates the catalog (throwing `ValidationError` naming
 * the field), opens and migrates the database, seeds the sample members if asked, starts the
 * outbox sender and listens.
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const catalog = new LiveCatalog(parseCatalog(config.catalog));
  const database = await openDatabase({dataDir: config.dataDir, databaseUrl: config.databaseUrl, schema: config.databaseSchema});
  let outbox: OutboxSender | undefined;
  try {
    await migrate(database);
    const searchable = await fillSearchText(database);
    if (searchable) config.log({event: 'filled-search-text', count: searchable});
    if (config.seedDemoMembers) {
      const seeded = await seedSampleMembers(database);
      if (seeded) config.log({event: 'seeded-sample-members', count: seeded});
    }
    await loadOverlay(catalog, database, config);
    const sender = new OutboxSender(database, {smtpUrl: config.smtpUrl, from: config.mailFrom, intervalMs: config.outboxIntervalMs, log: config.log});
    outbox = sender;
    const clock = createClock(config.clock, config.demoDate);
    const app = createApp({config, catalog, liveCatalog: catalog, db: database, clock, kickOutbox: () => sender.kick()});
    const http = await listen(app, config);
    sender.start();
    // Another instance may publish a course from a proposal: look for it now and then.
    const refresher = setInterval(() => void loadOverlay(catalog, database, config), config.catalogRefreshMs ?? 30_000);
    refresher.unref();
    const {port} = http.address() as AddressInfo;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}`,
      port,
      database,
      outbox: sender,
      close: () =>
        (closing ??= (async () => {
          clearInterval(refresher);
          await closeHttp(http);
          await sender.stop();
          await database.close();
        })()),
    };
  } catch (error) {
    await outbox?.stop();
    await database.close();
    throw error;
  }
}
