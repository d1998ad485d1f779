/**
 * The words of `<metropolis-fee-calculator>` as a message group.
 * @module
 */
import {feeCalculator, type FeeCalculatorMessages} from './en/fee-calculator.js';
import type {MessageGroup} from './message-groups.js';

/** Words of `<metropolis-fee-calculator>`. */
export const feeCalculatorMessages: MessageGroup<FeeCalculatorMessages> = {
  en: feeCalculator,
  load: {fr: () => import('./fr/fee-calculator.js').then((m) => m.feeCalculator), es: () => import('./es/fee-calculator.js').then((m) => m.feeCalculator)},
};
