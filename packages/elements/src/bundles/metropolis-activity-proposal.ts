/**
 * Entry of the `metropolis-activity-proposal.js` CDN bundle, for the page that holds the
 * proposal form: defines `<metropolis-activity-proposal>` and mounts
 * `div[data-metropolis="activity-proposal"]`. The all-in-one bundles leave the form out (the list
 * page's budget has no room for even its on-demand definition): a page that lists courses and
 * takes proposals loads both scripts.
 * @module
 */
import '../define/activity-proposal.js';
import {mountOnLoad} from '../cms/mount.js';

mountOnLoad(['activity-proposal']);

export {ActivityProposal} from '../components/activity-proposal/activity-proposal.js';
export {ProposalSubmittedEvent} from '../events/proposal-submitted-event.js';
