/**
 * Entry of the `metropolis-activity-proposal.js` CDN bundle, for the page that holds the
 * proposal form: defines `<metropolis-activity-proposal>` and mounts
 * `div[data-metropolis="activity-proposal"]`. The all-in-one bundle imports it beside itself
 * when a page has the form, rather than carrying it.
 * @module
 */
import '../define/activity-proposal.js';
import {mountOnLoad} from '../cms/mount.js';

mountOnLoad(['activity-proposal']);

export {ActivityProposal} from '../components/activity-proposal/activity-proposal.js';
export {ProposalSubmittedEvent} from '../events/proposal-submitted-event.js';
