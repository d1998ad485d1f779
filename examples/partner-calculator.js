// Loads the fee calculator's bundle for partner-calculator.html from elements/ beside the page
// (the build copies it there; the reference server also serves it at /elements/). A partner's own
// page loads it from its CDN URL with one <script type="module">.
import './elements/metropolis-fee-calculator.js';

// The language buttons switch the page's language; the calculators follow at once.
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => (document.documentElement.lang = button.dataset.lang));
}
