/**
 * Words of `<metropolis-admissions>` (TODO-ar placeholder replaced below).
 * @module
 */
import type {AdmissionsMessages} from '../en/admissions.js';
import {admissions as en} from '../en/admissions.js';

/** @internal */
export const admissions: AdmissionsMessages = {...en};
