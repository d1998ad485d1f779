/**
 * The words of `<metropolis-activity-proposal>` as a message group.
 * @module
 */
import {activityProposal, type ActivityProposalMessages} from './en/activity-proposal.js';
import type {MessageGroup} from './message-groups.js';

/** Words of `<metropolis-activity-proposal>`. */
export const activityProposalMessages: MessageGroup<ActivityProposalMessages> = {
  en: activityProposal,
  load: {fr: () => import('./fr/activity-proposal.js').then((m) => m.activityProposal), es: () => import('./es/activity-proposal.js').then((m) => m.activityProposal), ar: () => import('./ar/activity-proposal.js').then((m) => m.activityProposal)},
};
