/**
 * The words every element shares (states, formats, statuses, themes) as a message group.
 * @module
 */
import {common, type CommonMessages} from './en/common.js';
import type {MessageGroup} from './message-groups.js';

/** Words every element shares. */
export const commonMessages: MessageGroup<CommonMessages> = {
  en: common,
  load: {fr: () => import('./fr/common.js').then((m) => m.common), es: () => import('./es/common.js').then((m) => m.common), ar: () => import('./ar/common.js').then((m) => m.common)},
};
