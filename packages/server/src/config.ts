/**
 * The server's configuration: environment variables, parsed and checked once at start.
 * @module
 */
import {randomBytes} from 'node:crypto';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isIsoDate, parseCatalog, sampleCatalog, ValidationError, type Catalog} from '@metropolis-training/sdk';
import type {LogEntry} from './log.js';

/** Everything the server needs to run. Build it with {@link configFromEnv}, then override fields in code. */
export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Address to listen on. */
  host: string;
  /** PGlite's data folder, used when `databaseUrl` is not set. */
  dataDir: string;
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema to work in (created if missing); tests give each run its own. Not an environment variable. */
  databaseSchema: string | undefined;
  /** Bearer token of the admin named `admin` (`ADMIN_TOKEN`); undefined when only named tokens are configured. */
  adminToken: string | undefined;
  /** True when `adminToken` was generated at start because neither `ADMIN_TOKEN` nor `ADMIN_TOKENS` was set. */
  adminTokenGenerated: boolean;
  /** Named admin tokens from `ADMIN_TOKENS` (`name:token,…`); more live in the `admin_tokens` table (the `admin-token` command). */
  adminTokens: readonly NamedAdminToken[];
  /** Who issues invoices: organization name, then address lines (`INVOICE_ISSUER`, lines separated by `|`); undefined: invoicing is refused (409). */
  invoiceIssuer: readonly string[] | undefined;
  /** Where participants pay (`BANK_ACCOUNT_HOLDER`, `BANK_IBAN`, `BANK_BIC`, `BANK_NAME`); undefined: invoicing is refused (409). */
  bankTransfer: BankTransferDetails | undefined;
  /** IANA time zone whose calendar gives an invoice its day and year (`INVOICE_TIME_ZONE`, default Europe/Madrid, the Secretariat's). */
  invoiceTimeZone: string;
  /** The server's public origin for links in mails, e.g. `https://training.metropolis.org` (`PUBLIC_URL`); default: the origin of the admin's request. */
  publicUrl: string | undefined;
  /** Origins allowed to call the API from browsers; `['*']` allows any. */
  allowedOrigins: string[];
  /** SMTP server for confirmations, e.g. `smtp://127.0.0.1:2525`; unset: mails wait in the outbox. */
  smtpUrl: string | undefined;
  /** Sender of confirmations. */
  mailFrom: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Milliseconds a client has to send a whole request (headers and body); then 408 and the connection is closed. */
  requestTimeoutMs: number;
  /** Milliseconds a client has to send a request's headers; then 408 and the connection is closed. */
  headersTimeoutMs: number;
  /** Open connections this instance accepts at once; more are closed at once. */
  maxConnections: number;
  /** Public POST requests per minute per client address; 0 disables the limit. */
  rateLimit: number;
  /** Proxies in front of the server whose `X-Forwarded-For` is trusted (0: use the socket's address). */
  trustProxy: number;
  /** A fixed "today" (`YYYY-MM-DD`) for demos: in every edition's time zone the day is this one. */
  demoDate: string | undefined;
  /** The catalog served and used to price applications. */
  catalog: Catalog;
  /** Seed the sample member registry when it is empty. */
  seedDemoMembers: boolean;
  /** Folder served at `/` (the example pages); undefined serves nothing there. */
  publicDir: string | undefined;
  /** The clock: the instant now. Tests inject their own. */
  clock: () => Date;
  /** Where request and event logs go (one object per line by default). */
  log: (entry: LogEntry) => void;
  /** Milliseconds between outbox runs, besides the run after each accepted application. */
  outboxIntervalMs: number;
  /**
   * Milliseconds between checks for courses published (from proposals) by another instance
   * on the same database; default 30 000. Not an environment variable.
   */
  catalogRefreshMs?: number;
}

/** An admin's name and bearer token. */
export interface NamedAdminToken {
  /** Recorded in histories and logs: `[a-z0-9._-]{1,40}`. */
  name: string;
  /** At least 16 characters. */
  token: string;
}

/** The bank account participants pay invoices into. */
export interface BankTransferDetails {
  /** Account holder, as the bank knows it. */
  accountHolder: string;
  /** IBAN, grouped by four for reading (checked with its mod-97 check digits). */
  iban: string;
  /** BIC (SWIFT code), 8 or 11 characters. */
  bic: string;
  /** The bank's name (and branch, if useful). */
  bankName: string;
}

/** What an admin name may be: short, lower case, safe in logs and histories. */
export const ADMIN_NAME = /^[a-z0-9._-]{1,40}$/;

/** Whether `iban` (spaces allowed) passes the ISO 13616 mod-97 check. */
export function isIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const digits = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** Thrown by {@link configFromEnv} with one line per bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** One message per bad variable, each starting with the variable's name. */
  readonly problems: readonly string[];

  /** @param problems One message per bad variable. */
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

/** The repository's `examples/` folder, when the server runs from the repository. */
const repositoryExamples = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Writes each log entry as one JSON line on stdout. */
export function jsonLineLog(entry: LogEntry): void {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
}

type Env = Record<string, string | undefined>;

/**
 * Reads the configuration from environment variables (see docs/server.md for each one and its
 * default), checking every value. Throws {@link ConfigError} listing every problem at once.
 */
export function configFromEnv(env: Env = process.env): ServerConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return Number(raw);
  };
  const flag = (name: string): boolean => {
    const raw = value(name)?.toLowerCase();
    if (raw === undefined || raw === '0' || raw === 'false') return false;
    if (raw === '1' || raw === 'true') return true;
    problems.push(`${name} must be 1 or 0`);
    return false;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {
      // reported below
    }
    if (!parsed || !protocols.includes(parsed.protocol)) {
      // Never echo the value: connection strings hold passwords.
      problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      return undefined;
    }
    return raw;
  };

  const port = integer('PORT', 8080, 0, 65535);
  const host = value('HOST') ?? '127.0.0.1';
  const dataDir = resolve(value('DATA_DIR') ?? './data');
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);

  let adminToken = value('ADMIN_TOKEN');
  if (adminToken !== undefined && adminToken.length < 16) problems.push('ADMIN_TOKEN must have at least 16 characters');
  const adminTokens: NamedAdminToken[] = [];
  const namedTokens = value('ADMIN_TOKENS');
  for (const [i, pair] of (namedTokens ?? '').split(',').map((p) => p.trim()).filter(Boolean).entries()) {
    const colon = pair.indexOf(':');
    const name = colon < 0 ? '' : pair.slice(0, colon).trim();
    const token = colon < 0 ? '' : pair.slice(colon + 1).trim();
    // Never echo a token; the name and position are enough to find the entry.
    if (!ADMIN_NAME.test(name)) problems.push(`ADMIN_TOKENS: entry ${i + 1} must be name:token with a name of 1 to 40 characters a-z, 0-9, ".", "_" or "-"`);
    else if (token.length < 16) problems.push(`ADMIN_TOKENS: the token of "${name}" must have at least 16 characters`);
    else if (adminTokens.some((t) => t.name === name) || (name === 'admin' && adminToken !== undefined)) problems.push(`ADMIN_TOKENS: "${name}" is named twice${name === 'admin' ? ' (ADMIN_TOKEN is the admin named admin)' : ''}`);
    else adminTokens.push({name, token});
  }
  if (new Set([...adminTokens.map((t) => t.token), ...(adminToken ? [adminToken] : [])]).size !== adminTokens.length + (adminToken ? 1 : 0)) problems.push('ADMIN_TOKENS: two admins have the same token (each admin needs their own)');
  const adminTokenGenerated = adminToken === undefined && namedTokens === undefined;
  if (adminTokenGenerated) adminToken = randomBytes(32).toString('base64url');

  const invoiceIssuerText = value('INVOICE_ISSUER');
  const invoiceIssuer = invoiceIssuerText?.split(/\s*[|\n]\s*/).filter(Boolean);
  if (invoiceIssuer && (invoiceIssuer.length < 2 || invoiceIssuer.some((line) => line.length > 200))) problems.push('INVOICE_ISSUER must be the organization\'s name then its address lines, separated by "|" (e.g. Metropolis Secretariat General|Avinyó 15|08002 Barcelona|Spain), each line at most 200 characters');
  const bankValues = {accountHolder: value('BANK_ACCOUNT_HOLDER'), iban: value('BANK_IBAN'), bic: value('BANK_BIC'), bankName: value('BANK_NAME')};
  const bankNames = {accountHolder: 'BANK_ACCOUNT_HOLDER', iban: 'BANK_IBAN', bic: 'BANK_BIC', bankName: 'BANK_NAME'} as const;
  const bankGiven = Object.values(bankValues).filter((v) => v !== undefined).length;
  let bankTransfer: BankTransferDetails | undefined;
  if (bankGiven > 0 && bankGiven < 4) {
    problems.push(`${Object.entries(bankValues).filter(([, v]) => v === undefined).map(([k]) => bankNames[k as keyof typeof bankNames]).join(', ')} must be set too: invoices need all of BANK_ACCOUNT_HOLDER, BANK_IBAN, BANK_BIC and BANK_NAME`);
  } else if (bankGiven === 4) {
    const iban = bankValues.iban!.replace(/\s+/g, '').toUpperCase();
    const bic = bankValues.bic!.replace(/\s+/g, '').toUpperCase();
    if (!isIban(iban)) problems.push('BANK_IBAN must be an IBAN whose check digits are right, such as ES91 2100 0418 4502 0005 1332');
    if (!/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(bic)) problems.push('BANK_BIC must be a BIC of 8 or 11 letters and digits, such as CAIXESBBXXX');
    bankTransfer = {accountHolder: bankValues.accountHolder!, iban: iban.replace(/(.{4})(?=.)/g, '$1 '), bic, bankName: bankValues.bankName!};
  }
  const invoiceTimeZone = value('INVOICE_TIME_ZONE') ?? 'Europe/Madrid';
  try {
    new Intl.DateTimeFormat('en', {timeZone: invoiceTimeZone});
  } catch {
    problems.push('INVOICE_TIME_ZONE must be an IANA time zone such as Europe/Madrid');
  }
  let publicUrl = url('PUBLIC_URL', ['http:', 'https:']);
  if (publicUrl !== undefined) publicUrl = new URL(publicUrl).origin;

  const allowedOrigins = (value('ALLOWED_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of allowedOrigins) {
    if (origin === '*') continue;
    let ok = false;
    try {
      ok = new URL(origin).origin === origin;
    } catch {
      ok = false;
    }
    if (!ok) problems.push(`ALLOWED_ORIGINS: "${origin}" is not an origin such as https://www.example.org (scheme, host, optional port; no path or trailing slash)`);
  }
  if (allowedOrigins.includes('*') && allowedOrigins.length > 1) problems.push('ALLOWED_ORIGINS: "*" allows every origin and cannot be combined with others');

  const smtpUrl = url('SMTP_URL', ['smtp:', 'smtps:']);
  const mailFrom = value('MAIL_FROM') ?? 'Metropolis Training <no-reply@localhost>';
  if (!/^[^\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(mailFrom)) problems.push('MAIL_FROM must be an email address, optionally with a name: Name <address@example.org>');

  const maxBodyBytes = integer('MAX_BODY_BYTES', 262_144, 1024, 10_485_760);
  const requestTimeoutMs = integer('REQUEST_TIMEOUT_MS', 30_000, 100, 600_000);
  const headersTimeoutMs = integer('HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  if (headersTimeoutMs > requestTimeoutMs) problems.push('HEADERS_TIMEOUT_MS must not be above REQUEST_TIMEOUT_MS (the headers are part of the request)');
  const maxConnections = integer('MAX_CONNECTIONS', 1000, 1, 1_000_000);
  const rateLimit = integer('RATE_LIMIT', 60, 0, 1_000_000);
  const trustProxy = integer('TRUST_PROXY', 0, 0, 10);

  const demoDate = value('DEMO_DATE');
  if (demoDate !== undefined && !isIsoDate(demoDate)) problems.push('DEMO_DATE must be a day written YYYY-MM-DD');

  let catalog = sampleCatalog;
  const catalogFile = value('CATALOG_FILE');
  if (catalogFile !== undefined) {
    try {
      catalog = parseCatalog(JSON.parse(readFileSync(catalogFile, 'utf8')));
    } catch (error) {
      const why = error instanceof ValidationError || error instanceof SyntaxError ? error.message : (error as NodeJS.ErrnoException).code ?? String(error);
      problems.push(`CATALOG_FILE (${catalogFile}): ${why}`);
    }
  }

  const seedDemoMembers = flag('SEED_DEMO_MEMBERS');
  let publicDir: string | undefined = value('PUBLIC_DIR');
  if (publicDir !== undefined) {
    publicDir = resolve(publicDir);
    if (!existsSync(publicDir) || !statSync(publicDir).isDirectory()) problems.push('PUBLIC_DIR must be an existing folder');
  } else if (existsSync(repositoryExamples)) {
    publicDir = repositoryExamples;
  }

  if (problems.length) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir,
    databaseUrl,
    databaseSchema: undefined,
    adminToken,
    adminTokenGenerated,
    adminTokens,
    invoiceIssuer,
    bankTransfer,
    invoiceTimeZone,
    publicUrl,
    allowedOrigins,
    smtpUrl,
    mailFrom,
    maxBodyBytes,
    requestTimeoutMs,
    headersTimeoutMs,
    maxConnections,
    rateLimit,
    trustProxy,
    demoDate: demoDate && isIsoDate(demoDate) ? demoDate : undefined,
    catalog,
    seedDemoMembers,
    publicDir,
    clock: () => new Date(),
    log: jsonLineLog,
    outboxIntervalMs: 30_000,
  };
}
