/**
 * Entry of the `metropolis-course-list.js` CDN bundle: defines `<metropolis-course-list>` and
 * mounts `div[data-metropolis="course-list"]`.
 * @module
 */
import '../define/course-list.js';
import {mountOnLoad} from '../cms/mount.js';

mountOnLoad(['course-list']);

export {CourseList} from '../components/course-list/course-list.js';
export {ApplyEvent} from '../events/apply-event.js';
export {FilterChangeEvent} from '../events/filter-change-event.js';
export {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';
