// What the Node tests that load pages in Debian's Chromium share: the reference server on a
// loopback port with a fresh data directory (at the demo date), and Chromium's launch flags.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {configFromEnv, startServer} from '@metropolis-training/server';

/** The flags Chromium runs with here: headless, and no traffic beyond loopback. */
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts the reference server; `close()` stops it and removes its data directory. */
export async function startReferenceServer(name) {
  const dataDir = mkdtempSync(join(tmpdir(), `metropolis-${name}-`));
  const server = await startServer({...configFromEnv({DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', DEMO_DATE: '2025-09-15'}), log: () => {}});
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dataDir, {recursive: true, force: true});
    },
  };
}
