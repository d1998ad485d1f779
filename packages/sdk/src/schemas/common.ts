/**
 * Building blocks shared by every schema: identifiers, dates, countries, money, localized text.
 * @module
 */
import {z} from '../zod.js';
import {refinements, transforms} from './refinements.js';

const {isIsoDate, isTimeZone, isCountryCode, hasAtMostTwoDecimals, hasLanguageTagKeys, hasNoControlInLine, hasNoControlInText, isWellFormedText} = refinements;

/** Free text: trimmed, refused with a control character (`noControl`) or an unpaired surrogate, NFC, `min` to `max` long. */
function freeText(noControl: (text: string) => boolean, controlMessage: string, min: number, max?: number) {
  return z.string().check(
    z.trim(),
    z.refine(noControl, controlMessage),
    z.refine(isWellFormedText, 'must not contain unpaired surrogates'),
    z.overwrite(transforms.toNfc),
    z.minLength(min),
    ...(max === undefined ? [] : [z.maxLength(max)]),
  );
}

/**
 * One line of free text, from a person or a catalog: trimmed, without control characters (NUL,
 * tab, line breaks…) or broken characters (unpaired surrogates), which PostgreSQL cannot store
 * or search, and in Unicode NFC; then `min` to `max` characters. Every free-text field of every
 * input schema is built from this or {@link textBlock}.
 */
export function textLine(max: number, min = 1) {
  return freeText(hasNoControlInLine, 'must be one line, without control characters', min, max);
}

/** Multi-line free text: as {@link textLine}, but tabs and line breaks are kept; `max` is optional. */
export function textBlock(max?: number, min = 1) {
  return freeText(hasNoControlInText, 'must not contain control characters', min, max);
}

/** A stable identifier: lower-case letters, digits and dashes, e.g. `diploma-internationalization-2025`. */
export const Id = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single dashes'),
  z.maxLength(100),
);
/** A stable identifier. */
export type Id = z.infer<typeof Id>;

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  z.refine(isIsoDate, 'is not a real calendar date'),
);

/** A calendar month `YYYY-MM`, or a year `YYYY`, for dates known only roughly. */
export const IsoPeriod = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, 'must be a month YYYY-MM or a year YYYY'));

/** An IANA time zone name such as `Europe/Madrid`. */
export const TimeZone = z.string().check(z.refine(isTimeZone, 'must be an IANA time zone such as Europe/Madrid'));

/** An ISO 3166-1 alpha-2 country code in upper case (XK for Kosovo). */
export const CountryCode = z.string().check(z.refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code such as ES'));

/** An ISO 4217 currency code such as `EUR`. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as EUR'));

/** A BCP 47 language tag such as `en`, `fr` or `es-MX`. */
export const LanguageTag = z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or es-MX'));

/** A non-negative whole number of minor units (cents). */
export const MinorUnits = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

/** An amount of money: a whole number of minor units (cents) and its ISO 4217 currency. */
export const Money = z.strictObject({
  amount: MinorUnits,
  currency: CurrencyCode,
});
/** An amount of money in minor units; never a float. */
export type Money = z.infer<typeof Money>;

const NonEmptyText = textBlock();

/**
 * Text in several languages. English is required and is the fallback; other languages are
 * keyed by BCP 47 tag (`fr`, `es`, `pt-BR`, …).
 */
export const LocalizedText = z.catchall(
  z.object({en: NonEmptyText}),
  NonEmptyText,
).check(
  z.refine(hasLanguageTagKeys, 'has a key that is not a language tag'),
);
/** Text in several languages, English required. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A percentage from 0 to 100 with at most two decimals (8, 12.5, 33.33). The fee engine turns
 * it into whole basis points, so arithmetic on it is exact.
 */
export const Percent = z.number().check(
  z.minimum(0),
  z.maximum(100),
  z.refine(hasAtMostTwoDecimals, 'must have at most two decimals'),
);

/** The seed document a record comes from, e.g. `003_fbfd3532dcbfd860.txt`. */
export const SourceRef = textBlock();
