/**
 * Default rule labels in Spanish: a module of their own, so that a page fetches them with
 * its language's sentences and the full SDK's `ruleLabel` has every language without them.
 * @module
 */
import type {FeeRuleKind} from '../../schemas/fee-schedule.js';

/** @internal */
export const labels: Readonly<Record<FeeRuleKind, string>> = {membership: 'Tarifa de miembro', 'income-level': 'Tarifa especial', group: 'Inscripción en grupo', 'early-bird': 'Inscripción anticipada', 'fixed-price': 'Precio especial'};
