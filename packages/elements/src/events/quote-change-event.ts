/**
 * `metropolis-quote-change`: the price shown changed.
 * @module
 */
import type {Quote} from '@metropolis-training/sdk';

/**
 * Fired when the price an element shows changes because the user changed an input (the
 * application form's country, membership or group; the fee calculator's inputs).
 */
export class QuoteChangeEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-quote-change';
  /** The quote now shown. */
  readonly quote: Quote;
  /** True when the quote was computed in the page (an estimate), false when the server priced it. */
  readonly estimate: boolean;

  /**
   * @param quote The quote now shown.
   * @param estimate Whether it was computed in the page rather than by the server.
   */
  constructor(quote: Quote, estimate: boolean) {
    super(QuoteChangeEvent.eventName, {bubbles: true, composed: true});
    this.quote = quote;
    this.estimate = estimate;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-quote-change': QuoteChangeEvent;
  }
}
