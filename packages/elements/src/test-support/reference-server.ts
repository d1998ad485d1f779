/**
 * The real reference server in browser tests: web-test-runner starts it
 * (`scripts/wtr-reference-server.mjs`) and proxies {@link REFERENCE_API} to it; these helpers
 * steer the proxy and read what the server stored. Not part of the package.
 *
 * The server runs on PGlite with its clock fixed at 2025-09-15 (10:00 in Barcelona), when the
 * Diploma ({@link DIPLOMA}) takes applications, and is shared by every test file of a run and
 * never emptied: find your own applications by a unique email, not by counting. The proxy's
 * mode and counts are per test file (per page), so files running side by side do not disturb
 * each other.
 * @internal
 * @module
 */
import {createClient, type ApplicationPage, type ClientOptions, type MetropolisClient} from '@metropolis-training/sdk';

/** The reference server's API base, relative to the test page: give it to `createClient` as `new URL(REFERENCE_API, location.href).href`. */
export const REFERENCE_API = '/reference-server/';

/** The reference server's admin token. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** Tokens of the reference server's named admins (`ADMIN_TOKENS` in scripts/wtr-reference-server.mjs). */
export const ADMIN_TOKENS = {alice: 'test-alice-token-0123456789', bob: 'test-bob-token-0123456789'} as const;

/** The day of the reference server's fixed clock. */
export const REFERENCE_DATE = '2025-09-15';

/** The Diploma in Internationalization (Barcelona, 17–21 November 2025): open on {@link REFERENCE_DATE}. */
export const DIPLOMA = 'diploma-internationalization-2025';

/** A member of the reference server's registry, with the last year its contributions are paid for. */
export interface ReferenceMember {
  id: string;
  name: string;
  country: string;
  contributionsPaidThrough: number;
}

/**
 * The registry of the reference server. The Diploma's member rate needs contributions paid
 * through 2024: `in-arrears` and `sample-dakar` are members in arrears (list price).
 */
export const referenceMembers: readonly ReferenceMember[] = [
  {id: 'addis-ababa', name: 'Addis Ababa City Administration', country: 'ET', contributionsPaidThrough: 2024},
  {id: 'cairo', name: 'Cairo Governorate', country: 'EG', contributionsPaidThrough: 2025},
  {id: 'barcelona', name: 'Àrea Metropolitana de Barcelona', country: 'ES', contributionsPaidThrough: 2024},
  {id: 'in-arrears', name: 'Ciudad Atrasada', country: 'PE', contributionsPaidThrough: 2022},
  {id: 'sample-barcelona', name: 'Barcelona (sample data)', country: 'ES', contributionsPaidThrough: 2024},
  {id: 'sample-cairo', name: 'Cairo (sample data)', country: 'EG', contributionsPaidThrough: 2024},
  {id: 'sample-mashhad', name: 'Mashhad (sample data)', country: 'IR', contributionsPaidThrough: 2024},
  {id: 'sample-mexico-city', name: 'Mexico City (sample data)', country: 'MX', contributionsPaidThrough: 2024},
  {id: 'sample-seoul', name: 'Seoul (sample data)', country: 'KR', contributionsPaidThrough: 2024},
  {id: 'sample-johannesburg', name: 'Johannesburg (sample data)', country: 'ZA', contributionsPaidThrough: 2024},
  {id: 'sample-kampala', name: 'Kampala (sample data)', country: 'UG', contributionsPaidThrough: 2024},
  {id: 'sample-dakar', name: 'Dakar (sample data)', country: 'SN', contributionsPaidThrough: 2022},
];

/** Which requests a mode applies to (default: every request to the reference server). */
export interface RequestMatch {
  /** e.g. `POST`. */
  method?: string;
  /** The path below {@link REFERENCE_API}, e.g. `/v1/applications`; a trailing `*` matches a prefix. */
  path?: string;
}

/** How the proxy treats requests until told otherwise. */
export type ServerMode =
  | {mode: 'normal'}
  /**
   * Forward (the server acts: an application is stored), then cut the connection with no answer.
   * Chromium may re-send the request by itself (a reused connection closed): it is dropped too.
   */
  | ({mode: 'drop-responses'; times?: number} & RequestMatch)
  /** Answer 503 problem+json without forwarding. */
  | ({mode: 'fail'; times?: number} & RequestMatch)
  /** Answer the next matching request with this, without forwarding; then back to normal. */
  | ({mode: 'respond-once'; status: number; body?: unknown; headers?: Record<string, string>} & RequestMatch)
  /** Keep matching requests waiting until the next {@link setServerMode} or {@link resetServer}, then forward them. */
  | ({mode: 'hold'} & RequestMatch);

/** Requests that reached the proxy from this test file, and those it forwarded, by `"METHOD /path"` (no query). */
export interface ProxiedRequests {
  requests: Record<string, number>;
  forwarded: Record<string, number>;
}

const CONTROL = '/reference-server-control';

async function ok(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/** Sets how the proxy treats this test file's next requests. */
export async function setServerMode(mode: ServerMode): Promise<void> {
  await ok(await fetch(CONTROL, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(mode)}), 'setServerMode');
}

/** Counts of this test file's requests to the reference server since the last {@link resetServer}. */
export async function proxiedRequests(): Promise<ProxiedRequests> {
  return (await (await ok(await fetch(`${CONTROL}/requests`, {cache: 'no-store'}), 'proxiedRequests')).json()) as ProxiedRequests;
}

/** Back to normal, counts cleared (for this test file). The server's data stays. */
export async function resetServer(): Promise<void> {
  await ok(await fetch(`${CONTROL}/reset`, {method: 'POST'}), 'resetServer');
}

/** `GET /v1/admin/applications` with the admin token: the newest 200 applications, of `editionId` when given. */
export async function adminApplications(editionId?: string): Promise<ApplicationPage> {
  const query = new URLSearchParams({limit: '200', ...(editionId === undefined ? {} : {editionId})});
  const url = new URL(`v1/admin/applications?${query}`, new URL(REFERENCE_API, location.href));
  const response = await ok(await fetch(url, {headers: {authorization: `Bearer ${ADMIN_TOKEN}`}, cache: 'no-store'}), 'adminApplications');
  return (await response.json()) as ApplicationPage;
}

/** An SDK client on the reference server (`retry: 0` unless given, so failures show at once). */
export function referenceClient(options: Partial<ClientOptions> = {}): MetropolisClient {
  return createClient({retry: 0, ...options, baseUrl: new URL(REFERENCE_API, location.href).href});
}
