#!/usr/bin/env node
// `npm run bench:render [-- --baseline <git ref>]`: the course list's cold load, as a visitor
// on a real network gets it. A local HTTP server sends the all-in-one bundle (gzip, no caching,
// DELAY_MS added to every response so that each round trip shows, as on a real network) and a
// catalog of N = 10, 100 and 1,000 editions (copies of the Diploma); Chromium loads the page
// with its cache disabled. Per N it prints the medians over RUNS cold loads of:
// - first card: ms from navigation to the first frame with a card in it;
// - first page: ms to the frame with every card of the first page (page-size 24);
// - data to card: ms from the last byte the first card needs (the catalog or the last script,
//   whichever arrives last) to the first card's frame: validation, indexing, formatting and
//   the first render;
// - JS round trips: the longest chain of script requests before the first card, the entry
//   counting one (a chunk requested by a chunk adds one);
// - nodes per card: DOM nodes inside each card (elements, text, comments: Lit's markers too);
// - JS heap: bytes used after the render and a garbage collection.
// With --baseline (a commit, tag or branch), that version is built from git in a temporary
// worktree (npm ci and npm run build, once per commit: the worktree is kept for the next run),
// both builds are loaded alternately in the same run, and a ratio column (this build / the
// baseline) follows each figure: a change is judged side by side, not against another day's
// number. Prints figures; asserts nothing. Expects `npm run build`.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {sampleCatalog} from '@metropolis-training/sdk';
import {findChromium} from '../../../scripts/find-browsers.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SIZES = [10, 100, 1000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DELAY_MS = Number(process.env.DELAY_MS ?? 50);
const PAGE_SIZE = 24;
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const baselineIndex = process.argv.indexOf('--baseline');
const baselineRef = baselineIndex > 0 ? process.argv[baselineIndex + 1] : undefined;

/** Builds `ref` in a kept temporary worktree and returns its elements' CDN folder. */
function buildBaseline(ref) {
  const git = (...args) => execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim();
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = join(tmpdir(), `metropolis-bench-${commit.slice(0, 12)}`);
  const cdn = join(dir, 'packages/elements/dist/cdn');
  if (!existsSync(join(cdn, 'metropolis-training.js'))) {
    console.error(`Building ${ref} (${commit.slice(0, 12)}) in ${dir}: npm ci and npm run build, a few minutes…`);
    if (!existsSync(dir)) git('worktree', 'add', '--detach', dir, commit);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: dir, stdio: ['ignore', 'ignore', 'inherit']});
    execFileSync('npm', ['run', 'build', '--silent'], {cwd: dir, stdio: ['ignore', 'ignore', 'inherit']});
  }
  return {name: `${ref} (${commit.slice(0, 7)})`, cdn};
}

/** A catalog of `count` editions: the Diploma on successive start dates. */
function catalogOf(count) {
  const template = sampleCatalog.editions.find((e) => e.id === 'diploma-internationalization-2025');
  const editions = Array.from({length: count}, (_, i) => {
    const start = new Date(Date.UTC(2025, 9, 1 + (i % 365)));
    const end = new Date(start.getTime() + 4 * 86_400_000);
    return {...template, id: `edition-${i}`, dates: {kind: 'fixed', start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10)}};
  });
  return {...sampleCatalog, editions};
}

const builds = [{name: 'this build', cdn: join(root, 'packages/elements/dist/cdn')}];
if (baselineRef) builds.push(buildBaseline(baselineRef));

const catalogs = new Map(SIZES.map((n) => [`/catalog-${n}.json`, gzipSync(JSON.stringify(catalogOf(n)))]));
const pageOf = (build, count) => gzipSync(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cold load</title>
<script type="module" src="/${build}/metropolis-training.js"></script></head>
<body><h1>Courses</h1><metropolis-course-list catalog="/catalog-${count}.json" now="2025-09-15" heading-level="2"></metropolis-course-list></body></html>`);
const files = new Map();

/** Every answer gzip, never cached, DELAY_MS late. */
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let body;
  let type = 'text/javascript';
  const [, build, ...rest] = url.pathname.split('/');
  if (catalogs.has(url.pathname)) [body, type] = [catalogs.get(url.pathname), 'application/json'];
  else if (builds[Number(build)] && rest.join('/') === 'list.html') [body, type] = [pageOf(build, Number(url.searchParams.get('n'))), 'text/html'];
  else if (builds[Number(build)]) {
    const file = normalize(join(builds[Number(build)].cdn, ...rest));
    if (file.startsWith(builds[Number(build)].cdn) && existsSync(file)) {
      if (!files.has(file)) files.set(file, gzipSync(readFileSync(file)));
      body = files.get(file);
    }
  }
  setTimeout(() => {
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, {'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store'}).end(body);
  }, DELAY_MS);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

/** One cold load of build `index` with `count` editions; its figures. */
async function coldLoad(browser, index, count) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.bringToFront();
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    const scripts = new Map();
    let navigationTime;
    const needed = new Set();
    const arrivals = [];
    cdp.on('Network.loadingFinished', ({requestId, timestamp}) => {
      if (needed.has(requestId)) arrivals.push((timestamp - navigationTime) * 1000);
    });
    cdp.on('Network.requestWillBeSent', ({requestId, request, initiator, type, timestamp}) => {
      if (type === 'Document') navigationTime ??= timestamp;
      if (request.url.includes('/catalog-') || type === 'Script') needed.add(requestId);
      if (type !== 'Script') return;
      const from = initiator.url ?? initiator.stack?.callFrames?.[0]?.url ?? initiator.stack?.parent?.callFrames?.[0]?.url;
      const parent = scripts.get(from);
      scripts.set(request.url, {level: parent ? parent.level + 1 : 1, at: (timestamp - navigationTime) * 1000, file: request.url.slice(base.length)});
    });
    // Frame by frame from the start: the first with a card, the first with the whole first page.
    await tab.evaluateOnNewDocument((expected) => {
      const marks = (globalThis.benchMarks = {});
      const frame = (time) => {
        const cards = document.querySelector('metropolis-course-list')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;
        if (cards > 0) marks.firstCard ??= time;
        if (cards >= expected) marks.firstPage ??= time;
        if (marks.firstPage === undefined) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, Math.min(PAGE_SIZE, count));
    await tab.goto(`${base}/${index}/list.html?n=${count}`, {waitUntil: 'domcontentloaded'});
    const marks = await (await tab.waitForFunction(() => globalThis.benchMarks.firstPage !== undefined && globalThis.benchMarks, {timeout: 60_000})).jsonValue();
    const nodesPerCard = await tab.evaluate(() => {
      const cards = [...document.querySelector('metropolis-course-list').shadowRoot.querySelectorAll('[part~="card"]')].map((card) => card.closest('li') ?? card);
      const count = (node) => [...node.childNodes].reduce((sum, child) => sum + count(child), 1);
      return cards.reduce((sum, card) => sum + count(card), 0) / cards.length;
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const {usedSize} = await cdp.send('Runtime.getHeapUsage');
    const roundTrips = Math.max(0, ...[...scripts.values()].filter((s) => s.at < marks.firstCard).map((s) => s.level));
    return {firstCard: marks.firstCard, firstPage: marks.firstPage, dataToCard: marks.firstCard - Math.max(...arrivals.filter((at) => at < marks.firstCard)), roundTrips, nodesPerCard, heap: usedSize, scripts: [...scripts.values()]};
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: flags});
try {
  console.log(`Chromium ${await browser.version()}; the all-in-one bundle and a catalog file, gzip, cache disabled, ${DELAY_MS} ms added to every response; median of ${RUNS} cold loads.`);
  const metrics = [
    ['first card', (r) => `${r.firstCard.toFixed(0)} ms`, 'firstCard'],
    ['first page', (r) => `${r.firstPage.toFixed(0)} ms`, 'firstPage'],
    ['data to card', (r) => `${r.dataToCard.toFixed(0)} ms`, 'dataToCard'],
    ['JS round trips', (r) => String(r.roundTrips), 'roundTrips'],
    ['nodes per card', (r) => r.nodesPerCard.toFixed(0), 'nodesPerCard'],
    ['JS heap', (r) => `${(r.heap / 1e6).toFixed(2)} MB`, 'heap'],
  ];
  const header = ['editions'.padEnd(9), 'build'.padEnd(24), ...metrics.map(([name]) => name.padStart(baselineRef ? 20 : 15))];
  console.log(header.join(' '));
  const waterfalls = [];
  // A first load of each build, not counted: the browser's own first-use costs.
  for (let b = 0; b < builds.length; b++) await coldLoad(browser, b, SIZES[0]);
  for (const count of SIZES) {
    const results = builds.map(() => []);
    // Alternate the builds run by run, so that both see the same machine.
    for (let run = 0; run < RUNS; run++) for (let b = 0; b < builds.length; b++) results[b].push(await coldLoad(browser, b, count));
    const medians = results.map((runs) => Object.fromEntries(metrics.map(([, , key]) => [key, median(runs.map((r) => r[key]))])));
    builds.forEach((build, b) => {
      const cells = metrics.map(([, show, key]) => {
        const ratio = b === 0 && baselineRef && medians[1][key] ? ` (${(medians[0][key] / medians[1][key]).toFixed(2)})` : '';
        return `${show(medians[b])}${ratio}`.padStart(baselineRef ? 20 : 15);
      });
      console.log([(b === 0 ? String(count) : '').padEnd(9), build.name.padEnd(24), ...cells].join(' '));
    });
    if (count === SIZES[0]) builds.forEach((build, b) => waterfalls.push([build.name, results[b][0].scripts]));
  }
  if (baselineRef) console.log('(ratio: this build / the baseline)');
  for (const [name, scripts] of waterfalls) {
    console.log(`\nScript requests of one cold load, ${SIZES[0]} editions, ${name}: ms after navigation, round trip`);
    for (const s of scripts.sort((a, b) => a.at - b.at)) console.log(`  ${s.at.toFixed(0).padStart(5)} ms  ${s.level}  ${s.file.replace(/^\/\d+\//, '')}`);
  }
} finally {
  await browser.close();
  server.close();
}
