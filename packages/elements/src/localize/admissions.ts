/**
 * The words of `<metropolis-admissions>` as a message group.
 * @module
 */
import {admissions, type AdmissionsMessages} from './en/admissions.js';
import type {MessageGroup} from './message-groups.js';

/** Words of `<metropolis-admissions>`. */
export const admissionsMessages: MessageGroup<AdmissionsMessages> = {
  en: admissions,
  load: {fr: () => import('./fr/admissions.js').then((m) => m.admissions), es: () => import('./es/admissions.js').then((m) => m.admissions), ar: () => import('./ar/admissions.js').then((m) => m.admissions)},
};
