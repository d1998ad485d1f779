/**
 * The fee and refund engine.
 * @module
 */
export {quote} from './quote.js';
export {ruleLabel} from './labels.js';
export {refund, RefundRequest, type RefundResult} from './refund.js';
export {scheduleFor} from './schedule-for.js';
export {priceRange, type PriceRange} from './price-range.js';
