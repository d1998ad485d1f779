/**
 * `metropolis-application-submitted`: the server stored an application.
 * @module
 */

/**
 * Fired when the server has stored an application (including a retry that the server answered
 * with the first result). It carries no personal data: a page may log or send it to analytics.
 */
export class ApplicationSubmittedEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-application-submitted';
  /** The application's reference for people, e.g. `MT-2025-0042`. */
  readonly reference: string;
  /** The edition applied for. */
  readonly editionId: string;

  /**
   * @param reference The application's reference.
   * @param editionId The edition applied for.
   */
  constructor(reference: string, editionId: string) {
    super(ApplicationSubmittedEvent.eventName, {bubbles: true, composed: true});
    this.reference = reference;
    this.editionId = editionId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-application-submitted': ApplicationSubmittedEvent;
  }
}
