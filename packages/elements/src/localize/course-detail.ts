/**
 * The words of `<metropolis-course-detail>` as a message group.
 * @module
 */
import {courseDetail, type CourseDetailMessages} from './en/course-detail.js';
import type {MessageGroup} from './message-groups.js';

/** Words of `<metropolis-course-detail>`. */
export const courseDetailMessages: MessageGroup<CourseDetailMessages> = {
  en: courseDetail,
  load: {fr: () => import('./fr/course-detail.js').then((m) => m.courseDetail), es: () => import('./es/course-detail.js').then((m) => m.courseDetail), ar: () => import('./ar/course-detail.js').then((m) => m.courseDetail)},
};
