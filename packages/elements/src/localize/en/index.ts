/**
 * Every message in English.
 * @module
 */
import {common} from './common.js';
import {courseDetail} from './course-detail.js';
import {courseList} from './course-list.js';

/** @internal */
export const en = {common, courseList, courseDetail};

/** The shape of every language's messages. */
export type Messages = typeof en;
