/**
 * Delivers the outbox by SMTP. Rows are claimed with `FOR UPDATE SKIP LOCKED` and a lease
 * (their next attempt pushed forward), then sent outside any transaction, so several instances
 * share the work and a slow mail server never holds a database lock. Failures are retried
 * with exponential backoff; delivery is at least once (a crash between sending and marking a
 * row sent sends it again after the lease).
 * @module
 */
import nodemailer, {type Transporter} from 'nodemailer';
import type {Database} from '../db/index.js';
import {errorFields, type LogEntry} from '../log.js';

/** Rows claimed per round. */
const BATCH = 10;
/** How long a claimed row stays reserved for its sender; longer than the SMTP timeouts below. */
const LEASE_SECONDS = 300;
/** After this many failed attempts a row is left unsent, with its last error, for a person to look at. */
export const MAX_ATTEMPTS = 10;

/** Seconds before retry number `attempts` + 1: 30 s, 1 min, 2 min, … at most an hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

interface OutboxRow {
  id: string | number;
  recipient: string;
  subject: string;
  body: string;
  lang: string;
  attempts: number;
}

/** Options of {@link OutboxSender}. */
export interface OutboxOptions {
  /** SMTP server URL; without one, mail waits in the outbox. */
  smtpUrl: string | undefined;
  /** The From header. */
  from: string;
  /** Milliseconds between rounds besides those {@link OutboxSender.kick} asks for. */
  intervalMs: number;
  log: (entry: LogEntry) => void;
}

/** Sends pending outbox rows: after each commit that adds one ({@link kick}), and on an interval. */
export class OutboxSender {
  private readonly transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  /**
   * @param db Where the outbox is.
   * @param options SMTP server, sender address, interval, log.
   */
  constructor(private readonly db: Database, private readonly options: OutboxOptions) {
    this.transport = options.smtpUrl
      ? nodemailer.createTransport({url: options.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000})
      : undefined;
  }

  /** Starts the interval (only when SMTP is configured) and sends what is already due. */
  start(): void {
    if (!this.transport || this.timer) return;
    this.timer = setInterval(() => this.kick(), this.options.intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Asks for a round now; rounds never overlap, and a kick during a round causes one more. */
  kick(): void {
    if (!this.transport || this.stopped) return;
    this.again = true;
    this.running ??= this.loop().finally(() => (this.running = undefined));
  }

  /** Runs rounds until nothing due is left (tests; the interval and kicks do this in service). */
  async drain(): Promise<void> {
    this.kick();
    while (this.running) await this.running;
  }

  /** Stops the interval, waits for the round in progress, closes SMTP connections. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  private async loop(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      try {
        while (!this.stopped && (await this.round()) > 0) {
          // until a round finds nothing due
        }
      } catch (error) {
        // The database is unreachable or closing: the interval tries again later.
        this.options.log({event: 'outbox-error', ...errorFields(error)});
      }
    }
  }

  /** Claims and sends one batch; returns how many rows it claimed. */
  private async round(): Promise<number> {
    const rows = await this.db.query<OutboxRow>(
      `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $1)
       WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= now()
                    ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient, subject, body, lang, attempts`,
      [LEASE_SECONDS, BATCH],
    );
    let sent = 0;
    let failed = 0;
    for (const row of rows) {
      try {
        await this.transport!.sendMail({
          from: this.options.from,
          to: row.recipient,
          subject: row.subject,
          text: row.body,
          headers: {'Content-Language': row.lang, 'Auto-Submitted': 'auto-generated'},
        });
        await this.db.query('UPDATE outbox SET sent_at = now(), last_error = NULL WHERE id = $1', [row.id]);
        sent++;
      } catch (error) {
        // The error stays in the database (it may name the recipient), never in the log.
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const giveUp = row.attempts >= MAX_ATTEMPTS;
        await this.db.query(
          `UPDATE outbox SET last_error = $2, next_attempt_at = CASE WHEN $3 THEN NULL ELSE now() + make_interval(secs => $4) END WHERE id = $1`,
          [row.id, message, giveUp, backoffSeconds(row.attempts)],
        );
        failed++;
      }
    }
    if (rows.length) this.options.log({event: 'outbox', sent, failed});
    return rows.length;
  }
}
