/**
 * Default rule labels in Arabic: a module of their own, so that a page fetches them with
 * its language's sentences and the full SDK's `ruleLabel` has every language without them.
 * @module
 */
import type {FeeRuleKind} from '../../schemas/fee-schedule.js';

/** @internal */
export const labels: Readonly<Record<FeeRuleKind, string>> = {membership: 'سعر الأعضاء', 'income-level': 'رسوم مخفّضة', group: 'تسجيل المجموعات', 'early-bird': 'التسجيل المبكر', 'fixed-price': 'سعر خاص'};
