/**
 * Attribute converters and parsing shared by the elements.
 * @module
 */
import {isIsoDate} from '@metropolis-training/sdk';
import type {ComplexAttributeConverter} from 'lit';

/**
 * A list attribute as a list of words, separated by spaces or commas: `themes="water mobility"`,
 * and `themes="water,mobility"`, which is how a framework such as React writes an array to an
 * element it does not know yet (`String(array)`).
 */
export const wordList: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) => (value ? value.split(/[\s,]+/).filter(Boolean) : []),
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

const warned = new Set<string>();

/**
 * A URL attribute's value when it is `http:`, `https:` or relative; otherwise `undefined`, with
 * one console warning naming the attribute. A `javascript:` link would run script when clicked,
 * and CMS sanitizers let such values through in `data-*` attributes.
 */
export function safeUrl(attribute: string, value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let protocol = '';
  try {
    protocol = new URL(value, document.baseURI).protocol;
  } catch {
    // Not a URL at all: ignored below.
  }
  if (protocol === 'http:' || protocol === 'https:') return value;
  if (!warned.has(attribute)) {
    warned.add(attribute);
    console.warn(`Metropolis Training: the ${attribute} attribute is ignored: only http:, https: and relative URLs are accepted.`);
  }
  return undefined;
}

