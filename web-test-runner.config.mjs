// Browser tests: the compiled test files run in one engine per run, chosen by WTR_BROWSER —
// chromium (default; Debian's Chromium through @web/test-runner-chrome), firefox (Debian's
// firefox-esr, driven by puppeteer-core through WebDriver BiDi) or webkit (WebKitGTK's
// MiniBrowser, started by Debian's WebKitWebDriver through @web/test-runner-webdriver; it needs
// a display, so scripts/test.mjs runs this one under xvfb-run). The SDK's tests run here as well
// as in Node (it is isomorphic); files named *.node.test.js are Node-only, *.browser.test.js
// browser-only. A test that cannot run in an engine is skipped there with the reason in its
// name (test-support/engine.ts).
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import {chromeLauncher, ChromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {defaultReporter} from '@web/test-runner';
import {summaryReporter} from './scripts/wtr-summary-reporter.mjs';
import {findChromium, findFirefox, findWebKit} from './scripts/find-browsers.mjs';
import {browserTestFiles} from './scripts/browser-test-files.mjs';
import {referenceServer} from './scripts/wtr-reference-server.mjs';
import {cspPageMiddleware} from './scripts/wtr-csp-page.mjs';

const engine = process.env.WTR_BROWSER ?? 'chromium';
// The real reference server for tests of the application form: /reference-server/* is proxied
// to it, /reference-server-control steers the proxy (scripts/wtr-reference-server.mjs).
const reference = referenceServer();
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// Each test file in its own browser context, i.e. its own window: with two files at once in
// tabs of one window, the tab in the background gets no animation frames, and tests that wait
// for one (open-wc's fixture(), our until()) hang.
const ownContext = async ({browser}) => (await browser.createBrowserContext()).newPage();

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const {port} = probe.address();
      probe.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function webkitLauncher() {
  const webkit = findWebKit();
  if (!webkit) throw new Error('WTR_BROWSER=webkit: WebKitWebDriver or MiniBrowser not found (apt-get install webkit2gtk-driver xvfb).');
  const port = await freePort();
  // Its errors (and MiniBrowser's, such as "WebProcess CRASHED") go to the run's output.
  const driver = spawn(webkit.driver, [`--port=${port}`, '--host=127.0.0.1'], {stdio: ['ignore', 'ignore', 'inherit']});
  process.on('exit', () => driver.kill());
  await new Promise((resolve) => setTimeout(resolve, 500));
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only: without this webdriverio asks for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {binary: webkit.miniBrowser, args: ['--automation']},
    },
  });
}

const browsers = {
  chromium: () => chromeLauncher({
    launchOptions: {executablePath: findChromium(), headless: true, args: chromiumFlags},
    createPage: ownContext,
  }),
  firefox: () => new ChromeLauncher(
    {browser: 'firefox', executablePath: findFirefox(), headless: true},
    ({browser}) => browser.defaultBrowserContext(),
    ownContext,
    puppeteerCore,
  ),
  webkit: webkitLauncher,
};
if (!browsers[engine]) throw new Error(`WTR_BROWSER=${engine}: expected chromium, firefox or webkit.`);

export default {
  // WTR_FILES: a comma-separated list of files, one WebKit session's (scripts/test.mjs).
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : browserTestFiles(),
  nodeResolve: {exportConditions: ['browser', 'production']},
  plugins: [reference.plugin],
  // Before the dev server's own middleware (caching, transforms), so answers pass through intact.
  middleware: [reference.middleware, cspPageMiddleware],
  // Two files at once only in Chromium, where each browser context is a window of its own. In
  // Firefox a context is a tab of one window, and the tab in the background gets no animation
  // frames (a CI run hung on it); WebDriver drives one window.
  concurrency: engine === 'chromium' ? 2 : 1,
  browsers: [await browsers[engine]()],
  reporters: [
    defaultReporter(),
    ...(process.env.WTR_SUMMARY_FILE ? [summaryReporter({file: process.env.WTR_SUMMARY_FILE})] : []),
  ],
  testFramework: {config: {timeout: 20000}},
};
