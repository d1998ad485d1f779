// A web-test-runner middleware that serves a page of the test's own making under a strict
// Content-Security-Policy header: GET /csp-page?csp=…&html=… answers `html` with `csp`. The
// strict-CSP bundle tests load their pages from it in an iframe. (A srcdoc iframe with a meta
// CSP is not the same: Firefox does not match 'self' to a srcdoc document's inherited origin, so
// every script is blocked there, and a real site sends its policy as a header anyway.)
export function cspPageMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname !== '/csp-page') return next();
  context.status = 200;
  context.type = 'text/html; charset=utf-8';
  context.set('Content-Security-Policy', url.searchParams.get('csp') ?? "default-src 'none'");
  context.set('Cache-Control', 'no-store');
  context.body = url.searchParams.get('html') ?? '';
}
