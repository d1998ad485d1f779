// An accepted activity proposal reaches visitors (issue 14): proposed through the API, moved to
// accepted, scheduled and published by an admin, it shows as a card of the course list on the
// reference server's own page (examples/embed.html), in Debian's Chromium. Before publishing,
// the list does not show it.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {configFromEnv, startServer} from '@metropolis-training/server';
import {findChromium} from '../../../scripts/find-browsers.mjs';
import {chromiumFlags} from './served-pages.mjs';

const ADMIN = 'proposal-test-admin-token-0123456789';
const TITLE = 'Cable cars as public transport: Cablebús';

let server;
let dataDir;
let browser;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'metropolis-proposal-list-'));
  server = await startServer({...configFromEnv({DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', DEMO_DATE: '2025-09-15', ADMIN_TOKEN: ADMIN}), log: () => {}});
  browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: chromiumFlags});
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, {recursive: true, force: true});
});

async function call(method, path, body, admin = false) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {'content-type': 'application/json', ...(admin ? {authorization: `Bearer ${ADMIN}`} : {}), ...(method === 'POST' && !admin ? {'idempotency-key': crypto.randomUUID()} : {})},
    ...(body ? {body: JSON.stringify(body)} : {}),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

/** The card titles the course list shows on the server's embed page. */
async function cardTitles() {
  // A visitor who has not been here before: a fresh context, no HTTP cache.
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  try {
    await tab.goto(`${server.url}/embed.html`, {waitUntil: 'load'});
    await tab.waitForFunction(() => document.querySelector('metropolis-course-list')?.shadowRoot?.querySelector('[part~="card"]'), {timeout: 15000});
    return await tab.evaluate(() => [...document.querySelector('metropolis-course-list').shadowRoot.querySelectorAll('[part~="card-title"]')].map((title) => title.textContent.trim()));
  } finally {
    await context.close();
  }
}

describe('an accepted activity proposal', () => {
  it('appears in the course list once an admin publishes it, not before', async () => {
    const receipt = await call('POST', '/v1/proposals', {
      lang: 'es',
      proposer: {givenName: 'Lucía', familyName: 'Ortega', email: 'lucia.ortega@example.org', organization: 'Mexico City Mobility Secretariat', position: 'Head of international cooperation', city: 'Mexico City', country: 'MX', membership: {claim: 'member'}},
      activity: {
        title: TITLE, format: 'webinar', themes: ['mobility'], summary: 'How Cablebús was planned, financed and integrated into the fare system.',
        objectives: 'Judge whether a cable car fits a city’s topography and budget.', audience: ['technical'], careerStages: ['mid-career'], languages: ['es', 'en'],
        period: {start: '2027-03'}, duration: {value: 2, unit: 'hours'}, expectedParticipants: 80, speakers: [{name: 'Ana Ruiz', organization: 'Cablebús'}],
      },
      offer: {experts: true, venue: false, funding: false, materials: true},
      consent: {privacy: true},
    });
    assert.match(receipt.reference, /^MP-\d{4}-\d{4}$/);
    const before = await cardTitles();
    assert.ok(!before.includes(TITLE));

    await call('POST', `/v1/admin/proposals/${receipt.id}/status`, {status: 'under-review'}, true);
    await call('POST', `/v1/admin/proposals/${receipt.id}/status`, {status: 'accepted', note: 'Welcome to the Learning Station.'}, true);
    await call('POST', `/v1/admin/proposals/${receipt.id}/schedule`, undefined, true);
    assert.ok(!(await cardTitles()).includes(TITLE), 'a scheduled draft is not shown');

    await call('POST', `/v1/admin/proposals/${receipt.id}/publish`, undefined, true);
    const after = await cardTitles();
    assert.ok(after.includes(TITLE), `the published activity is a card: ${after.join(' | ')}`);
    assert.equal(after.length, before.length + 1);
  });
});
