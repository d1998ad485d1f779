/**
 * Exact money arithmetic on integer minor units, and formatting through `Intl`.
 * @module
 */
import {cached} from './intl-cache.js';
import type {Money} from './schemas/common.js';

/** Largest amount for which `amount × basis points` stays an exact JavaScript integer. */
const SAFE_PRODUCT_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 10_000);

/**
 * A percentage with at most two decimals (8, 12.5, 33.33) as whole basis points (800, 1250,
 * 3333), rounding away the binary noise of the decimal (33.33 × 100 = 3332.9999…).
 */
export function toBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/**
 * `percent` of `amount` (minor units), rounded half-up to the minor unit, computed on integers
 * so that no float drift can creep in: 8 % of 330.00 is 26.40 exactly; 50 % of 0.01 is 0.01.
 */
export function percentOf(amount: number, percent: number): number {
  const bp = toBasisPoints(percent);
  if (amount <= SAFE_PRODUCT_LIMIT) return Math.floor((amount * bp + 5_000) / 10_000);
  return Number((BigInt(amount) * BigInt(bp) + 5_000n) / 10_000n);
}

/** Builds a Money value. */
export function money(amount: number, currency: string): Money {
  return {amount, currency};
}

/** Decimal places of a currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD), from `Intl`. */
export function minorUnitDigits(currency: string): number {
  return cached(`digits:${currency}`, () => new Intl.NumberFormat('en', {style: 'currency', currency}).resolvedOptions().maximumFractionDigits ?? 2);
}

/** Formats money for people in `lang`, e.g. `€660.00` (en) or `660,00 €` (fr). */
export function formatMoney(value: Money, lang = 'en'): string {
  const digits = minorUnitDigits(value.currency);
  const format = cached(`money:${lang}:${value.currency}`, () => new Intl.NumberFormat(lang, {style: 'currency', currency: value.currency, minimumFractionDigits: digits, maximumFractionDigits: digits}));
  return format.format(value.amount / 10 ** digits);
}

/** Formats a percentage for people in `lang`, e.g. `50%` (en) or `50 %` (fr). */
export function formatPercent(percent: number, lang = 'en'): string {
  return cached(`percent:${lang}`, () => new Intl.NumberFormat(lang, {style: 'percent', maximumFractionDigits: 2})).format(percent / 100);
}

/**
 * Reads an amount people typed as decimal text (`"330"`, `"330.5"`, `"330,50"`, `"1 234.00"`)
 * as integer minor units of `currency`, on the digits alone (never through a float): `"0.1"`
 * EUR is 10. `undefined` for anything else: a sign, letters, more decimals than the currency
 * has, or an empty text.
 */
export function parseAmount(text: string, currency: string): number | undefined {
  const digits = minorUnitDigits(currency);
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d{1,13})(?:[.,](\d*))?$/.exec(cleaned);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Writes minor units as the decimal text {@link parseAmount} reads back, e.g. `33000` EUR → `"330.00"`. */
export function amountText(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amount);
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${amount < 0 ? '-' : ''}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
