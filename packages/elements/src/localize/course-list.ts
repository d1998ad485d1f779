/**
 * The words of `<metropolis-course-list>` as a message group.
 * @module
 */
import {courseList, type CourseListMessages} from './en/course-list.js';
import type {MessageGroup} from './message-groups.js';

/** Words of `<metropolis-course-list>`. */
export const courseListMessages: MessageGroup<CourseListMessages> = {
  en: courseList,
  load: {fr: () => import('./fr/course-list.js').then((m) => m.courseList), es: () => import('./es/course-list.js').then((m) => m.courseList), ar: () => import('./ar/course-list.js').then((m) => m.courseList)},
};
