/**
 * `metropolis-admissions-signed-out`: the admissions console forgot its token.
 * @module
 */
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

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-admissions-signed-out': AdmissionsSignedOutEvent;
  }
}
