/**
 * `metropolis-proposal-submitted`: the server stored an activity proposal.
 * @module
 */
import type {ProposalReceipt} from '@metropolis-training/sdk';

/**
 * Fired when the server has stored an activity proposal (including a retry that the server
 * answered with the first receipt). It carries the receipt only, no personal data: a page may
 * log it or send it to analytics.
 */
export class ProposalSubmittedEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-proposal-submitted';
  /** What the server answered: id, reference (e.g. `MP-2026-0001`), status and time received. */
  readonly receipt: ProposalReceipt;
  /** The proposal's reference for people, e.g. `MP-2026-0001`. */
  readonly reference: string;

  /** @param receipt What the server answered. */
  constructor(receipt: ProposalReceipt) {
    super(ProposalSubmittedEvent.eventName, {bubbles: true, composed: true});
    this.receipt = receipt;
    this.reference = receipt.reference;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-proposal-submitted': ProposalSubmittedEvent;
  }
}
