/**
 * RFC 9457 problem details: the body of every error answer of the API.
 * @module
 */
import {z} from '../zod.js';

/** One bad field in a problem+json body. */
export const ProblemIssue = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

/** An error answer, RFC 9457 `application/problem+json`, with per-field issues when input was invalid. */
export const ProblemDetails = z.looseObject({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Each bad field, for 400 and 422 answers. */
  issues: z.optional(z.array(ProblemIssue)),
});
/** An error answer (RFC 9457). */
export type ProblemDetails = z.infer<typeof ProblemDetails>;

/** The problem details of an error answer's body, or a minimal one built from the status. @internal */
export function problemOf(body: unknown, response: Response): ProblemDetails {
  const parsed = ProblemDetails.safeParse(body);
  return parsed.success
    ? {...parsed.data, issues: parsed.data.issues?.map((i) => ({path: i.path, code: i.code, message: i.message}))}
    : {title: response.statusText || `HTTP ${response.status}`, status: response.status};
}
