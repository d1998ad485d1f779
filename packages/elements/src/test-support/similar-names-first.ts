/**
 * Side effect, for a test file to import before any of our modules: another plugin's elements,
 * named like ours, are defined and already on the page when our code runs.
 * @internal
 * @module
 */
import {defineSimilarNames, similarNames} from './hostile-page.js';

defineSimilarNames();
for (const name of similarNames) document.body.append(document.createElement(name));
