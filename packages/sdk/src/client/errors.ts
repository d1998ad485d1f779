/**
 * The errors the API client throws. Callers see only these and `ValidationError`, never fetch's or
 * zod's own.
 * @module
 */
import type {FieldIssue} from '../errors.js';
import type {ProblemDetails} from '../schemas/problem.js';

/** The server answered with an error status; `problem` is its RFC 9457 body. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status, e.g. 422. */
  readonly status: number;
  /** The problem details the server sent (or a minimal one built from the status). */
  readonly problem: ProblemDetails;
  /** Per-field issues for invalid input (422 and 400), else empty. */
  readonly issues: readonly FieldIssue[];
  /** Seconds the server asked to wait (`Retry-After`), for 429 and 503. */
  readonly retryAfter: number | undefined;

  /**
   * @param status HTTP status.
   * @param problem The problem details.
   * @param retryAfter Seconds from a `Retry-After` header, if any.
   */
  constructor(status: number, problem: ProblemDetails, retryAfter?: number) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.status = status;
    this.problem = problem;
    this.issues = problem.issues ?? [];
    this.retryAfter = retryAfter;
  }
}

/** The server could not be reached, or the connection dropped, after every retry. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/** The server did not answer in time, after every retry. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}
