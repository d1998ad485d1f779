/**
 * ISO 3166-1 alpha-2 country codes known to the SDK.
 * @module
 */
import {COUNTRY_CODES} from './data.js';

let codes: Set<string> | undefined;

/**
 * True when `code` is an ISO 3166-1 alpha-2 country code (upper case), or XK for Kosovo,
 * which the World Bank and the European Union use although ISO has not assigned it.
 */
export function isCountryCode(code: string): boolean {
  codes ??= new Set(COUNTRY_CODES.match(/../g));
  return codes.has(code);
}

/** Position of `code` in the generated tables, or -1. @internal */
export function countryIndex(code: string): number {
  if (!/^[A-Z]{2}$/.test(code)) return -1;
  for (let i = 0; i < COUNTRY_CODES.length; i += 2) {
    if (COUNTRY_CODES.startsWith(code, i)) return i / 2;
  }
  return -1;
}

/** Every country code {@link isCountryCode} accepts, in alphabetical order of the codes (for country pickers). */
export function countryCodes(): string[] {
  return COUNTRY_CODES.match(/../g) ?? [];
}
