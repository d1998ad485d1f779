/**
 * Default rule labels in French: a module of their own, so that a page fetches them with
 * its language's sentences and the full SDK's `ruleLabel` has every language without them.
 * @module
 */
import type {FeeRuleKind} from '../../schemas/fee-schedule.js';

/** @internal */
export const labels: Readonly<Record<FeeRuleKind, string>> = {membership: 'Tarif membre', 'income-level': 'Tarif spécial', group: 'Inscription de groupe', 'early-bird': 'Inscription anticipée', 'fixed-price': 'Prix spécial'};
