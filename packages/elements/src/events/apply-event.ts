/**
 * `metropolis-apply`: the user asked to apply for an edition.
 * @module
 */

/**
 * Fired when the user activates "Apply" and the element has no `apply-href`. Unless a listener
 * calls `preventDefault()` (a page that handles applying itself), the element then opens the
 * application form in a modal dialog on the page.
 */
export class ApplyEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-apply';
  /** The edition applied for. */
  readonly editionId: string;
  /** Its course. */
  readonly courseId: string;

  /**
   * @param editionId The edition applied for.
   * @param courseId Its course.
   */
  constructor(editionId: string, courseId: string) {
    super(ApplyEvent.eventName, {bubbles: true, composed: true, cancelable: true});
    this.editionId = editionId;
    this.courseId = courseId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-apply': ApplyEvent;
  }
}
