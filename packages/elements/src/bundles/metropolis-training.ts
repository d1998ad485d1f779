/**
 * Entry of the `metropolis-training.js` (ES module) and `metropolis-training.iife.js` (classic
 * script, global `MetropolisTraining`) CDN bundles: defines every element and mounts every
 * `div[data-metropolis]`.
 * @module
 */
import '../define/course-list.js';
import '../define/course-detail.js';
import {mountOnLoad} from '../cms/mount.js';

mountOnLoad();

export * from '../index.js';
export {mountAll} from '../cms/mount.js';
