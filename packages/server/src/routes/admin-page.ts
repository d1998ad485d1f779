/**
 * `GET /admin`: the admissions console's page — the `<metropolis-admissions>` element talking
 * to this same server, loaded from `/elements/admissions.js`. Strict CSP (the site's own
 * scripts only, no inline code), never framed, revalidated on every visit.
 * @module
 */
import {Hono} from 'hono';
import type {AppEnv} from '../context.js';
import {PAGE_CSP} from '../security.js';

/** The page's HTML: no inline script or style, so the strict policy holds. */
export const ADMIN_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Admissions — Metropolis Training</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/admin.css">
<script type="module" src="/elements/admissions.js"></script>
</head>
<body>
<metropolis-admissions api="">
<noscript>The admissions console needs JavaScript. The API it uses is documented at /v1/openapi.json.</noscript>
</metropolis-admissions>
</body>
</html>
`;

/**
 * The page's own look (a file, so style-src 'self' holds): a system font and a readable width.
 * The element keeps the page's font by design; this page is the one we own.
 */
export const ADMIN_PAGE_CSS = `body {
  margin: 0 auto;
  max-inline-size: 80rem;
  padding: 1rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
  color: #1b1b1b;
  background: #fff;
}
`;

/** `GET /admin` (and `/admin/`), and its stylesheet. */
export function adminPageRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/admin', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Cache-Control', 'no-cache');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Type', 'text/html; charset=utf-8');
    return c.body(ADMIN_PAGE, 200);
  }).get('/admin.css', (c) => {
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(ADMIN_PAGE_CSS, 200);
  });
}
