/**
 * Accepting an activity proposal: validate, number it (MP-<year>-<4 digits>, sequential per
 * year), store it with its confirmation mail in one transaction, answered only after commit —
 * and make retries with the same `Idempotency-Key` return the first result.
 * @module
 */
import {randomInt, randomUUID} from 'node:crypto';
import {parseProposalInput, type ProposalInput, type ProposalReceipt} from '@metropolis-training/sdk';
import {validated} from '../body.js';
import type {AppDeps} from '../context.js';
import type {Queryable} from '../db/index.js';
import {proposalReceivedMail} from '../outbox/messages.js';
import {Problem} from '../problem.js';
import {canonicalJson, sha256} from '../secrets.js';
import {findProposal, proposalSearchText, toProposalReceipt, type ProposalRow} from './records.js';

/** What a submission answers. */
export interface ProposalSubmission {
  receipt: ProposalReceipt;
  /** True when this answers a retry of an earlier request with the same key. */
  replayed: boolean;
  /** False for the honeypot's pretend answer. */
  stored: boolean;
}

/** The year references are numbered in: the server's today in UTC (the demo date, on one). */
function referenceYear(deps: AppDeps): number {
  return Number(deps.clock.today('UTC').slice(0, 4));
}

/** `MP-2026-0007`: four digits at least, more after 9999 proposals in a year. */
export function proposalReference(year: number, number: number): string {
  return `MP-${year}-${String(number).padStart(4, '0')}`;
}

/**
 * Handles `POST /v1/proposals` after the body was read: throws a {@link Problem} for invalid
 * input or a reused key with another body.
 */
export async function submitProposal(deps: AppDeps, body: unknown, key: string | undefined): Promise<ProposalSubmission> {
  const input = validated(() => parseProposalInput(body));
  const requestHash = sha256(canonicalJson(body));
  const keyHash = key === undefined ? undefined : sha256(key);
  const earlier = keyHash === undefined ? undefined : await replay(deps.db, keyHash, requestHash);
  if (earlier) return {receipt: toProposalReceipt(earlier), replayed: true, stored: true};
  if (input.website) return pretend(deps);

  const outcome = await deps.db.transaction(async (tx): Promise<{row: ProposalRow; replayed: boolean}> => {
    if (keyHash !== undefined) {
      // Concurrent requests with one key wait here on the primary key until the first commits.
      const claimed = await tx.query('INSERT INTO proposal_idempotency_keys (key_hash, request_hash) VALUES ($1, $2) ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash', [keyHash, requestHash]);
      if (claimed.length === 0) {
        const row = await replay(tx, keyHash, requestHash);
        if (!row) throw new Error('idempotency key taken but not readable');
        return {row, replayed: true};
      }
    }
    const row = await store(deps, tx, input);
    if (keyHash !== undefined) await tx.query('UPDATE proposal_idempotency_keys SET proposal_id = $2 WHERE key_hash = $1', [keyHash, row.id]);
    return {row, replayed: false};
  });
  if (!outcome.replayed) deps.kickOutbox();
  return {receipt: toProposalReceipt(outcome.row), replayed: outcome.replayed, stored: true};
}

/** The proposal stored under an idempotency key, if the key was used; 422 when it came with another body. */
async function replay(db: Queryable, keyHash: string, requestHash: string): Promise<ProposalRow | undefined> {
  const [entry] = await db.query<{request_hash: string; proposal_id: string | null}>('SELECT request_hash, proposal_id FROM proposal_idempotency_keys WHERE key_hash = $1', [keyHash]);
  if (!entry) return undefined;
  if (entry.request_hash !== requestHash) {
    throw new Problem(422, 'idempotency-key-reused', 'Idempotency-Key reused with another body', {
      detail: 'This Idempotency-Key was first sent with a different proposal; use a new key for a new proposal.',
      issues: [{path: 'Idempotency-Key', code: 'idempotency-key-reused', message: 'was already used for a different request body'}],
    });
  }
  const row = entry.proposal_id ? await findProposal(db, entry.proposal_id) : undefined;
  if (!row) throw new Error('idempotency key without its proposal');
  return row;
}

/** Takes the year's next number, inserts the proposal and its confirmation mail. */
async function store(deps: AppDeps, tx: Queryable, input: ProposalInput): Promise<ProposalRow> {
  const id = randomUUID();
  const now = deps.clock.now().toISOString();
  const year = referenceYear(deps);
  const [{last}] = (await tx.query<{last: number}>(
    'INSERT INTO proposal_numbers (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = proposal_numbers.last + 1 RETURNING last',
    [year],
  )) as [{last: number}];
  const reference = proposalReference(year, last);
  const {proposer, activity} = input;
  const [row] = (await tx.query<ProposalRow>(
    `INSERT INTO proposals (id, year, number, reference, status, lang, received_at, updated_at, proposer, activity, partners, offer,
       learning_hub, consent, history, format, country, themes, search_text)
     VALUES ($1, $2, $3, $4, 'received', $5, $6, $6, $7::json, $8::json, $9::json, $10::json, $11::json, $12::json, $13::json, $14, $15, $16::json, $17)
     RETURNING *`,
    [
      id, year, last, reference, input.lang, now,
      JSON.stringify(proposer), JSON.stringify(activity), JSON.stringify(input.partners ?? []), JSON.stringify(input.offer),
      input.learningHub ? JSON.stringify(input.learningHub) : null, JSON.stringify(input.consent), JSON.stringify([{status: 'received', at: now}]),
      activity.format, proposer.country, JSON.stringify(activity.themes), proposalSearchText(input),
    ],
  )) as [ProposalRow];
  const mail = proposalReceivedMail({lang: input.lang, givenName: proposer.givenName, familyName: proposer.familyName, reference, title: activity.title});
  await tx.query('INSERT INTO outbox (proposal_id, recipient, subject, body, lang) VALUES ($1, $2, $3, $4, $5)', [id, proposer.email, mail.subject, mail.text, input.lang]);
  return row;
}

/** The honeypot's answer: what a person would get (201, a receipt), while nothing is stored or sent. */
function pretend(deps: AppDeps): ProposalSubmission {
  return {
    receipt: {
      id: randomUUID(),
      reference: proposalReference(referenceYear(deps), randomInt(1, 10_000)),
      status: 'received',
      receivedAt: deps.clock.now().toISOString(),
    },
    replayed: false,
    stored: false,
  };
}
