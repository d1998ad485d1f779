/**
 * `metropolis-admissions-signed-in`: the admissions console signed in.
 * @module
 */
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

declare global {
  interface GlobalEventHandlersEventMap {
    'metropolis-admissions-signed-in': AdmissionsSignedInEvent;
  }
}
