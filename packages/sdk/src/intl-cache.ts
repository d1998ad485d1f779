/**
 * Constructing an `Intl` formatter costs tens of microseconds; formatting with one costs little.
 * The engine formats in a handful of languages and styles, so it keeps one of each.
 * @internal
 * @module
 */
const cache = new Map<string, unknown>();

/** The formatter made by `make` for `key`, made once. @internal */
export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
