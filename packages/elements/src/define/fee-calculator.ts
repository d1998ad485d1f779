/**
 * Registers `<metropolis-fee-calculator>`.
 * @module
 */
import {FeeCalculator} from '../components/fee-calculator/fee-calculator.js';
import {defineElement} from '../internal/define.js';

defineElement('metropolis-fee-calculator', FeeCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'metropolis-fee-calculator': FeeCalculator;
  }
}
