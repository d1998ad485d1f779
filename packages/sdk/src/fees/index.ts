/**
 * The fee and refund engine.
 * @module
 */
export {quote, refund} from './checked.js';
export {refundTimeline} from './checked-timeline.js';
export {ruleLabel} from './labels.js';
export type {RefundResult} from './refund.js';
export {scheduleFor} from './schedule-for.js';
export {priceRange, priceRangeOfParsed, type PriceRange} from './price-range.js';
export {feeTable, type FeeTableRow, type FeeTablePrices, type FeeTableListRow, type FeeTableMembershipRow, type FeeTableIncomeRow, type FeeTableIncomeGroup, type FeeTableGroupRow, type FeeTableEarlyBirdRow, type FeeTableFixedPriceRow} from './fee-table.js';
export type {RefundTimelineStep, RefundWindow, RefundAfterLastWindow} from './refund-timeline.js';
