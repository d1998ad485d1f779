// The examples run as written (issue 13): the SDK's Node example, offline on the sample catalog
// and against the reference server on a loopback port; the example pages from a plain static file
// server, in Debian's Chromium (the reference server's own tests open them behind the API).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import puppeteer from 'puppeteer-core';
import {chromiumFlags, startReferenceServer} from '../packages/elements/test/served-pages.mjs';
import {findChromium} from './find-browsers.mjs';
import {serveFolder} from './static-file-server.mjs';

const run = promisify(execFile);
const script = new URL('../examples/sdk-node/open-courses.mjs', import.meta.url).pathname;

describe('examples/sdk-node/open-courses.mjs', () => {
  it('lists the editions open on a day and prices one from the sample catalog', async () => {
    const {stdout} = await run(process.execPath, [script, '', '2025-09-15']);
    assert.match(stdout, /^Open on 2025-09-15: 1 of \d+ editions$/m);
    assert.match(stdout, /^- diploma-internationalization-2025: Metropolis Diploma in Internationalization for Local Authorities$/m);
    assert.match(stdout, /^Estimate for a member from Egypt: €165\.00$/m);
  });

  it('reads the catalog from a server and sends an application there', async () => {
    const server = await startReferenceServer('sdk-node-example');
    try {
      const {stdout} = await run(process.execPath, [script, server.url, '2025-09-15']);
      assert.match(stdout, /^Open on 2025-09-15: 1 of \d+ editions$/m);
      // Not in the registry: priced as a non-member by the server, whatever the claim.
      assert.match(stdout, /^Application MT-\d{4}-\d+: €660\.00$/m);
    } finally {
      await server.close();
    }
  });
});

describe('the example pages from a plain static file server (no API)', () => {
  let site;
  let browser;
  before(async () => {
    // The repository's root, pages under /examples/: a root-relative path (`/elements/…`) would 404.
    site = await serveFolder(fileURLToPath(new URL('..', import.meta.url)));
    browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: chromiumFlags});
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens `path`; returns the page, the requests that failed (besides the API's) and script errors. */
  async function open(path) {
    const tab = await browser.newPage();
    const failed = [];
    const errors = [];
    tab.on('response', (response) => {
      if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith('/v1/')) failed.push(`${response.status()} ${response.url()}`);
    });
    tab.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${site.url}/examples/${path}`, {waitUntil: 'load'});
    return {tab, failed, errors};
  }

  const shadowText = (tab, selector) => tab.waitForFunction((s) => {
    const host = document.querySelector(s);
    return host?.shadowRoot && host.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
  }, {timeout: 15000}, selector).then((handle) => handle.jsonValue());

  it('cms.html: the div mounts become elements and render the catalog beside the page, in French', async () => {
    const {tab, failed, errors} = await open('cms.html');
    await tab.waitForFunction(() => document.querySelector('metropolis-course-list')?.shadowRoot?.querySelector('[part~="card"]'), {timeout: 15000});
    assert.match(await shadowText(tab, 'metropolis-course-detail'), /Diplôme/);
    assert.deepEqual({failed, errors}, {failed: [], errors: []});
  });

  it('partner-calculator.html: the calculator prices the partner’s inline schedule', async () => {
    const {tab, failed, errors} = await open('partner-calculator.html');
    await tab.waitForFunction(() => /\$|USD/.test(document.querySelector('metropolis-fee-calculator')?.shadowRoot?.textContent ?? ''), {timeout: 15000});
    assert.deepEqual({failed, errors}, {failed: [], errors: []});
  });

  it('sdk-catalog.html: the SDK alone lists the sample catalog’s editions', async () => {
    const {tab, failed, errors} = await open('sdk-catalog.html');
    await tab.waitForFunction(() => document.querySelectorAll('#result li').length > 3, {timeout: 15000});
    assert.deepEqual({failed, errors}, {failed: [], errors: []});
  });

  it('the pages that talk to the API load every script and style sheet; only the API calls fail: the elements say so, the proposal form renders', async () => {
    for (const path of ['embed.html', 'course.html', 'apply.html?edition=diploma-internationalization-2025', 'propose.html', 'index.html', 'hostile.html']) {
      const {tab, failed, errors} = await open(path);
      const tag = await tab.evaluate(() => document.querySelector('metropolis-course-list, metropolis-course-detail, metropolis-application-form, metropolis-activity-proposal').localName);
      // The proposal form needs the API only to send (its member list falls back to typing a
      // name): it renders whole; the others say that the API could not be reached.
      const shown = tag === 'metropolis-activity-proposal' ? '[part="heading"]' : '[role="alert"], [part~="state"], .error, [part~="error"]';
      await tab.waitForFunction((t, s) => customElements.get(t) && document.querySelector(t).shadowRoot?.querySelector(s), {timeout: 15000}, tag, shown);
      assert.deepEqual({path, failed, errors}, {path, failed: [], errors: []});
      await tab.close();
    }
  });
});

describe('examples/react (React 19 + TypeScript, Vite), as npm run build left it', () => {
  let site;
  let browser;
  before(async () => {
    site = await serveFolder(fileURLToPath(new URL('../examples/react/dist/', import.meta.url)));
    browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: chromiumFlags});
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('renders the list from React; Apply reaches React’s typed handler, which shows the calculator and its total', async () => {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`${site.url}/`, {waitUntil: 'load'});
    // React set `now` and `headingLevel` as properties: the cards are those of 15 September 2025, with h2 titles.
    await tab.waitForFunction(() => document.querySelector('metropolis-course-list')?.shadowRoot?.querySelector('[part~="card-title"][aria-level="2"]'), {timeout: 15000});
    assert.equal(await tab.$('metropolis-fee-calculator'), null);
    // Apply on the open edition (the Diploma): the list's own dialog must not open (React called preventDefault).
    await tab.evaluate(() => {
      const apply = document.querySelector('metropolis-course-list').shadowRoot.querySelector('button[part~="apply"]');
      apply.click();
    });
    // The calculator, with the country React gave it, prices the edition; the visitor says they are
    // a member, and the calculator's event hands React the new total.
    await tab.waitForFunction(() => /€660\.00/.test(document.querySelector('metropolis-fee-calculator')?.shadowRoot?.textContent ?? ''), {timeout: 15000});
    assert.equal(await tab.$eval('output', (output) => output.textContent), '…');
    await tab.evaluate(() => document.querySelector('metropolis-fee-calculator').shadowRoot.querySelector('input[type="radio"][value="member"]').click());
    await tab.waitForFunction(() => /€\d/.test(document.querySelector('output').textContent), {timeout: 15000});
    const state = await tab.evaluate(() => ({
      edition: document.querySelector('metropolis-fee-calculator').edition,
      total: document.querySelector('output').textContent,
      dialogOpen: Boolean(document.querySelector('metropolis-course-list').shadowRoot.querySelector('dialog[open]')),
    }));
    assert.equal(state.edition, 'diploma-internationalization-2025');
    assert.match(state.total, /^€\d+\.\d\d \(estimate\)$/);
    assert.notEqual(state.total, '€660.00 (estimate)', 'a member from Egypt pays less than the list price');
    assert.equal(state.dialogOpen, false);
    assert.deepEqual(errors, []);
  });
});
