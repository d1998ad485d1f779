/**
 * `fetchAlongside('./module.js')`: for code that will import a module through another lazily
 * loaded chunk (the all-in-one bundle's form comes through the catalog tools, whose chunk the
 * bundler keeps whole that way). The CDN build replaces each call with `import()`s of that
 * module's chunk and of every chunk it imports, so the browser requests them now, in parallel
 * with the chunk that imports them, rather than one round trip later (see
 * scripts/rollup-flat-dynamic-imports.mjs). Anywhere else (an npm bundler, the unbundled
 * modules) it does nothing and the module loads as it would have.
 * @module
 */

/** Nothing outside the CDN build; there, the chunks of `specifier` (relative to the caller), requested now. @internal */
export function fetchAlongside(specifier: string): Promise<unknown> {
  void specifier;
  return Promise.resolve();
}
