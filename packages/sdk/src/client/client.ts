/**
 * The HTTP client of the Metropolis Training API, on `fetch`: typed, validated, retried.
 * @module
 */
import {parseWith} from '../errors.js';
import {ApplicationInput} from '../schemas/application.js';
import {ApplicationReceipt, ApplicationView, MemberList, MemberListQuery, QuoteApiRequest, type Member} from '../schemas/api.js';
import type {ProposalInput, ProposalReceipt} from '../schemas/proposal.js';
import type {Catalog} from '../schemas/catalog.js';
import {Quote} from '../schemas/quote.js';
import {fetchCatalog} from './catalog.js';
import {newIdempotencyKey} from './idempotency.js';
import type {FetchWithRetryOptions} from './fetch-with-retry.js';
import {getJson} from './get-json.js';
import {apiBase, type CallOptions, type ClientOptions} from './options.js';

/** Options of {@link MetropolisClient.apply}. */
export interface ApplyOptions extends CallOptions {
  /** Key that makes retries safe: the server answers a repeated key with the first result. Default: a new UUID per call. */
  idempotencyKey?: string;
}

/** A quote request for `POST /v1/quotes`, without the edition (a separate argument). */
export type QuoteOptions = Omit<QuoteApiRequest, 'editionId'>;

/** The API client returned by {@link createClient}. */
export interface MetropolisClient {
  /** `GET /v1/catalog`: providers, courses, editions and fee schedules. */
  catalog(options?: CallOptions): Promise<Catalog>;
  /** `POST /v1/quotes`: the price of an edition for a request, as of the server's clock. */
  quote(editionId: string, request: QuoteOptions, options?: CallOptions): Promise<Quote>;
  /**
   * `POST /v1/applications`: submits an application. Validated before sending; retried with the
   * same `Idempotency-Key` after a dropped connection, a timeout, 408, 429 or 5xx, so a retry
   * never creates a second application.
   */
  apply(input: ApplicationInput, options?: ApplyOptions): Promise<ApplicationReceipt>;
  /**
   * `POST /v1/proposals`: proposes a learning activity. Validated before sending (the same
   * cross-field checks as the server); retried with the same `Idempotency-Key` like
   * {@link apply}, so a retry never stores a second proposal.
   */
  submitProposal(input: ProposalInput, options?: ApplyOptions): Promise<ProposalReceipt>;
  /** `GET /v1/applications/{id}?token=…`: the applicant's own application. */
  application(id: string, token: string, options?: CallOptions): Promise<ApplicationView>;
  /**
   * `GET /v1/members?q=…`: member organizations an application can name. With `query`, only
   * those whose name contains it, case and accents aside (the server caps how many it lists).
   */
  members(query?: string, options?: CallOptions): Promise<Member[]>;
}

/**
 * Creates a client for the server at `options.baseUrl`. Every response is validated against
 * the SDK's schemas; failures surface only as `ApiError`, `NetworkError`, `TimeoutError` or
 * `ValidationError`. Works in browsers and Node 20+.
 */
export function createClient(options: ClientOptions): MetropolisClient {
  const base = apiBase(options.baseUrl);
  const settings = (signal: AbortSignal | undefined, more: FetchWithRetryOptions = {}): FetchWithRetryOptions => ({
    fetch: options.fetch,
    timeout: options.timeout,
    retry: options.retry,
    ...(signal ? {signal} : {}),
    ...more,
  });
  const url = (path: string, query?: Record<string, string>) => {
    const target = new URL(path, base);
    for (const [name, value] of Object.entries(query ?? {})) target.searchParams.set(name, value);
    return target.href;
  };

  return {
    catalog: ({signal} = {}) => fetchCatalog({...options, ...(signal ? {signal} : {})}),
    // POSTs are safe to retry: quotes change nothing, applications and proposals carry an idempotency key.
    quote: async (editionId, quoteRequest, {signal} = {}) => {
      const json = parseWith(QuoteApiRequest, {...quoteRequest, editionId}, 'Quote request');
      return getJson(url('quotes'), Quote, 'POST /v1/quotes', settings(signal, {method: 'POST', json}));
    },
    apply: async (input, {signal, idempotencyKey = newIdempotencyKey()} = {}) => {
      const json = parseWith(ApplicationInput, input, 'Application');
      return getJson(url('applications'), ApplicationReceipt, 'POST /v1/applications', settings(signal, {method: 'POST', json, headers: {'idempotency-key': idempotencyKey}}));
    },
    submitProposal: async (input, {signal, idempotencyKey = newIdempotencyKey()} = {}) => {
      // Loaded on first use: pages that only apply (the application form's bundle) never download the proposal's schema.
      const {ProposalInput: schema, ProposalReceipt: receipt} = await import('../schemas/proposal.js');
      const json = parseWith(schema, input, 'Proposal');
      return getJson(url('proposals'), receipt, 'POST /v1/proposals', settings(signal, {method: 'POST', json, headers: {'idempotency-key': idempotencyKey}}));
    },
    application: (id, token, {signal} = {}) => getJson(url(`applications/${encodeURIComponent(id)}`, {token}), ApplicationView, 'GET /v1/applications/{id}', settings(signal)),
    members: async (query, {signal} = {}) => {
      const searchParams = query === undefined ? undefined : parseWith(MemberListQuery, {q: query}, 'Member query');
      return (await getJson(url('members', searchParams), MemberList, 'GET /v1/members', settings(signal))).items;
    },
  };
}
