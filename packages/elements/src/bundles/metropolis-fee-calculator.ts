/**
 * Entry of the `metropolis-fee-calculator.js` CDN bundle, for a partner page with the calculator
 * alone (often with its own inline schedule and no server): defines `<metropolis-fee-calculator>`
 * and mounts `div[data-metropolis="fee-calculator"]`.
 * @module
 */
import '../define/fee-calculator.js';
import {mountOnLoad} from '../cms/mount.js';

mountOnLoad(['fee-calculator']);

export {FeeCalculator} from '../components/fee-calculator/fee-calculator.js';
export {QuoteChangeEvent} from '../events/quote-change-event.js';
export {ApplyEvent} from '../events/apply-event.js';
export {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';
