/**
 * What the admissions console needs once an admin signs in: the SDK's admin client, with the
 * schemas (zod) that validate every answer. Loaded on the first sign-in, so the sign-in form
 * shows without them.
 * @module
 */
export {createAdminClient} from '@metropolis-training/sdk';
