/**
 * A real SMTP server on loopback for tests (the smtp-server package), keeping what it receives.
 * @module
 */
import type {AddressInfo} from 'node:net';
import {SMTPServer} from 'smtp-server';

/** A message the test SMTP server received. */
export interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives, and refuses the recipients in `refuse`. */
export async function startSmtp(refuse: ReadonlySet<string> = new Set()): Promise<{port: number; received: Received[]; close(): Promise<void>}> {
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) callback(Object.assign(new Error('Mailbox unavailable'), {responseCode: 450}));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const {port} = smtp.server.address() as AddressInfo;
  return {port, received, close: () => new Promise((resolve) => smtp.close(() => resolve()))};
}
