/**
 * Logs without personal data: a request is its method, route pattern, status and duration, and
 * the id of the application or proposal it created or changed — never names, emails, bodies, tokens or
 * addresses.
 * @module
 */
import type {MiddlewareHandler} from 'hono';
import {routePath} from 'hono/route';
import type {AppEnv} from './context.js';

/** One log line. */
export type LogEntry =
  | {event: 'request'; method: string; route: string; status: number; ms: number; applicationId?: string; proposalId?: string; admin?: string}
  | {event: string; [field: string]: string | number | boolean | undefined};

/**
 * Logs each request once it is answered. The route is the pattern of the handler that answered
 * (`/v1/applications/:id`),
 * never the path, which may hold ids and tokens.
 */
export function requestLog(log: (entry: LogEntry) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const entry: LogEntry = {
      event: 'request',
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    const applicationId = c.get('applicationId');
    if (applicationId) entry.applicationId = applicationId;
    const proposalId = c.get('proposalId');
    if (proposalId) entry.proposalId = proposalId;
    // The admin's name is chosen by the Secretariat ([a-z0-9._-]), an account name, not personal data of applicants.
    const admin = c.get('adminName');
    if (admin) entry.admin = admin;
    log(entry);
  };
}

/** What may be logged of an error: its class and code, not its message (messages can quote data). */
export function errorFields(error: unknown): {error: string; code?: string} {
  if (!(error instanceof Error)) return {error: typeof error};
  const code = (error as {code?: unknown}).code;
  return typeof code === 'string' ? {error: error.name, code} : {error: error.name};
}
