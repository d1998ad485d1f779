import assert from 'node:assert/strict';
import {connect, type Socket} from 'node:net';
import {applicationBody, startTestServer, type TestServer} from './test-support/server.js';

/** Everything the server sends on a raw connection until it closes it. */
function answerOf(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('close', () => resolve(text));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(text) : reject(error)));
  });
}

function open(server: TestServer): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('server limits against hostile clients', () => {
  describe('stalled requests', () => {
    let server: TestServer;
    before(async () => (server = await startTestServer({requestTimeoutMs: 800, headersTimeoutMs: 400})));
    after(() => server.close());

    it('answers 408 and closes a connection whose body stalls, storing nothing', async () => {
      const socket = await open(server);
      const answer = answerOf(socket);
      socket.write('POST /v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{"editionId":');
      const text = await answer;
      assert.match(text, /^HTTP\/1\.1 408 /);
      const [{count}] = (await server.database.query<{count: number}>('SELECT count(*)::int AS count FROM applications')) as [{count: number}];
      assert.equal(count, 0);
    });

    it('answers 408 and closes a connection whose headers stall', async () => {
      const socket = await open(server);
      const answer = answerOf(socket);
      socket.write('GET /v1/catalog HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      assert.match(await answer, /^HTTP\/1\.1 408 /);
    });

    it('still answers a normal request meanwhile', async () => {
      assert.equal((await server.request('/v1/catalog')).status, 200);
    });
  });

  describe('connection cap', () => {
    let server: TestServer;
    before(async () => (server = await startTestServer({maxConnections: 2})));
    after(() => server.close());

    it('closes connections beyond MAX_CONNECTIONS at once, and accepts again when one ends', async () => {
      const held = [await open(server), await open(server)];
      // Node counts a connection once it has accepted it: let both arrive.
      await new Promise((resolve) => setImmediate(resolve));
      const extra = await open(server);
      const answer = answerOf(extra);
      extra.write('GET /v1/catalog HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      assert.equal(await answer, '', 'closed without an answer');
      for (const socket of held) socket.destroy();
      // The server learns of the two closes asynchronously: ask until it answers (it must, soon).
      let reply = '';
      for (let attempt = 0; attempt < 100 && !reply; attempt++) {
        const again = await open(server);
        const answered = answerOf(again);
        again.write('GET /v1/catalog HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
        reply = await answered;
        if (!reply) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.match(reply, /^HTTP\/1\.1 200 /);
    });
  });

  describe('problem answers', () => {
    let server: TestServer;
    before(async () => (server = await startTestServer()));
    after(() => server.close());

    it('are never cached: 401, an applicant’s 404 and 422 carry Cache-Control: no-store', async () => {
      const answers = [
        await server.request('/v1/admin/applications'),
        await server.request(`/v1/applications/${crypto.randomUUID()}?token=wrong`),
        await server.postJson('/v1/applications', applicationBody('diploma-internationalization-2025', {motivation: ''})),
      ];
      assert.deepEqual(answers.map((r) => r.status), [401, 404, 422]);
      for (const response of answers) assert.equal(response.headers.get('cache-control'), 'no-store', String(response.status));
    });
  });
});
