/**
 * Every message in Spanish.
 * @module
 */
import type {Messages} from '../en/index.js';
import {common} from './common.js';
import {courseDetail} from './course-detail.js';
import {courseList} from './course-list.js';

/** @internal */
export const es: Messages = {common, courseList, courseDetail};

