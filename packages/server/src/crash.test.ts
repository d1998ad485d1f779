import assert from 'node:assert/strict';
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ApplicationPage, ApplicationReceipt} from '@metropolis-training/sdk';
import {ADMIN_TOKEN, applicationBody, DIPLOMA} from './test-support/server.js';

const main = fileURLToPath(new URL('./main.js', import.meta.url));

interface Child {
  process: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** Starts `node dist/main.js` on a free loopback port with PGlite in `dataDir`; resolves once it prints its URL. */
function startChild(dataDir: string): Promise<Child> {
  const env: NodeJS.ProcessEnv = {...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_DATE: '2025-09-15', ADMIN_TOKEN, RATE_LIMIT: '0'};
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const child = spawn(process.execPath, [main], {env, stdio: ['ignore', 'pipe', 'pipe']});
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Metropolis Training server: http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve({process: child, url: `http://127.0.0.1:${match[1]}`, exited});
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
}

describe('a killed server keeps every application it answered 201 for', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'metropolis-crash-test-'));
  after(() => rmSync(dataDir, {recursive: true, force: true}));

  it('survives SIGKILL right after the 201s and shuts down cleanly on SIGTERM', async () => {
    const first = await startChild(dataDir);
    const responses = await Promise.all(Array.from({length: 8}, (_, n) =>
      fetch(`${first.url}/v1/applications`, {
        method: 'POST',
        headers: {'content-type': 'application/json', 'idempotency-key': crypto.randomUUID()},
        body: JSON.stringify(applicationBody(DIPLOMA, {}, {email: `crash${n}@example.org`})),
      })));
    const receipts: ApplicationReceipt[] = [];
    for (const response of responses) {
      assert.equal(response.status, 201);
      receipts.push((await response.json()) as ApplicationReceipt);
    }
    first.process.kill('SIGKILL');
    assert.equal(await first.exited, null);

    const second = await startChild(dataDir);
    try {
      const page = (await (await fetch(`${second.url}/v1/admin/applications?limit=200`, {headers: {authorization: `Bearer ${ADMIN_TOKEN}`}})).json()) as ApplicationPage;
      const stored = new Set(page.items.map((a) => a.id));
      for (const receipt of receipts) assert.ok(stored.has(receipt.id), `application ${receipt.reference} was lost`);
      const own = await fetch(`${second.url}/v1/applications/${receipts[0]!.id}?token=${encodeURIComponent(receipts[0]!.token)}`);
      assert.equal(own.status, 200);
    } finally {
      second.process.kill('SIGTERM');
    }
    assert.equal(await second.exited, 0);
  });
});
