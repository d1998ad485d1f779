/**
 * What the activity proposal form needs once it starts: the SDK's proposal schema (the same
 * rules the server applies), the request that sends a proposal, and the member registry's
 * client. Loaded once, after the form's first render, so the form shows without waiting for zod
 * (as application-tools.ts does for the application form).
 * @module
 */
import {checkWith, createClient, fetchWithRetry, newIdempotencyKey, ProposalInput, ProposalReceipt, readJson, type FieldIssue} from '@metropolis-training/sdk';

export {createClient, newIdempotencyKey};

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
  const url = new URL('v1/proposals', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
  const download = await fetchWithRetry(url, {method: 'POST', json: input, headers: {'idempotency-key': key}}, 'POST /v1/proposals');
  return readJson(download, ProposalReceipt);
}
