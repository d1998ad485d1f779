/**
 * Entry of the `metropolis-training.js` (ES module) and `metropolis-training.iife.js` (classic
 * script, global `MetropolisTraining`) CDN bundles: defines every element and mounts every
 * `div[data-metropolis]`. The application form is defined on demand: its code loads when a page
 * has a `<metropolis-application-form>` (or its CMS div), or when a visitor clicks Apply (the
 * classic script has it inside). So is the fee calculator, when a page has one (the classic script
 * imports metropolis-fee-calculator.js beside it).
 * @module
 */
import '../define/course-list.js';
import '../define/course-detail.js';
import {mountOnLoad} from '../cms/mount.js';
import {defineOnDemand} from '../internal/define.js';

mountOnLoad();
defineOnDemand('metropolis-application-form', () => import('../define/application-form.js'));
defineOnDemand('metropolis-fee-calculator', () => import('../define/fee-calculator.js'));

// What the package's index exports except the form's class and events, which would bring the
// form's code into the first download (they are in the metropolis-application-form.js bundle
// and the npm package; the class is also `customElements.get('metropolis-application-form')`).
export {CourseDetail} from '../components/course-detail/course-detail.js';
export {CourseList} from '../components/course-list/course-list.js';
export {ApplyEvent} from '../events/apply-event.js';
export {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';
export {FilterChangeEvent, type CourseFilters} from '../events/filter-change-event.js';
export {defineElement} from '../internal/define.js';
export {mountAll} from '../cms/mount.js';
