/**
 * Accepting an application: validate, price from the registry, allocate special-fee places,
 * store it with its confirmation mail — all in one transaction, answered only after commit —
 * and make retries with the same `Idempotency-Key` return the first result.
 * @module
 */
import {randomInt, randomUUID} from 'node:crypto';
import {parseApplicationInput, type ApplicationInput, type ApplicationReceipt} from '@metropolis-training/sdk';
import {validated} from '../body.js';
import type {AppDeps} from '../context.js';
import type {Queryable} from '../db/index.js';
import {confirmationMail} from '../outbox/messages.js';
import {priceClaim, pricedEdition, requireOpen, type PricedEdition, type PricingInput} from '../pricing.js';
import {Problem} from '../problem.js';
import {canonicalJson, legacyDerivedToken, newApplicationToken, openToken, sealToken, sha256} from '../secrets.js';
import {findApplication, searchText, toReceipt, type ApplicationRow} from './records.js';

/** What a submission answers. */
export interface Submission {
  receipt: ApplicationReceipt;
  /** True when this answers a retry of an earlier request with the same key. */
  replayed: boolean;
  /** False for the honeypot's pretend answer. */
  stored: boolean;
}

/** `Idempotency-Key`: printable ASCII, long enough to be unguessable (a UUID is 36). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{16,200}$/;

/** The validated `Idempotency-Key` header, if any (422 when malformed). */
export function idempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new Problem(422, 'invalid-idempotency-key', 'Invalid Idempotency-Key', {
      detail: 'Idempotency-Key must be 16 to 200 printable ASCII characters, e.g. a random UUID.',
      issues: [{path: 'Idempotency-Key', code: 'invalid-idempotency-key', message: 'must be 16 to 200 printable ASCII characters'}],
    });
  }
  return header;
}

/** The facts an application is priced from: the same as a quote's (see {@link priceClaim}). */
function pricingInput(input: ApplicationInput, date: string): PricingInput {
  return {
    date,
    country: input.applicant.country,
    membership: input.membership,
    participants: 1 + (input.groupMembers?.length ?? 0),
    lang: input.lang,
  };
}

/**
 * Handles `POST /v1/applications` after the body was read: throws a {@link Problem} for
 * invalid input, a closed edition or a reused key with another body.
 */
export async function submitApplication(deps: AppDeps, body: unknown, key: string | undefined): Promise<Submission> {
  const input = validated(() => parseApplicationInput(body));
  const requestHash = sha256(canonicalJson(body));
  const keyHash = key === undefined ? undefined : sha256(key);
  // A retry gets the first answer even if the edition has closed since.
  const earlier = key === undefined ? undefined : await replay(deps.db, key, requestHash);
  if (earlier) return {receipt: toReceipt(earlier.row, earlier.token), replayed: true, stored: true};

  const target = pricedEdition(deps.catalog, input.editionId);
  requireOpen(target.edition, deps.clock);
  if (input.website) return pretend(deps, input, target);

  const outcome = await deps.db.transaction(async (tx): Promise<{row: ApplicationRow; token: string; replayed: boolean}> => {
    if (keyHash !== undefined) {
      // Concurrent requests with one key wait here on the primary key until the first commits.
      const claimed = await tx.query('INSERT INTO idempotency_keys (key_hash, request_hash) VALUES ($1, $2) ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash', [keyHash, requestHash]);
      if (claimed.length === 0) {
        const earlier = await replay(tx, key!, requestHash);
        if (!earlier) throw new Error('idempotency key taken but not readable');
        return {...earlier, replayed: true};
      }
    }
    const {row, token} = await store(deps, tx, input, target);
    if (keyHash !== undefined) await tx.query('UPDATE idempotency_keys SET application_id = $2, token_sealed = $3 WHERE key_hash = $1', [keyHash, row.id, sealToken(token, key!, requestHash)]);
    return {row, token, replayed: false};
  });
  if (!outcome.replayed) deps.kickOutbox();
  return {receipt: toReceipt(outcome.row, outcome.token), replayed: outcome.replayed, stored: true};
}

/**
 * The application stored under an idempotency key, with its token, if the key was used; 422
 * when it came with another body.
 */
async function replay(db: Queryable, key: string, requestHash: string): Promise<{row: ApplicationRow; token: string} | undefined> {
  const [entry] = await db.query<{request_hash: string; application_id: string | null; token_sealed: string | null}>('SELECT request_hash, application_id, token_sealed FROM idempotency_keys WHERE key_hash = $1', [sha256(key)]);
  if (!entry) return undefined;
  if (entry.request_hash !== requestHash) {
    throw new Problem(422, 'idempotency-key-reused', 'Idempotency-Key reused with another body', {
      detail: 'This Idempotency-Key was first sent with a different application; use a new key for a new application.',
      issues: [{path: 'Idempotency-Key', code: 'idempotency-key-reused', message: 'was already used for a different request body'}],
    });
  }
  const row = entry.application_id ? await findApplication(db, entry.application_id) : undefined;
  if (!row) throw new Error('idempotency key without its application');
  return {row, token: entry.token_sealed ? openToken(entry.token_sealed, key, requestHash) : legacyDerivedToken(row.id, key)};
}

/** Prices the application, takes its special-fee places, inserts it and its confirmation mail; returns it with its token. */
async function store(deps: AppDeps, tx: Queryable, input: ApplicationInput, target: PricedEdition): Promise<{row: ApplicationRow; token: string}> {
  const {edition, schedule} = target;
  const date = deps.clock.today(edition.timeZone);
  const {membership: decision, quote: priced} = await priceClaim(tx, target, pricingInput(input, date), 'allocate');

  const id = randomUUID();
  const token = newApplicationToken();
  const now = deps.clock.now().toISOString();
  const [{number}] = (await tx.query<{number: string}>("SELECT nextval('application_number_seq')::text AS number")) as [{number: string}];
  const reference = `MT-${date.slice(0, 4)}-${number.padStart(4, '0')}`;
  const [row] = (await tx.query<ApplicationRow>(
    `INSERT INTO applications (id, number, reference, edition_id, status, lang, submitted_at, updated_at, token_hash,
       applicant, group_members, membership_claim, membership, member_id, motivation, consent, quote, special_fee_places_held, history, search_text)
     VALUES ($1, $2, $3, $4, 'submitted', $5, $6, $6, $7, $8::json, $9::json, $10::json, $11, $12, $13, $14::json, $15::json, $16, $17::json, $18)
     RETURNING *`,
    [
      id, number, reference, edition.id, input.lang, now, sha256(token),
      JSON.stringify(input.applicant), JSON.stringify(input.groupMembers ?? []), JSON.stringify(input.membership),
      decision.status, decision.member?.id ?? null, input.motivation, JSON.stringify(input.consent), JSON.stringify(priced),
      priced.specialFeePlaces, JSON.stringify([{status: 'submitted', at: now}]), searchText(input.applicant),
    ],
  )) as [ApplicationRow];

  const course = deps.catalog.course(edition.courseId);
  if (course) {
    const mail = confirmationMail({lang: input.lang, givenName: input.applicant.givenName, familyName: input.applicant.familyName, reference, course, edition, quote: priced});
    await tx.query('INSERT INTO outbox (application_id, recipient, subject, body, lang) VALUES ($1, $2, $3, $4, $5)', [id, input.applicant.email, mail.subject, mail.text, input.lang]);
  }
  return {row, token};
}

/**
 * The honeypot's answer: a bot that filled the hidden `website` field gets what a person
 * would (201, a priced receipt) while nothing is stored and nothing is sent.
 */
async function pretend(deps: AppDeps, input: ApplicationInput, target: PricedEdition): Promise<Submission> {
  const date = deps.clock.today(target.edition.timeZone);
  const {membership: decision, quote: priced} = await priceClaim(deps.db, target, pricingInput(input, date), 'quote');
  const id = randomUUID();
  return {
    receipt: {
      id,
      reference: `MT-${date.slice(0, 4)}-${String(randomInt(1, 10_000)).padStart(4, '0')}`,
      editionId: target.edition.id,
      status: 'submitted',
      submittedAt: deps.clock.now().toISOString(),
      membership: decision.status,
      quote: priced,
      token: newApplicationToken(),
    },
    replayed: false,
    stored: false,
  };
}
