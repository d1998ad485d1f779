#!/usr/bin/env node
// `npm run bench:render`: loads the script-tag bundle in headless Chromium and, for catalogs of
// 10, 100 and 1,000 editions, prints the time from handing the element its data (inline JSON)
// to the first card on screen, and to all cards (with page-size set to the catalog's size), so
// cost growth is visible. Prints figures; asserts nothing about speed.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {sampleCatalog} from '@metropolis-training/sdk';
import {findChromium} from '../../../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SIZES = [10, 100, 1000];
const RUNS = 7;
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function catalogOf(count) {
  const template = sampleCatalog.editions.find((e) => e.id === 'diploma-internationalization-2025');
  const editions = Array.from({length: count}, (_, i) => {
    const start = new Date(Date.UTC(2025, 9, 1 + (i % 365)));
    const end = new Date(start.getTime() + 4 * 86_400_000);
    return {...template, id: `edition-${i}`, dates: {kind: 'fixed', start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10)}};
  });
  return {...sampleCatalog, editions};
}

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>render bench</title>
<script type="module" src="/packages/elements/dist/cdn/metropolis-training.js"></script></head><body></body></html>`;

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, {'content-type': 'text/html'}).end(page);
    return;
  }
  const file = normalize(join(root, path));
  try {
    if (!file.startsWith(root)) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, {'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream'}).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: flags});
try {
  const tab = await browser.newPage();
  await tab.goto(base);
  await tab.waitForFunction(() => customElements.get('metropolis-course-list'));
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`Chromium ${await browser.version()}, ${RUNS} runs each, median`);
  console.log(`${'editions'.padStart(9)} ${'first card'.padStart(12)} ${'all cards'.padStart(12)}`);
  for (const size of SIZES) {
    const json = JSON.stringify(catalogOf(size));
    const first = [];
    const all = [];
    for (let run = 0; run < RUNS; run++) {
      for (const [pageSize, into] of [[24, first], [size, all]]) {
        into.push(await tab.evaluate(async (text, pageSize, expected) => {
          const element = document.createElement('metropolis-course-list');
          element.setAttribute('now', '2025-09-15');
          element.setAttribute('page-size', String(pageSize));
          const script = document.createElement('script');
          script.type = 'application/json';
          // Unique text per run: elements share the parse of identical inline catalogs.
          globalThis.benchRun = (globalThis.benchRun ?? 0) + 1;
          script.textContent = `${text}${' '.repeat(globalThis.benchRun)}`;
          element.append(script);
          const start = performance.now();
          document.body.append(element);
          await new Promise((resolve) => {
            const check = () => (element.shadowRoot?.querySelectorAll('[part="card"]').length >= expected ? resolve() : requestAnimationFrame(check));
            check();
          });
          const elapsed = performance.now() - start;
          element.remove();
          return elapsed;
        }, json, pageSize, Math.min(pageSize, size)));
      }
    }
    console.log(`${String(size).padStart(9)} ${`${median(first).toFixed(1)} ms`.padStart(12)} ${`${median(all).toFixed(1)} ms`.padStart(12)}`);
  }
} finally {
  await browser.close();
  server.close();
}
