/**
 * Registers `<metropolis-course-list>`.
 * @module
 */
import {CourseList} from '../components/course-list/course-list.js';
import {defineElement} from '../internal/define.js';

defineElement('metropolis-course-list', CourseList);

declare global {
  interface HTMLElementTagNameMap {
    'metropolis-course-list': CourseList;
  }
}
