/**
 * Registers `<metropolis-activity-proposal>`.
 * @module
 */
import {ActivityProposal} from '../components/activity-proposal/activity-proposal.js';
import {defineElement} from '../internal/define.js';

defineElement('metropolis-activity-proposal', ActivityProposal);

declare global {
  interface HTMLElementTagNameMap {
    'metropolis-activity-proposal': ActivityProposal;
  }
}
