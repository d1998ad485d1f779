/**
 * Entry of the `metropolis-fee-calculator.js` CDN bundle, for a partner page with the calculator
 * alone (often with its own inline schedule and no server): defines `<metropolis-fee-calculator>`
 * and mounts `div[data-metropolis="fee-calculator"]` — with code fetched only when the page has
 * such a div, since a partner page's whole weight is budgeted (24 KB gzip) and most place the
 * element itself.
 * @module
 */
import '../define/fee-calculator.js';
import {mountOnDemand} from '../cms/mount-on-demand.js';

mountOnDemand(['fee-calculator']);

export {FeeCalculator} from '../components/fee-calculator/fee-calculator.js';
export {QuoteChangeEvent} from '../events/quote-change-event.js';
export {ApplyEvent} from '../events/apply-event.js';
export {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';
