/**
 * `@metropolis-training/elements`: the element classes and their events. Importing this module
 * registers nothing; import `@metropolis-training/elements/define/<tag>.js` (or load a CDN
 * bundle) to define the tags.
 * @module @metropolis-training/elements
 */
export {ActivityProposal} from './components/activity-proposal/activity-proposal.js';
export {Admissions} from './components/admissions/admissions.js';
export {ApplicationForm} from './components/application-form/application-form.js';
export {CourseDetail} from './components/course-detail/course-detail.js';
export {CourseList} from './components/course-list/course-list.js';
export {FeeCalculator} from './components/fee-calculator/fee-calculator.js';
export {AdmissionsSignedInEvent} from './events/admissions-signed-in-event.js';
export {AdmissionsSignedOutEvent, type SignOutReason} from './events/admissions-signed-out-event.js';
export {ApplicationChangedEvent} from './events/application-changed-event.js';
export {ApplicationSubmittedEvent} from './events/application-submitted-event.js';
export {ApplyEvent} from './events/apply-event.js';
export {CatalogErrorEvent, CatalogLoadEvent} from './events/catalog-load-event.js';
export {FilterChangeEvent, type CourseFilters} from './events/filter-change-event.js';
export {ProposalSubmittedEvent} from './events/proposal-submitted-event.js';
export {QuoteChangeEvent} from './events/quote-change-event.js';
export {defineElement} from './internal/define.js';
