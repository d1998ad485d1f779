/**
 * Starts the real server for a test suite on an ephemeral loopback port: PGlite in a fresh
 * temporary folder, or — when `TEST_DATABASE_URL` is set — PostgreSQL in a fresh schema that
 * is dropped afterwards, so every run starts empty. Not part of the package.
 * @internal
 * @module
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {randomBytes} from 'node:crypto';
import pg from 'pg';
import {sampleCatalog, type ApplicationInput, type Catalog, type Edition, type MemberRecord} from '@metropolis-training/sdk';
import {configFromEnv, type ServerConfig} from '../config.js';
import type {LogEntry} from '../log.js';
import {startServer, type RunningServer} from '../server.js';

/** The admin token of test servers. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** 15 September 2025, 10:00 in Barcelona: the Diploma takes applications. */
export const SEPTEMBER_15 = new Date('2025-09-15T08:00:00Z');

/** The Diploma's edition id in the sample catalog. */
export const DIPLOMA = 'diploma-internationalization-2025';

const diploma = sampleCatalog.editions.find((e) => e.id === DIPLOMA)!;

function editionLike(id: string, changes: Partial<Edition>): Edition {
  return {...structuredClone(diploma), id, ...changes};
}

/**
 * The sample catalog plus test editions of the Diploma's course: more open editions with the
 * same schedule (each with its own special-fee quota of 3), one closed, one free, one whose
 * fee is not announced.
 */
export function testCatalog(): Catalog {
  const catalog = structuredClone(sampleCatalog);
  catalog.editions.push(
    editionLike('quota-test-a', {}),
    editionLike('quota-test-b', {}),
    editionLike('lifecycle-test', {}),
    editionLike('closed-test', {dates: {kind: 'fixed', start: '2025-10-01', end: '2025-10-03'}, applications: {deadline: '2025-09-01'}}),
    editionLike('free-test', {fee: {kind: 'free'}}),
    editionLike('fee-tba-test', {fee: {kind: 'to-be-announced'}}),
  );
  return catalog;
}

/** A valid application for `editionId`, with changes merged into the applicant. */
export function applicationBody(editionId = DIPLOMA, changes: Partial<ApplicationInput> = {}, applicant: Partial<ApplicationInput['applicant']> = {}): Record<string, unknown> {
  return {
    editionId,
    lang: 'en',
    applicant: {
      givenName: 'Amina',
      familyName: 'Haddad',
      email: 'amina.haddad@example.org',
      organization: 'Cairo Governorate',
      position: 'International relations officer',
      city: 'Cairo',
      country: 'EG',
      careerStage: 'mid-career',
      ...applicant,
    },
    membership: {claim: 'non-member'},
    motivation: 'Our office is drafting its first international strategy.',
    consent: {privacy: true},
    ...changes,
  };
}

/** Test members, put into the registry by {@link TestServer.seedMembers}. */
export const testMembers: MemberRecord[] = [
  {id: 'addis-ababa', name: 'Addis Ababa City Administration', city: 'Addis Ababa', country: 'ET', contributionsPaidThrough: 2024},
  {id: 'cairo', name: 'Cairo Governorate', city: 'Cairo', country: 'EG', contributionsPaidThrough: 2025},
  {id: 'barcelona', name: 'Àrea Metropolitana de Barcelona', city: 'Barcelona', country: 'ES', contributionsPaidThrough: 2024},
  {id: 'in-arrears', name: 'Ciudad Atrasada', city: 'Lima', country: 'PE', contributionsPaidThrough: 2022},
];

/** A running test server with helpers. */
export interface TestServer extends RunningServer {
  /** Every log entry the server wrote. */
  readonly logs: LogEntry[];
  /** Moves the server's clock. */
  setNow(now: Date): void;
  /** `fetch` on the server. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs `body` as JSON. */
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** A request with the admin token. */
  admin(path: string, init?: RequestInit): Promise<Response>;
  /**
   * POSTs a status change as the console does: reads the application's ETag first and sends it
   * as If-Match (`ifMatch` overrides it; null sends none). `token` defaults to {@link ADMIN_TOKEN}.
   */
  setStatus(id: string, change: Record<string, unknown>, options?: {ifMatch?: string | null; token?: string}): Promise<Response>;
  /** PUTs {@link testMembers} into the registry. */
  seedMembers(): Promise<void>;
  /** The PostgreSQL schema it works in (undefined on PGlite): pass it as `databaseSchema` to start a second instance on the same data. */
  readonly databaseSchema: string | undefined;
}

/** The invoicing configuration of test servers (a valid example IBAN). */
export const invoicingEnv = {
  INVOICE_ISSUER: 'Metropolis Secretariat General|Avinyó 15|08002 Barcelona|Spain',
  BANK_ACCOUNT_HOLDER: 'Metropolis – World Association of the Major Metropolises',
  BANK_IBAN: 'ES91 2100 0418 4502 0005 1332',
  BANK_BIC: 'CAIXESBBXXX',
  BANK_NAME: 'CaixaBank, Barcelona',
};

/** Starts a server for one suite; call `close()` in `after`. */
export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'metropolis-server-test-'));
  const databaseUrl = process.env.TEST_DATABASE_URL || undefined;
  // A second instance of a two-instance test shares the first's schema (and leaves dropping it to the first).
  const ownSchema = databaseUrl && !overrides.databaseSchema ? `test_${randomBytes(6).toString('hex')}` : undefined;
  const schema = overrides.databaseSchema ?? ownSchema;
  const logs: LogEntry[] = [];
  let now = SEPTEMBER_15;
  const config: ServerConfig = {
    ...configFromEnv({DATA_DIR: dataDir, ADMIN_TOKEN, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', ...invoicingEnv}),
    databaseUrl,
    databaseSchema: schema,
    catalog: testCatalog(),
    clock: () => now,
    log: (entry) => logs.push(entry),
    ...overrides,
  };
  const server = await startServer(config);
  const request = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  const admin = (path: string, init: RequestInit = {}) => request(path, {...init, headers: {authorization: `Bearer ${ADMIN_TOKEN}`, ...(init.headers as Record<string, string> | undefined)}});
  return {
    url: server.url,
    port: server.port,
    database: server.database,
    outbox: server.outbox,
    logs,
    setNow: (date) => (now = date),
    request,
    postJson: (path, body, headers = {}) => request(path, {method: 'POST', headers: {'content-type': 'application/json', ...headers}, body: JSON.stringify(body)}),
    admin,
    setStatus: async (id, change, options = {}) => {
      const token = options.token ?? ADMIN_TOKEN;
      let etag = options.ifMatch;
      if (etag === undefined) {
        const current = await request(`/v1/admin/applications/${id}`, {headers: {authorization: `Bearer ${token}`}});
        await current.body?.cancel();
        etag = current.headers.get('etag') ?? '"v1"';
      }
      return request(`/v1/admin/applications/${id}/status`, {method: 'POST', headers: {authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(etag === null ? {} : {'if-match': etag})}, body: JSON.stringify(change)});
    },
    databaseSchema: schema,
    seedMembers: async () => {
      for (const member of testMembers) {
        const response = await admin(`/v1/admin/members/${member.id}`, {method: 'PUT', headers: {'content-type': 'application/json'}, body: JSON.stringify(member)});
        if (!response.ok) throw new Error(`PUT member ${member.id}: ${response.status}`);
      }
    },
    close: async () => {
      await server.close();
      rmSync(dataDir, {recursive: true, force: true});
      if (databaseUrl && ownSchema) {
        const client = new pg.Client({connectionString: databaseUrl});
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${ownSchema}" CASCADE`);
        await client.end();
      }
    },
  };
}

/**
 * A valid webinar proposal (the SDK's `validWebinarProposal` fixture), with changes merged into
 * the proposal, the proposer and the activity.
 */
export function proposalBody(changes: Record<string, unknown> = {}, proposer: Record<string, unknown> = {}, activity: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    lang: 'en',
    proposer: {
      givenName: 'Lucía',
      familyName: 'Ortega',
      email: 'lucia.ortega@example.org',
      organization: 'Mexico City Mobility Secretariat',
      position: 'Head of international cooperation',
      city: 'Mexico City',
      country: 'MX',
      membership: {claim: 'member', memberId: 'mexico-city'},
      ...proposer,
    },
    activity: {
      title: 'Cable cars as public transport',
      format: 'webinar',
      themes: ['mobility'],
      summary: 'How Cablebús was planned, financed and integrated into the fare system.',
      objectives: 'Participants can judge whether a cable car fits their topography and budget.',
      audience: ['technical'],
      careerStages: ['mid-career', 'senior'],
      languages: ['es', 'en'],
      period: {start: '2027-03'},
      duration: {value: 90, unit: 'hours'},
      expectedParticipants: 80,
      speakers: [{name: 'Ana Ruiz', organization: 'Cablebús', role: 'Engineer'}],
      ...activity,
    },
    offer: {experts: true, venue: false, funding: false, materials: true},
    consent: {privacy: true},
    ...changes,
  };
}

/** A valid Learning Hub proposal (the SDK's `validLearningHubProposal` fixture). */
export function learningHubProposalBody(): Record<string, unknown> {
  const body = proposalBody({}, {}, {format: 'learning-hub', title: 'Water-sensitive cities hub', themes: ['water', 'climate'], duration: {value: 3, unit: 'months'}});
  delete (body.activity as Record<string, unknown>).speakers;
  body.learningHub = {
    priorityTheme: 'water',
    region: 'Latin America',
    scope: 'regional',
    partnerInstitutions: ['UNAM Institute of Engineering'],
    outline: {year1: 'Curriculum and first cohort.', year2: 'Research on flood-resilient neighbourhoods.', year3: 'Regional conference and toolkit.'},
  };
  return body;
}
