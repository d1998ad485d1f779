/**
 * Registers `<metropolis-course-detail>`.
 * @module
 */
import {CourseDetail} from '../components/course-detail/course-detail.js';
import {defineElement} from '../internal/define.js';

defineElement('metropolis-course-detail', CourseDetail);

declare global {
  interface HTMLElementTagNameMap {
    'metropolis-course-detail': CourseDetail;
  }
}
