/**
 * Security headers on every answer. HTML pages get a Content-Security-Policy that runs only
 * the site's own script files (no inline script, no eval); API answers forbid everything.
 * @module
 */
import type {MiddlewareHandler} from 'hono';

/** CSP of the served HTML pages. */
export const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** CSP of everything else: JSON, CSV, scripts are data to the browser, never documents. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Adds the headers once the answer is ready. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    // A policy or a referrer rule on a script has no effect: both apply to the document or worker
    // an answer creates, and a script creates none. Left off, every page saves about 100 bytes a
    // script file (the 40 KB list page fetches four).
    if ((headers.get('content-type') ?? '').startsWith('text/javascript')) return;
    headers.set('Referrer-Policy', 'no-referrer');
    // A 304 has no Content-Type, and its headers replace the cached answer's: an API policy on
    // it would turn the cached page into one that may load nothing (a blank page on every
    // repeat visit). The cached answer keeps its own policy.
    if (c.res.status === 304) return;
    const html = (headers.get('content-type') ?? '').startsWith('text/html');
    // A page with a policy of its own (the invoice's style nonce) keeps it.
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', html ? PAGE_CSP : API_CSP);
  };
}
