/**
 * What the activity proposal form needs once it starts: the SDK's proposal schema (the same
 * rules the server applies), the request that sends a proposal, and the member registry's
 * client. Loaded once, after the form's first render, so the form shows without waiting for zod
 * (as application-tools.ts does for the application form).
 * @module
 */
import {checkWith, fetchWithRetry, MemberList, newIdempotencyKey, ProposalInput, ProposalReceipt, readJson, type FieldIssue, type Member} from '@metropolis-training/sdk';

export {newIdempotencyKey};

/** The URL of `path` below `/v1/` on the server at `baseUrl`. */
const endpoint = (baseUrl: string, path: string) => new URL(`v1/${path}`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;

/**
 * `GET /v1/members`: the member organizations a proposer can name. Not through `createClient`,
 * whose application and quote schemas this form never needs (1 KB less on its page).
 */
export async function members(baseUrl: string): Promise<Member[]> {
  return readJson(await fetchWithRetry(endpoint(baseUrl, 'members'), {}, 'GET /v1/members'), MemberList).items;
}

/** The problems of a proposal, one per bad field (empty when it is valid). */
export function proposalIssues(input: ProposalInput): readonly FieldIssue[] {
  const result = checkWith(ProposalInput, input);
  return 'issues' in result ? result.issues : [];
}

/**
 * `POST /v1/proposals` on the server at `baseUrl` with `Idempotency-Key: key`: retried with the
 * same key after a dropped connection, a timeout, 408, 429 or 5xx (the server answers a repeated
 * key with the first receipt), and the receipt validated.
 * @throws ApiError, NetworkError, TimeoutError or ValidationError, as the SDK's client does.
 */
export async function submitProposal(baseUrl: string, input: ProposalInput, key: string): Promise<ProposalReceipt> {
  const download = await fetchWithRetry(endpoint(baseUrl, 'proposals'), {method: 'POST', json: input, headers: {'idempotency-key': key}}, 'POST /v1/proposals');
  return readJson(download, ProposalReceipt);
}
