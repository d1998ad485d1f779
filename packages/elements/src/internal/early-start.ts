/**
 * The all-in-one bundle's first module: before Lit and the elements' code run (tens of
 * milliseconds on a phone), the catalog and the validation code of the lists and course pages
 * already in the page are requested, so that they download while that code runs.
 * @module
 */
import {startCatalogRequests} from './catalog-controller.js';

startCatalogRequests('metropolis-course-list, metropolis-course-detail');
