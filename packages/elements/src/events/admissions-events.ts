/**
 * The admissions console's events: `metropolis-admissions-signed-in`,
 * `metropolis-admissions-signed-out` and `metropolis-application-changed`.
 * @module
 */
import type {ApplicationStatus} from '@metropolis-training/sdk';

/** Fired when an admin's token was accepted by the server. Carries the admin's name, never the token. */
export class AdmissionsSignedInEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-admissions-signed-in';
  /** The admin's name as the server knows it, e.g. `alice`. */
  readonly admin: string;

  /** @param admin The admin's name. */
  constructor(admin: string) {
    super(AdmissionsSignedInEvent.eventName, {bubbles: true, composed: true});
    this.admin = admin;
  }
}

/** Why the console signed out: the admin asked, or the server stopped accepting the token (401). */
export type SignOutReason = 'user' | 'expired';

/** Fired when the console forgot the token (sign-out, or a 401 from the server). */
export class AdmissionsSignedOutEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'metropolis-admissions-signed-out';
  /** `user` when the admin signed out, `expired` when the server refused the token. */
  readonly reason: SignOutReason;

  /** @param reason Why. */
  constructor(reason: SignOutReason) {
    super(AdmissionsSignedOutEvent.eventName, {bubbles: true, composed: true});
    this.reason = reason;
  }
}

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
    'metropolis-admissions-signed-in': AdmissionsSignedInEvent;
    'metropolis-admissions-signed-out': AdmissionsSignedOutEvent;
    'metropolis-application-changed': ApplicationChangedEvent;
  }
}
