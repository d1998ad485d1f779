// Browser tests: the compiled test files run in Debian's Chromium through
// @web/test-runner-chrome. The SDK's tests run here as well as in Node (it is isomorphic);
// files named *.node.test.js are Node-only, *.browser.test.js browser-only.
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {summaryReporter} from './scripts/wtr-summary-reporter.mjs';
import {findChromium} from './scripts/find-chromium.mjs';
import {referenceServer} from './scripts/wtr-reference-server.mjs';

const executablePath = findChromium();
// The real reference server for tests of the application form: /reference-server/* is proxied
// to it, /reference-server-control steers the proxy (scripts/wtr-reference-server.mjs).
const reference = referenceServer();
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export default {
  files: [
    'packages/sdk/dist/**/*.test.js',
    '!packages/sdk/dist/**/*.node.test.js',
    'packages/elements/dist/**/*.test.js',
  ],
  nodeResolve: {exportConditions: ['browser', 'production']},
  plugins: [reference.plugin],
  // Before the dev server's own middleware (caching, transforms), so answers pass through intact.
  middleware: [reference.middleware],
  concurrency: 2,
  // Each test file in its own browser context, i.e. its own window: with two files at once in
  // tabs of one window, the tab in the background gets no animation frames, and tests that wait
  // for one (open-wc's fixture(), our until()) hang.
  browsers: [chromeLauncher({
    launchOptions: {executablePath, headless: true, args: flags},
    createPage: async ({browser}) => (await browser.createBrowserContext()).newPage(),
  })],
  reporters: [
    defaultReporter(),
    ...(process.env.WTR_SUMMARY_FILE ? [summaryReporter({file: process.env.WTR_SUMMARY_FILE})] : []),
  ],
  testFramework: {config: {timeout: 20000}},
};
