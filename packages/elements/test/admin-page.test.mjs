// The admissions console as the Secretariat opens it (issue 15): the reference server's own
// `/admin` page, its real bundle (`/elements/admissions.js` and the chunks it loads on sign-in)
// and stylesheet, under the page's strict CSP, in Debian's Chromium. Signing in as a named admin
// shows the applications an applicant sent through the API; nothing breaks the policy.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {configFromEnv, startServer} from '@metropolis-training/server';
import {applicationBody, invoicingEnv} from '../../server/dist/test-support/server.js';
import {findChromium} from '../../../scripts/find-browsers.mjs';
import {chromiumFlags} from './served-pages.mjs';

const TOKEN = 'maria-admin-token-0123456789';

let server;
let dataDir;
let browser;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'metropolis-admin-page-'));
  server = await startServer({...configFromEnv({DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', DEMO_DATE: '2025-09-15', ADMIN_TOKENS: `maria:${TOKEN}`, ...invoicingEnv}), log: () => {}});
  browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: chromiumFlags});
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, {recursive: true, force: true});
});

describe('the /admin page', () => {
  it('signs a named admin in and lists the applications, in the page font, with no CSP violation or failed request', async () => {
    const sent = await fetch(`${server.url}/v1/applications`, {method: 'POST', headers: {'content-type': 'application/json', 'idempotency-key': crypto.randomUUID()}, body: JSON.stringify(applicationBody())});
    const receipt = await sent.text();
    assert.equal(sent.status, 201, receipt);
    const {reference} = JSON.parse(receipt);

    const tab = await browser.newPage();
    const problems = [];
    tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('requestfailed', (request) => problems.push(`${request.url()} failed`));
    tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.url()} ${response.status()}`));
    await tab.evaluateOnNewDocument(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
    await tab.goto(`${server.url}/admin`, {waitUntil: 'load'});

    const token = await tab.waitForSelector('metropolis-admissions >>> input[type="password"]', {timeout: 15000});
    await token.type(TOKEN);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction((ref) => [...(document.querySelector('metropolis-admissions')?.shadowRoot?.querySelectorAll('tbody th') ?? [])].some((cell) => cell.textContent.includes(ref)), {timeout: 15000}, reference);
    const page = await tab.evaluate(() => ({
      signedInAs: document.querySelector('metropolis-admissions').shadowRoot.textContent.includes('Signed in as maria'),
      font: getComputedStyle(document.body).fontFamily,
      stored: {session: Object.keys(sessionStorage).length, local: Object.keys(localStorage).length},
    }));
    assert.equal(page.signedInAs, true);
    assert.match(page.font, /system-ui/);
    assert.equal(page.stored.local, 0, 'the token is never kept in localStorage');
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
