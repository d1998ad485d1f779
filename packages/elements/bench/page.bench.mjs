#!/usr/bin/env node
// `npm run bench:page`: what a visitor's browser downloads and how soon it shows something, page
// by page. Starts the reference server (compression on, PGlite in a temporary folder, demo date
// 2025-09-15), loads each example page in Debian's Chromium (puppeteer-core) in a fresh profile,
// then again in the same profile (a repeat visit), and prints for each: bytes transferred by kind
// (JavaScript, CSS, JSON, HTML, other; bodies and headers as on the wire), requests (and how many
// came from the cache), and the time from navigation to the first card or form field in the DOM
// (median of RUNS, no CPU or network throttling: loopback). Then runs Lighthouse (mobile
// settings, simulated throttling) on `/` and `/embed.html` and prints its four category scores
// (median of LIGHTHOUSE_RUNS). Prints figures; asserts nothing. Expects `npm run build`.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {configFromEnv, startServer} from '@metropolis-training/server';
import {findChromium} from '../../../scripts/find-browsers.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The example pages, and what counts as "something to see" on each (searched through shadow roots). */
const pages = [
  {name: 'course list (embed.html)', path: '/embed.html', ready: '[part~="card"]'},
  {name: 'course page (course.html)', path: '/course.html', ready: '[part~="title"], h1'},
  {name: 'application form (apply.html)', path: '/apply.html?edition=diploma-internationalization-2025', ready: 'input[type="email"]'},
  {name: 'fee calculator (partner-calculator.html)', path: '/partner-calculator.html', ready: 'select, input'},
  {name: 'CMS mount, French (cms.html)', path: '/cms.html', ready: '[part~="card"]'},
  {name: 'demo (/)', path: '/', ready: '[part~="card"]'},
];

const kindOf = (mime) => (/javascript/.test(mime) ? 'JS' : /css/.test(mime) ? 'CSS' : /json/.test(mime) ? 'JSON' : /html/.test(mime) ? 'HTML' : 'other');
const kinds = ['JS', 'CSS', 'JSON', 'HTML', 'other'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => (bytes / 1000).toFixed(1);

/** Loads `url` in `tab` and returns the bytes per kind, the requests, and the time to `ready`. */
async function visit(tab, url, ready) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  const responses = new Map();
  const bytes = Object.fromEntries(kinds.map((k) => [k, 0]));
  let requests = 0;
  const cached = new Set();
  cdp.on('Network.responseReceived', ({requestId, response}) => responses.set(requestId, response));
  cdp.on('Network.requestServedFromCache', ({requestId}) => cached.add(requestId));
  cdp.on('Network.loadingFinished', ({requestId, encodedDataLength}) => {
    const response = responses.get(requestId);
    if (!response) return;
    requests++;
    if (response.fromDiskCache || response.fromPrefetchCache) cached.add(requestId);
    bytes[kindOf(response.mimeType)] += encodedDataLength;
  });
  await tab.goto(url, {waitUntil: 'load'});
  // The first matching node anywhere, shadow roots included, checked on every frame.
  const handle = await tab.waitForFunction((selector) => {
    const find = (root) => {
      if (root.querySelector(selector)) return true;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot && find(element.shadowRoot)) return true;
      return false;
    };
    return find(document) ? performance.now() : 0;
  }, {polling: 'raf', timeout: 20_000}, ready);
  const firstShown = await handle.jsonValue();
  await tab.waitForNetworkIdle({idleTime: 300});
  await cdp.detach();
  const total = kinds.reduce((sum, k) => sum + bytes[k], 0);
  return {bytes, total, requests, fromCache: cached.size, firstShown};
}

/** The English course list page's first visit, in bytes (issue 11's target: at most 40,000). */
let listPage;

async function pageFigures(browser, base) {
  console.log(`\nEach page: bytes transferred (KB, compressed, headers included), requests, and ms to the first card or field; median of ${RUNS} runs.`);
  console.log('page'.padEnd(42), 'visit'.padEnd(7), ...kinds.map((k) => k.padStart(6)), 'total'.padStart(7), 'requests'.padStart(9), 'cached'.padStart(7), 'first ms'.padStart(9));
  for (const page of pages) {
    const cold = [];
    const repeat = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      cold.push(await visit(tab, base + page.path, page.ready));
      repeat.push(await visit(tab, base + page.path, page.ready));
      await context.close();
    }
    if (page === pages[0]) listPage = cold[0].total;
    for (const [label, results] of [['first', cold], ['repeat', repeat]]) {
      const typical = results[0];
      console.log(
        (label === 'first' ? page.name : '').padEnd(42), label.padEnd(7),
        ...kinds.map((k) => kb(typical.bytes[k]).padStart(6)), kb(typical.total).padStart(7),
        String(typical.requests).padStart(9), String(typical.fromCache).padStart(7),
        median(results.map((r) => r.firstShown)).toFixed(0).padStart(9),
      );
    }
  }
}

async function lighthouseScores(base) {
  const chrome = await chromeLauncher.launch({chromePath: findChromium(), chromeFlags: flags});
  let heading = false;
  try {
    for (const path of ['/', '/embed.html']) {
      const runs = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        const {lhr} = await lighthouse(base + path, {port: chrome.port, output: 'json', logLevel: 'error'});
        runs.push(lhr);
      }
      if (!heading) {
        heading = true;
        console.log(`\nLighthouse ${runs[0].lighthouseVersion}, mobile (simulated slow 4G, 4x CPU slowdown), median of ${LIGHTHOUSE_RUNS} runs:`);
        console.log('page'.padEnd(14), 'performance'.padStart(12), 'accessibility'.padStart(14), 'best practices'.padStart(15), 'SEO'.padStart(5), '  FCP / LCP / TBT / CLS (median run)');
      }
      const score = (lhr, id) => Math.round(lhr.categories[id].score * 100);
      const middle = runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(runs.length / 2)];
      const metric = (id) => middle.audits[id].displayValue;
      console.log(
        path.padEnd(14),
        String(score(middle, 'performance')).padStart(12), String(median(runs.map((r) => score(r, 'accessibility')))).padStart(14),
        String(median(runs.map((r) => score(r, 'best-practices')))).padStart(15), String(median(runs.map((r) => score(r, 'seo')))).padStart(5),
        `  ${metric('first-contentful-paint')} / ${metric('largest-contentful-paint')} / ${metric('total-blocking-time')} / ${metric('cumulative-layout-shift')}`,
        `  (performance in each run: ${runs.map((r) => score(r, 'performance')).join(', ')})`,
      );
    }
  } finally {
    await chrome.kill();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'metropolis-bench-page-'));
const server = await startServer({
  ...configFromEnv({DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', DEMO_DATE: '2025-09-15', SEED_DEMO_MEMBERS: '1'}),
  log: () => {},
});
const browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: flags});
try {
  console.log(`Chromium ${await browser.version()}, server ${server.url} (brotli and gzip on)`);
  await pageFigures(browser, server.url);
  console.log(`\nThe English course list page's first visit: ${listPage.toLocaleString('en')} bytes in total, headers included (target 40,000).`);
  if (LIGHTHOUSE_RUNS > 0) await lighthouseScores(server.url);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, {recursive: true, force: true});
}
