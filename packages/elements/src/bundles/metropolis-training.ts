/**
 * Entry of the `metropolis-training.js` (ES module) and `metropolis-training.iife.js` (classic
 * script, global `MetropolisTraining`) CDN bundles: defines every element and mounts every
 * `div[data-metropolis]` (with the mount's code loaded when a page has one). Only the course list is in the first download; the other elements are
 * defined on demand. The course page's and the application form's code loads when a page has a
 * `<metropolis-course-detail>` or a `<metropolis-application-form>` (or their CMS divs), the
 * form's also when a visitor clicks Apply (the classic script has both inside). So does the fee
 * calculator's, when a page has one (the classic script imports metropolis-fee-calculator.js
 * beside it).
 * @module
 */
// First: it starts the downloads the elements below will need (modules run in import order).
import '../internal/early-start.js';
import '../define/course-list.js';
import {mountOnDemand} from '../cms/mount-on-demand.js';
import {fetchAlongside} from '../internal/alongside.js';
import {loadCatalogTools} from '../internal/catalog-controller.js';
import {defineOnDemand} from '../internal/define.js';

// The CMS mount's code only for pages with a div[data-metropolis]; the catalog tools, which
// the mounted elements need next, are requested with it rather than after it.
mountOnDemand(undefined, loadCatalogTools);
// Through the catalog tools, which the form needs first: they and the form share one chunk's
// code. The form's chunks and its validation code are requested alongside, not after them.
defineOnDemand('metropolis-application-form', () =>
  Promise.all([
    loadCatalogTools().then((tools) => tools.defineApplicationForm()),
    fetchAlongside('../define/application-form.js'),
    fetchAlongside('../internal/application-tools.js'),
  ]),
);
// A course page's code waits for a page that has one (a list page is the common embed); its
// catalog tools and its fee table's wording load beside it rather than after it.
defineOnDemand('metropolis-course-detail', () => Promise.all([import('../define/course-detail.js'), loadCatalogTools(), import('../components/course-detail/fees-view.js')]));
defineOnDemand('metropolis-fee-calculator', () => import('../define/fee-calculator.js'));
// Not the activity proposal form: a page with one loads metropolis-activity-proposal.js (beside
// this bundle if it lists courses too). Defining it on demand here cost the list page 40 bytes
// brotli it does not have (test/size.test.mjs); that bundle also mounts its CMS div.

// What the package's index exports except the course page's and the form's classes and events,
// which would bring their code into the first download (they are in their own bundles and the
// npm package; each class is also `customElements.get(tag)` once defined).
export {CourseList} from '../components/course-list/course-list.js';
export {ApplyEvent} from '../events/apply-event.js';
export {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';
export {FilterChangeEvent, type CourseFilters} from '../events/filter-change-event.js';
export {defineElement} from '../internal/define.js';
