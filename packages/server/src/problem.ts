/**
 * Errors as RFC 9457 `application/problem+json`: type, title, status, detail and, for invalid
 * input, one issue per bad field.
 * @module
 */
import type {Context} from 'hono';
import type {FieldIssue, ProblemDetails} from '@metropolis-training/sdk';

/** Prefix of this API's problem types; docs/server.md lists each one. */
export const PROBLEM_TYPE = 'urn:metropolis-training:problem:';

/** An error answer, thrown by handlers and turned into problem+json by the app's error handler. */
export class Problem extends Error {
  override readonly name = 'Problem';
  /** The body sent. */
  readonly body: ProblemDetails;
  /** Extra response headers (`Retry-After`, `WWW-Authenticate`). */
  readonly headers: Record<string, string>;

  /**
   * @param status HTTP status.
   * @param type Last part of the problem type URI (`validation`), or `about:blank` for plain HTTP errors.
   * @param title Short, the same for every occurrence of the type.
   * @param options Detail for this occurrence, field issues, extra headers.
   */
  constructor(status: number, type: string, title: string, options: {detail?: string; issues?: readonly FieldIssue[]; headers?: Record<string, string>} = {}) {
    super(title);
    this.body = {
      type: type === 'about:blank' ? type : `${PROBLEM_TYPE}${type}`,
      title,
      status,
      ...(options.detail ? {detail: options.detail} : {}),
      ...(options.issues ? {issues: options.issues.map(({path, code, message}) => ({path, code, message}))} : {}),
    };
    this.headers = options.headers ?? {};
  }
}

/** The problem+json response for `problem`. */
export function problemResponse(c: Context, problem: Problem): Response {
  // An error is about this request only (often about one applicant or a token): never cached.
  c.header('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  c.header('Content-Type', 'application/problem+json; charset=utf-8');
  return c.body(JSON.stringify(problem.body), problem.body.status as 400);
}

/** 422 for input that fails its schema, naming each field. */
export function invalidInput(issues: readonly FieldIssue[], detail?: string): Problem {
  return new Problem(422, 'validation', 'The request has invalid fields', {issues, detail: detail ?? issues.map((i) => (i.path ? `${i.path} ${i.message}` : i.message)).join('; ')});
}

/** 422 naming one field, for checks beyond the schema (an unknown edition, an unknown member). */
export function invalidField(type: string, title: string, path: string, message: string): Problem {
  return new Problem(422, type, title, {detail: `${path} ${message}`, issues: [{path, code: type, message}]});
}

/** 404, the same for everything not found (so ids cannot be probed). */
export function notFound(): Problem {
  return new Problem(404, 'about:blank', 'Not found');
}
