// What a page requests before it shows anything: every JavaScript file the first render needs
// is requested at once when the entry runs, never chunk after chunk (each level is one more
// network round trip before the first card). Loads pages from the reference server in Debian's
// Chromium and follows each script request to the file that started it (CDP's initiator): the
// entry is level 0, a file it requests level 1, a file that one requests level 2. Asserts at
// most level 1 on every page, and the Diploma's card at most 50 DOM nodes on the list page.
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import {findChromium} from '../../../scripts/find-browsers.mjs';
import {chromiumFlags as flags, startReferenceServer} from './served-pages.mjs';

const diploma = 'diploma-internationalization-2025';

/** A page of this test: its HTML, served at `path` in place of anything the server has there. */
const made = (bundle, body, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>critical path</title>` +
  `<script type="module" src="/elements/${bundle}"></script></head><body>${body}</body></html>`;

/** Each page, and what shows it has rendered (searched through shadow roots). */
const pages = [
  {name: 'the course list page (embed.html, all-in-one bundle)', path: '/embed.html', ready: '[part~="card"]'},
  {name: 'the course page (course.html, all-in-one bundle)', path: '/course.html', ready: '[part~="title"]'},
  {name: 'the application form page (apply.html, form bundle)', path: `/apply.html?edition=${diploma}`, ready: 'input[type="email"]'},
  {name: 'the partner fee calculator page (calculator bundle)', path: '/partner-calculator.html', ready: 'select, input'},
  {name: 'a form on the all-in-one bundle', path: '/test-form.html', html: made('metropolis-training.js', `<metropolis-application-form api="/" edition="${diploma}" now="2025-09-15"></metropolis-application-form>`), ready: 'input[type="email"]'},
  {name: 'the list alone (course-list bundle)', path: '/test-list.html', html: made('metropolis-course-list.js', '<metropolis-course-list api="/" now="2025-09-15"></metropolis-course-list>'), ready: '[part~="card"]'},
  {name: 'the course page alone (course-detail bundle)', path: '/test-detail.html', html: made('metropolis-course-detail.js', `<metropolis-course-detail api="/" edition="${diploma}" now="2025-09-15"></metropolis-course-detail>`), ready: '[part~="title"]'},
];

let server;
let browser;

before(async () => {
  server = await startReferenceServer('critical-path');
  browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: flags});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page in a fresh profile and returns each of the elements' script files with its level. */
async function scriptLevels(page) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    const levels = new Map();
    cdp.on('Network.requestWillBeSent', ({request, initiator, type}) => {
      if (type !== 'Script' || !request.url.includes('/elements/')) return;
      const from = initiator.url ?? initiator.stack?.callFrames?.[0]?.url ?? initiator.stack?.parent?.callFrames?.[0]?.url;
      const parent = levels.get(from);
      const file = new URL(request.url).pathname.replace(/^.*\/elements\//, '');
      if (!levels.has(request.url)) levels.set(request.url, {file, level: parent === undefined ? 0 : parent.level + 1, from: parent?.file});
    });
    // A file that is not there (the calculator example tries the repository's build first) is no level.
    cdp.on('Network.responseReceived', ({response}) => {
      if (response.status !== 200) levels.delete(response.url);
    });
    if (page.html) {
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        if (new URL(request.url()).pathname === page.path) void request.respond({status: 200, contentType: 'text/html', body: page.html});
        else void request.continue();
      });
    }
    await tab.goto(server.url + page.path, {waitUntil: 'load'});
    await tab.waitForFunction((selector) => {
      const find = (root) => root.querySelector(selector) || [...root.querySelectorAll('*')].some((element) => element.shadowRoot && find(element.shadowRoot));
      return find(document);
    }, {polling: 50, timeout: 20_000}, page.ready);
    await tab.waitForNetworkIdle({idleTime: 300});
    return {tab, scripts: [...levels.values()]};
  } catch (error) {
    await context.close();
    throw error;
  }
}

describe('the critical path: one level of requests after the entry', () => {
  for (const page of pages) {
    it(`${page.name}: every script it loads is requested by the entry`, async () => {
      const {tab, scripts} = await scriptLevels(page);
      try {
        const entries = scripts.filter((s) => s.level === 0);
        assert.equal(entries.length, 1, `one entry: ${entries.map((s) => s.file).join(', ')}`);
        const late = scripts.filter((s) => s.level > 1);
        assert.deepEqual(late.map((s) => `${s.file} (level ${s.level}, requested by ${s.from})`), [], 'no file discovered only after a chunk arrived');
      } finally {
        await tab.browserContext().close();
      }
    });
  }

  it('the list page loads its chunks in parallel, and the Diploma\'s card is at most 50 DOM nodes', async () => {
    const {tab, scripts} = await scriptLevels(pages[0]);
    try {
      // Not a vacuous pass: the list page does load chunks, each requested by the entry.
      const chunks = scripts.filter((s) => s.level === 1).map((s) => s.file.replace(/-[\w-]{8}\.js$/, ''));
      for (const name of ['chunks/catalog-tools', 'chunks/validation']) assert.ok(chunks.includes(name), `${name} is requested by the entry (${chunks.join(', ')})`);
      const nodes = await tab.evaluate(() => {
        const list = document.querySelector('metropolis-course-list');
        const card = [...list.shadowRoot.querySelectorAll('[part~="card"]')].find((c) => c.textContent.includes('Diploma in Internationalization')).closest('li');
        const count = (node) => [...node.childNodes].reduce((sum, child) => sum + count(child), 1);
        return count(card);
      });
      assert.ok(nodes <= 50, `the Diploma's card has ${nodes} DOM nodes`);
    } finally {
      await tab.browserContext().close();
    }
  });
});
