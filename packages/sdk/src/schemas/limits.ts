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

/** The longest text or list each field of an activity proposal takes (see {@link applicationLimits}). */
export const proposalLimits = {
  name: 100,
  email: 254,
  line: 200,
  summary: 3000,
  objectives: 2000,
  offerDetails: 2000,
  outlineYear: 2000,
  themes: 5,
  languages: 6,
  speakers: 10,
  partners: 20,
  partnerInstitutions: 20,
  expectedParticipants: 10000,
  durationValue: 1000,
} as const;
