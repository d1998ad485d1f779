import assert from 'node:assert/strict';
import {applicationBody, DIPLOMA, startTestServer, type TestServer} from '../test-support/server.js';
import {bodyOf, headerOf} from '../test-support/mail.js';
import {startSmtp} from '../test-support/smtp.js';
import {backoffSeconds, MAX_ATTEMPTS} from './sender.js';

describe('confirmation mail by SMTP', () => {
  const refuse = new Set<string>();
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  before(async () => {
    smtp = await startSmtp(refuse);
    server = await startTestServer({smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Metropolis Training <training@example.org>', outboxIntervalMs: 3_600_000});
  });
  after(async () => {
    await server.close();
    await smtp.close();
  });

  it('sends the confirmation to the applicant, in the application’s language', async () => {
    const response = await server.postJson('/v1/applications', applicationBody(DIPLOMA, {lang: 'es'}, {email: 'solicitante@example.org'}));
    assert.equal(response.status, 201);
    const {reference} = (await response.json()) as {reference: string};
    await server.outbox.drain();
    const mail = smtp.received.find((m) => m.to.includes('solicitante@example.org'));
    assert.ok(mail, 'the message arrived');
    assert.deepEqual(mail.to, ['solicitante@example.org']);
    assert.equal(mail.from, 'training@example.org');
    assert.equal(headerOf(mail.raw, 'Content-Language'), 'es');
    assert.equal(headerOf(mail.raw, 'Subject'), `Solicitud recibida: Diploma Metropolis en Internacionalización para Autoridades Locales (${reference})`);
    const text = bodyOf(mail.raw);
    assert.match(text, /Estimado\/a Amina Haddad:/);
    assert.match(text, /Pago por transferencia bancaria/);
    const [row] = await server.database.query<{sent_at: Date | null; attempts: number}>('SELECT sent_at, attempts FROM outbox WHERE recipient = $1', ['solicitante@example.org']);
    assert.ok(row?.sent_at);
    assert.equal(row.attempts, 1);
  });

  it('keeps a failed mail with its error and retries it later', async () => {
    refuse.add('bounce@example.org');
    const response = await server.postJson('/v1/applications', applicationBody(DIPLOMA, {lang: 'fr'}, {email: 'bounce@example.org'}));
    assert.equal(response.status, 201);
    await server.outbox.drain();
    const [failed] = await server.database.query<{sent_at: Date | null; attempts: number; last_error: string; later: boolean}>(
      "SELECT sent_at, attempts, last_error, next_attempt_at > now() + interval '10 seconds' AS later FROM outbox WHERE recipient = 'bounce@example.org'",
    );
    assert.equal(failed?.sent_at, null);
    assert.equal(failed?.attempts, 1);
    assert.match(failed?.last_error ?? '', /450|unavailable/i);
    assert.equal(failed?.later, true, 'the next attempt waits for the backoff');

    refuse.delete('bounce@example.org');
    // Stand for the backoff having passed.
    await server.database.query("UPDATE outbox SET next_attempt_at = now() WHERE recipient = 'bounce@example.org'");
    await server.outbox.drain();
    const mail = smtp.received.find((m) => m.to.includes('bounce@example.org'));
    assert.match(headerOf(mail?.raw ?? '', 'Subject'), /^Candidature reçue : /);
    assert.equal(headerOf(mail?.raw ?? '', 'Content-Language'), 'fr');
    const [sent] = await server.database.query<{sent_at: Date | null; attempts: number}>("SELECT sent_at, attempts FROM outbox WHERE recipient = 'bounce@example.org'");
    assert.ok(sent?.sent_at);
    assert.equal(sent.attempts, 2);
  });

  it('backs off exponentially up to an hour, and gives up after a bounded number of attempts', () => {
    assert.deepEqual([1, 2, 3, 4].map(backoffSeconds), [30, 60, 120, 240]);
    assert.equal(backoffSeconds(20), 3600);
    assert.ok(MAX_ATTEMPTS >= 5);
  });
});
