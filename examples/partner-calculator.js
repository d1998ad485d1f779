// Loads the fee calculator's bundle for partner-calculator.html: beside the repository's build
// when the repository is served by any static file server, else from the reference server's
// /elements/. A partner's own page loads it from its CDN URL with one <script type="module">.
const bundle = 'metropolis-fee-calculator.js';
import(`../packages/elements/dist/cdn/${bundle}`).catch(() => import(`/elements/${bundle}`));

// The language buttons switch the page's language; the calculators follow at once.
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => (document.documentElement.lang = button.dataset.lang));
}
