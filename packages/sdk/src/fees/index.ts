/**
 * The fee and refund engine.
 * @module
 */
export {quote} from './quote.js';
export {ruleLabel} from './labels.js';
export {refund, RefundRequest, type RefundResult} from './refund.js';
export {scheduleFor} from './schedule-for.js';
export {priceRange, type PriceRange} from './price-range.js';
export {feeTable, type FeeTableRow, type FeeTablePrices, type FeeTableListRow, type FeeTableMembershipRow, type FeeTableIncomeRow, type FeeTableIncomeGroup, type FeeTableGroupRow, type FeeTableEarlyBirdRow, type FeeTableFixedPriceRow} from './fee-table.js';
export {refundTimeline, type RefundTimelineStep, type RefundWindow, type RefundAfterLastWindow} from './refund-timeline.js';
