/**
 * `@metropolis-training/sdk`: the Metropolis training domain as typed zod schemas, the sample
 * catalog, edition status, and the fee and refund engine.
 *
 * No DOM, no framework: it runs in browsers and in Node 20+.
 * @module @metropolis-training/sdk
 */
export * from './schemas/index.js';
export {checkWith, ValidationError, type FieldIssue} from './errors.js';
export {parseCatalog, parseFeeSchedule} from './parse.js';
export {parseApplicationInput} from './parse-application.js';
export {parseProposalInput} from './parse-proposal.js';
export {catalogInLanguage, pick} from './text.js';
export {statusOf, applicationDeadline} from './status.js';
export {addDays, daysBetween, formatDay, formatDayRange, isIsoDate, localDate, type IsoDate as IsoDateString} from './dates.js';
export {countryCodes, isCountryCode} from './income/countries.js';
export {sampleCatalog} from './catalog/index.js';
export {priceRange, priceRangeOfParsed, quote, refund, ruleLabel, scheduleFor, type PriceRange, type RefundResult} from './fees/index.js';
export {feeTable, type FeeTableRow, type FeeTablePrices, type FeeTableListRow, type FeeTableMembershipRow, type FeeTableIncomeRow, type FeeTableIncomeGroup, type FeeTableGroupRow, type FeeTableEarlyBirdRow, type FeeTableFixedPriceRow} from './fees/index.js';
export {refundTimeline, type RefundTimelineStep, type RefundWindow, type RefundAfterLastWindow} from './fees/index.js';
export {incomeGroup} from './income/index.js';
export {amountText, formatMoney, formatPercent, parseAmount, percentOf, minorUnitDigits} from './money.js';
export {plural, type PluralForms} from './plural.js';
export * from './client/index.js';
export {editionCalendar, type EditionCalendarInput} from './calendar/ical.js';
export {courseJsonLd, jsonLdText, type CourseJsonLdInput, type JsonLd} from './structured-data/json-ld.js';
