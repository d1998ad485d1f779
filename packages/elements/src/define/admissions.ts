/**
 * Registers `<metropolis-admissions>`.
 * @module
 */
import {Admissions} from '../components/admissions/admissions.js';
import {defineElement} from '../internal/define.js';

defineElement('metropolis-admissions', Admissions);

declare global {
  interface HTMLElementTagNameMap {
    'metropolis-admissions': Admissions;
  }
}
