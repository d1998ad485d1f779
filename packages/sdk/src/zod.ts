/**
 * The one place the SDK imports zod. Zod compiles fast object parsers with `new Function`
 * unless told otherwise; pages with a strict Content-Security-Policy (no `unsafe-eval`) then
 * log violations or fail. `jitless` must be set before the first schema is built, so every
 * schema module imports `z` from here and this module runs first.
 * @internal
 * @module
 */
import * as z from 'zod/mini';

z.config({jitless: true});

export {z};
