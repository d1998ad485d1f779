/**
 * What the application form needs once it starts: the SDK's application schema (the same rules
 * the server applies) and its API client. Loaded once, in parallel with the catalog, so the form
 * shows its loading state without waiting for zod. The fee engine is apart
 * (`estimate-tools.ts`): only a form without a server prices in the page.
 * @module
 */
import {ApplicationInput, checkWith, createClient, newIdempotencyKey, type FieldIssue} from '@metropolis-training/sdk';

export {createClient, newIdempotencyKey};

/** The problems of an application, one per bad field (empty when it is valid). */
export function applicationIssues(input: ApplicationInput): readonly FieldIssue[] {
  const result = checkWith(ApplicationInput, input);
  return 'issues' in result ? result.issues : [];
}
