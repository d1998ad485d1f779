/**
 * Entry of the `admissions.js` CDN bundle (served at `/elements/admissions.js`), for the
 * Secretariat's console page (`/admin`) or an intranet page: defines `<metropolis-admissions>`.
 * Neither the all-in-one bundles nor any public page include it: only staff pages load it.
 * @module
 */
import '../define/admissions.js';

export {Admissions} from '../components/admissions/admissions.js';
export {AdmissionsSignedInEvent} from '../events/admissions-signed-in-event.js';
export {AdmissionsSignedOutEvent} from '../events/admissions-signed-out-event.js';
export {ApplicationChangedEvent} from '../events/application-changed-event.js';
