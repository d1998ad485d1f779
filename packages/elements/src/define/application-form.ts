/**
 * Registers `<metropolis-application-form>`.
 * @module
 */
import {ApplicationForm} from '../components/application-form/application-form.js';
import {defineElement} from '../internal/define.js';

defineElement('metropolis-application-form', ApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'metropolis-application-form': ApplicationForm;
  }
}
