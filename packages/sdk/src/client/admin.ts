/**
 * The admissions team's client: the admin routes of the reference server (`/v1/admin/…`),
 * behind `Authorization: Bearer <token>`. Every answer is validated; errors are the client's
 * own (`ApiError` with the problem details), a change refused because someone else changed the
 * application first a {@link ConflictError}. The schemas load on first use, so a page that
 * imports the applicant's client never downloads them.
 * @module
 */
import {parseWith} from '../errors.js';
import type {Application, ApplicationPage, ApplicationStatus, MemberRecord, StatusChange} from '../schemas/index.js';
import type {z} from '../zod.js';
import type {ActionPreview, AdminIdentity, EditionAdmissions} from '../schemas/admin.js';
import {ApiError} from './errors.js';
import {fetchWithRetry, type FetchWithRetryOptions} from './fetch-with-retry.js';
import {readJson} from './get-json.js';
import {apiBase, retryAfterSeconds, type CallOptions, type RetryOptions} from './options.js';
import {problemOf} from '../schemas/problem.js';

export type {AdminIdentity} from '../schemas/admin.js';
/** One edition with its applications counted by status (`EditionAdmissions`). */
export type AdminEdition = EditionAdmissions;
/** What a status change would do (`ActionPreview`). */
export type StatusPreview = ActionPreview;

/** `412 Precondition Failed`: another admin changed the application since it was read. Reload, then decide again. */
export class ConflictError extends ApiError {
  /**
   * @param status 412.
   * @param problem The server's problem details (its detail says who changed it).
   * @param retryAfter Unused; kept for `ApiError`'s shape.
   */
  constructor(status: number, problem: ApiError['problem'], retryAfter?: number) {
    super(status, problem, retryAfter);
    Object.defineProperty(this, 'name', {value: 'ConflictError'});
  }
}

/** Options of {@link createAdminClient}. */
export interface AdminClientOptions {
  /** Server base URL, e.g. `https://training.example.org` or `/` (the client adds `/v1/admin/…`). */
  api: string;
  /** The admin's token, sent as `Authorization: Bearer <token>`. */
  token: string;
  /** A `fetch` to use instead of the global one (tests). */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each answer (default 10 000). */
  timeout?: number;
  /** Retries of reads (default 2); changes are never retried. */
  retry?: number | RetryOptions;
}

/** Filters of the application list and the CSV export (all optional). */
export interface AdminApplicationQuery {
  editionId?: string;
  status?: string;
  country?: string;
  incomeGroup?: string;
  membership?: string;
  /** `true`: only applications holding a special-fee place; `false`: only the others. */
  specialFee?: boolean;
  /** Words in the name, email, organization or reference. */
  q?: string;
  cursor?: string;
  limit?: number;
}

/** An application with the `ETag` a change must send back as `If-Match`. */
export interface VersionedApplication {
  application: Application;
  etag: string;
  /** The statuses it may move to now (the SDK's `applicationTransitions`, which the server enforces). */
  moves: readonly ApplicationStatus[];
}

/** The admin client returned by {@link createAdminClient}. */
export interface AdminClient {
  /** `GET /v1/admin/me`: who the token belongs to (`ApiError` 401 for a wrong token). */
  me(options?: CallOptions): Promise<AdminIdentity>;
  /** `GET /v1/admin/editions`: editions with counts by status and the special-fee quota. */
  editions(options?: CallOptions): Promise<AdminEdition[]>;
  /** `GET /v1/admin/applications`: a page of applications, newest first. */
  applications(query?: AdminApplicationQuery, options?: CallOptions): Promise<ApplicationPage>;
  /** `GET /v1/admin/applications/{id}`: one application and its `ETag`. */
  application(id: string, options?: CallOptions): Promise<VersionedApplication>;
  /** `POST /v1/admin/applications/{id}/preview`: what a change would do (refund, email), changing nothing. */
  preview(id: string, change: StatusChange, options?: CallOptions): Promise<StatusPreview>;
  /**
   * `POST /v1/admin/applications/{id}/status` with `If-Match: etag`. Never retried.
   * @throws ConflictError when someone else changed the application first (412); `ApiError`
   * 409 for a move the lifecycle does not allow (its detail says which are), 422 for bad fields.
   */
  changeStatus(id: string, change: StatusChange, etag: string, options?: CallOptions): Promise<VersionedApplication>;
  /** `GET /v1/admin/applications.csv`: the export of the filtered list (the token is sent, so it cannot be a plain link). */
  exportCsv(query?: AdminApplicationQuery, options?: CallOptions): Promise<Blob>;
  /** `GET /v1/admin/members`: the member registry with contribution status. */
  members(options?: CallOptions): Promise<MemberRecord[]>;
  /** `PUT /v1/admin/members/{id}`: adds or replaces a member. */
  putMember(member: MemberRecord, options?: CallOptions): Promise<MemberRecord>;
  /** `DELETE /v1/admin/members/{id}`. */
  deleteMember(id: string, options?: CallOptions): Promise<void>;
}

type Schemas = typeof import('../schemas/admin.js') & typeof import('../schemas/api.js') & typeof import('../schemas/application.js');
let schemas: Promise<Schemas> | undefined;
/** The schemas, loaded once per page on the first call. */
const loadSchemas = () => (schemas ??= Promise.all([import('../schemas/admin.js'), import('../schemas/api.js'), import('../schemas/application.js')]).then(([a, b, c]) => ({...a, ...b, ...c})));

/** Query parameters of the list, as text. @internal */
export function listParams(query: AdminApplicationQuery = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(name, String(value));
  }
  return params;
}

/** Creates a client of the admin routes for one admin's token. */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  const base = new URL('admin/', apiBase(new URL(options.api, globalThis.location?.href ?? 'http://localhost/').href));
  const url = (path: string, params?: URLSearchParams) => {
    const target = new URL(path, base);
    if (params) target.search = params.toString();
    return target.href;
  };
  const settings = (signal: AbortSignal | undefined, more: FetchWithRetryOptions = {}): FetchWithRetryOptions => ({
    fetch: options.fetch,
    timeout: options.timeout,
    retry: options.retry,
    ...(signal ? {signal} : {}),
    ...more,
    headers: {authorization: `Bearer ${options.token}`, ...more.headers},
  });
  const get = async <S extends z.ZodMiniType>(path: string, schema: S, what: string, signal?: AbortSignal, more: FetchWithRetryOptions = {}) =>
    readJson(await fetchWithRetry(url(path), settings(signal, more), what), schema);
  const versioned = async (path: string, what: string, signal: AbortSignal | undefined, more: FetchWithRetryOptions = {}): Promise<VersionedApplication> => {
    const {Application: schema, applicationTransitions} = await loadSchemas();
    const download = await fetchWithRetry(url(path), settings(signal, more), what);
    if (download.response.status === 412) {
      let body: unknown;
      try {
        body = JSON.parse(download.text);
      } catch {
        body = undefined;
      }
      throw new ConflictError(412, problemOf(body, download.response), retryAfterSeconds(download.response));
    }
    const application = readJson(download, schema);
    return {application, etag: download.response.headers.get('etag') ?? '', moves: applicationTransitions[application.status] ?? []};
  };
  const id = (value: string) => encodeURIComponent(value);

  return {
    me: async ({signal} = {}) => get('me', (await loadSchemas()).AdminIdentity, 'GET /v1/admin/me', signal),
    editions: async ({signal} = {}) => (await get('editions', (await loadSchemas()).EditionAdmissionsList, 'GET /v1/admin/editions', signal)).items,
    applications: async (query, {signal} = {}) => {
      const {ApplicationPage: schema} = await loadSchemas();
      return readJson(await fetchWithRetry(url('applications', listParams(query)), settings(signal), 'GET /v1/admin/applications'), schema);
    },
    application: (applicationId, {signal} = {}) => versioned(`applications/${id(applicationId)}`, 'GET /v1/admin/applications/{id}', signal),
    preview: async (applicationId, change, {signal} = {}) => {
      const {StatusChange: body, ActionPreview: schema} = await loadSchemas();
      const json = parseWith(body, change, 'Status change');
      return get(`applications/${id(applicationId)}/preview`, schema, 'POST /v1/admin/applications/{id}/preview', signal, {method: 'POST', json});
    },
    changeStatus: async (applicationId, change, etag, {signal} = {}) => {
      const {StatusChange: body} = await loadSchemas();
      const json = parseWith(body, change, 'Status change');
      return versioned(`applications/${id(applicationId)}/status`, 'POST /v1/admin/applications/{id}/status', signal, {method: 'POST', json, retry: 0, headers: {'if-match': etag}});
    },
    exportCsv: async (query, {signal} = {}) => {
      const download = await fetchWithRetry(url('applications.csv', listParams(query)), settings(signal), 'GET /v1/admin/applications.csv');
      if (!download.response.ok) readJson(download, (await loadSchemas()).AdminIdentity);
      return new Blob([download.text], {type: download.response.headers.get('content-type') ?? 'text/csv'});
    },
    members: async ({signal} = {}) => (await get('members', (await loadSchemas()).MemberRecordList, 'GET /v1/admin/members', signal)).items,
    putMember: async (member, {signal} = {}) => {
      const {MemberRecord: schema} = await loadSchemas();
      const json = parseWith(schema, member, 'Member');
      return get(`members/${id(member.id)}`, schema, 'PUT /v1/admin/members/{id}', signal, {method: 'PUT', json});
    },
    deleteMember: async (memberId, {signal} = {}) => {
      const download = await fetchWithRetry(url(`members/${id(memberId)}`), settings(signal, {method: 'DELETE'}), 'DELETE /v1/admin/members/{id}');
      if (!download.response.ok) readJson(download, (await loadSchemas()).AdminIdentity);
    },
  };
}

/** Whether `error` is the refusal of a change because someone else changed the application first (412). */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ConflictError || (error instanceof ApiError && error.status === 412);
}
