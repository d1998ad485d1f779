/**
 * The one place the SDK imports zod. Zod compiles fast object parsers with `new Function`
 * unless told otherwise; pages with a strict Content-Security-Policy (no `unsafe-eval`) then
 * log violations or fail. `jitless` must be set before the first schema is built, so every
 * schema module imports `z` from here and this module runs first.
 *
 * This is the SDK's one module with a side effect, declared in package.json `sideEffects` so
 * that bundlers keep it (and the configuration) while they drop unused schemas.
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import {config} from 'zod/mini';

// Not written z.config(): our bundles treat every z.* call as a pure schema definition.
config({jitless: true});

export {z};
