/**
 * Entry of the `metropolis-course-detail.js` CDN bundle: defines `<metropolis-course-detail>`
 * and mounts `div[data-metropolis="course-detail"]`.
 * @module
 */
import '../define/course-detail.js';
import {mountOnLoad} from '../cms/mount.js';

mountOnLoad(['course-detail']);

export {CourseDetail} from '../components/course-detail/course-detail.js';
export {ApplyEvent} from '../events/apply-event.js';
export {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';
