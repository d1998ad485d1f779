/**
 * Limits of an application's fields, apart from the schemas: forms import these without
 * loading zod (which arrives later, with the validation code).
 * @module
 */

/**
 * The longest text each field of an application takes, in characters (UTF-16 code units, as
 * `String.length` counts them): forms show these limits, the schemas enforce them.
 */
export const applicationLimits = {
  name: 100,
  email: 254,
  line: 200,
  motivation: 5000,
  /** Colleagues applying together with the applicant. */
  groupMembers: 49,
} as const;
