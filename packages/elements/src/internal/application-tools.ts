/**
 * What the application form needs once it starts: the SDK's application schema (the same rules
 * the server applies), its API client and its fee engine for estimates. Loaded once, in
 * parallel with the catalog, so the form shows its loading state without waiting for zod.
 * @module
 */
import {createClient, newIdempotencyKey, parseApplicationInput, quote, ValidationError, type ApplicationInput, type FieldIssue} from '@metropolis-training/sdk';

export {createClient, newIdempotencyKey, quote};

/** The problems of an application, one per bad field (empty when it is valid). */
export function applicationIssues(input: ApplicationInput): readonly FieldIssue[] {
  try {
    parseApplicationInput(input);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}
