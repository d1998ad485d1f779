/**
 * The fee and refund engine.
 * @module
 */
export {quote, ruleLabel} from './quote.js';
export {refund, RefundRequest, type RefundResult} from './refund.js';
export {scheduleFor} from './schedule-for.js';
export {priceRange, type PriceRange} from './price-range.js';
