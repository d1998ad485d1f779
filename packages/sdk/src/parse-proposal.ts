/**
 * Validating an activity proposal from outside (a form, a request body).
 * @module
 */
import {parseWith} from './errors.js';
import {ProposalInput} from './schemas/proposal.js';

/** Validates an activity proposal; throws `ValidationError` naming each bad field. */
export function parseProposalInput(input: unknown): ProposalInput {
  return parseWith(ProposalInput, input, 'Proposal');
}
