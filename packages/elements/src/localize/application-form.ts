/**
 * The words of `<metropolis-application-form>` as a message group.
 * @module
 */
import {applicationForm, type ApplicationFormMessages} from './en/application-form.js';
import type {MessageGroup} from './message-groups.js';

/** Words of `<metropolis-application-form>`. */
export const applicationFormMessages: MessageGroup<ApplicationFormMessages> = {
  en: applicationForm,
  load: {fr: () => import('./fr/application-form.js').then((m) => m.applicationForm), es: () => import('./es/application-form.js').then((m) => m.applicationForm), ar: () => import('./ar/application-form.js').then((m) => m.applicationForm)},
};
