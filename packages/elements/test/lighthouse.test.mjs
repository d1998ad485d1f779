// Lighthouse audits of the demo pages a visitor opens first — `/` and `/embed.html`, served by
// the reference server — in Debian's Chromium: accessibility 100, best practices 100 (no console
// errors, no deprecated APIs) and SEO at least 95 (a title, a meta description, crawlable
// links). Performance is left to `npm run bench:page`: it depends on the machine's load. A
// failure names each audit that fell short, with the nodes Lighthouse points at.
import assert from 'node:assert/strict';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {findChromium} from '../../../scripts/find-browsers.mjs';
import {chromiumFlags as flags, startReferenceServer} from './served-pages.mjs';

const floors = {accessibility: 100, 'best-practices': 100, seo: 95};

let server;
let chrome;

before(async () => {
  server = await startReferenceServer('lighthouse');
  chrome = await chromeLauncher.launch({chromePath: findChromium(), chromeFlags: flags});
});

after(async () => {
  await chrome?.kill();
  await server?.close();
});

/** The audits of a category that did not score full marks, each with what Lighthouse flagged. */
function shortfalls(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => {
      const audit = lhr.audits[ref.id];
      const items = (audit.details?.items ?? []).slice(0, 3).map((item) => item.node?.snippet ?? item.description ?? item.source ?? item.url ?? '').filter(Boolean);
      return `${ref.id} (${audit.title})${items.length ? `: ${items.join(' | ')}` : ''}`;
    });
}

for (const path of ['/', '/embed.html']) {
  it(`Lighthouse on ${path}: accessibility 100, best practices 100, SEO at least 95`, {timeout: 180_000}, async () => {
    const {lhr} = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(floors),
    });
    assert.equal(lhr.runtimeError, undefined, `Lighthouse could not load ${path}: ${lhr.runtimeError?.message}`);
    const report = [];
    for (const [category, floor] of Object.entries(floors)) {
      const score = Math.round(lhr.categories[category].score * 100);
      if (score < floor) report.push(`${category} ${score} (needs ${floor}): ${shortfalls(lhr, category).join('; ')}`);
    }
    assert.deepEqual(report, [], `${path}:\n${report.join('\n')}`);
  });
}
