/**
 * What the fee calculator needs once it has a schedule: the schedule's validation, the fee and
 * refund engine and the income groups — from the SDK's light entry, which validates with the
 * zod schemas' plans rather than zod (same rules and field issues, about 9 KB gzip less on a
 * partner's page). Imported statically: every calculator needs it for its first price, so it
 * comes with the element's code rather than as a second download after it.
 * @module
 */
export {checkFeeSchedule, incomeGroup, quote, refund, refundTimeline} from '@metropolis-training/sdk/light';
