/**
 * The words of `<metropolis-fee-calculator>` as a message group.
 * @module
 */
import {loadFeeMessages} from '@metropolis-training/sdk/light';
import {feeCalculator, type FeeCalculatorMessages} from './en/fee-calculator.js';
import type {MessageGroup} from './message-groups.js';

/** Words of `<metropolis-fee-calculator>`. */
export const feeCalculatorMessages: MessageGroup<FeeCalculatorMessages> = {
  en: feeCalculator,
  load: {fr: () => import('./fr/fee-calculator.js').then((m) => m.feeCalculator), es: () => import('./es/fee-calculator.js').then((m) => m.feeCalculator), ar: () => import('./ar/fee-calculator.js').then((m) => m.feeCalculator)},
};

/**
 * The SDK's sentences of quotes and refunds (reasons, notes, refund outcomes), per language: a
 * calculator switches language once they are loaded too, never showing French labels with
 * English reasons.
 */
export const feeEngineMessages: MessageGroup<boolean> = {
  en: true,
  load: {fr: () => loadFeeMessages('fr').then(() => true), es: () => loadFeeMessages('es').then(() => true), ar: () => loadFeeMessages('ar').then(() => true)},
};
