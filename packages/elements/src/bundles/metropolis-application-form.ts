/**
 * Entry of the `metropolis-application-form.js` CDN bundle, for the page that holds the form
 * alone (the page `apply-href` points to): defines `<metropolis-application-form>` and mounts
 * `div[data-metropolis="application-form"]`.
 * @module
 */
import '../define/application-form.js';
import {mountOnLoad} from '../cms/mount.js';

mountOnLoad(['application-form']);

export {ApplicationForm} from '../components/application-form/application-form.js';
export {ApplicationSubmittedEvent} from '../events/application-submitted-event.js';
export {QuoteChangeEvent} from '../events/quote-change-event.js';
export {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';

/**
 * What Apply in the classic script (metropolis-training.iife.js) imports from this file; the
 * dialog's code loads then, so a page with the form alone does not fetch it.
 */
export const showApplication: typeof import('../internal/application-dialog.js').showApplication = (host, target, opener) =>
  import('../internal/application-dialog.js').then((dialog) => dialog.showApplication(host, target, opener));
