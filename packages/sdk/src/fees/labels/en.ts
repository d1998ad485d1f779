/**
 * Default rule labels in English: a module of their own, so that a page fetches them with
 * its language's sentences and the full SDK's `ruleLabel` has every language without them.
 * @module
 */
import type {FeeRuleKind} from '../../schemas/fee-schedule.js';

/** @internal */
export const labels: Readonly<Record<FeeRuleKind, string>> = {membership: 'Member rate', 'income-level': 'Special fee', group: 'Group registration', 'early-bird': 'Early bird', 'fixed-price': 'Special price'};
