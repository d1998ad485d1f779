/**
 * `metropolis-application-changed`: a status change made in the admissions console was recorded.
 * @module
 */
import type {ApplicationStatus} from '@metropolis-training/sdk';

/** Fired when the server recorded a status change made in the console. No personal data. */
export class ApplicationChangedEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-application-changed';
  /** The application's id. */
  readonly id: string;
  /** Its reference for people, e.g. `MT-2025-0042`. */
  readonly reference: string;
  /** The status it had. */
  readonly from: ApplicationStatus;
  /** The status it has now. */
  readonly status: ApplicationStatus;

  /**
   * @param id The application's id.
   * @param reference Its reference.
   * @param from The status it had.
   * @param status The status it has now.
   */
  constructor(id: string, reference: string, from: ApplicationStatus, status: ApplicationStatus) {
    super(ApplicationChangedEvent.eventName, {bubbles: true, composed: true});
    this.id = id;
    this.reference = reference;
    this.from = from;
    this.status = status;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-application-changed': ApplicationChangedEvent;
  }
}
