/**
 * Attribute converters and parsing shared by the elements.
 * @module
 */
import {isIsoDate} from '@metropolis-training/sdk';
import type {ComplexAttributeConverter} from 'lit';

/** A space-separated attribute as a list of words: `themes="water mobility"`. */
export const wordList: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) => (value ? value.split(/\s+/).filter(Boolean) : []),
  toAttribute: (value) => (value.length ? value.join(' ') : null),
};

/**
 * The clock an element reads: the `now` attribute (a `YYYY-MM-DD` day, for previews, tests and
 * the demo) when it is a real date, else the real time.
 */
export function clockOf(now: string | undefined): Date | string {
  if (now && isIsoDate(now)) return now;
  if (now) console.warn(`Metropolis Training: now="${now}" is not a date written YYYY-MM-DD; using today's date.`);
  return new Date();
}

/** Lower case without accents, for matching what people type. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
