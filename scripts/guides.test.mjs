// The guides with pictures (issue 13, item 8) cannot drift from what ships: the theming and
// events tables list exactly what custom-elements.json declares, every picture a guide shows
// exists and every picture is shown, and the policy of docs/csp.md works in Chromium.
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {configFromEnv, startServer} from '@metropolis-training/server';
import puppeteer from 'puppeteer-core';
import {chromiumFlags} from '../packages/elements/test/served-pages.mjs';
import {findChromium} from './find-browsers.mjs';
import {themeCss} from './screenshots.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file) => readFileSync(join(root, file), 'utf8');

const manifest = JSON.parse(read('packages/elements/custom-elements.json'));
const elements = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) if (declaration.tagName) elements.set(declaration.tagName, declaration);
}

/** The `### \`<tag>\`` sections of a guide, each with the rows of its tables as cells. */
function sections(file) {
  const found = new Map();
  for (const part of read(file).split(/^### /m).slice(1)) {
    const tag = /^`<([\w-]+)>`/.exec(part)?.[1];
    if (!tag) continue;
    const rows = part.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---')).map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, '').trim()));
    found.set(tag, rows);
  }
  return found;
}
const code = (cell) => /^`([^`]+)`$/.exec(cell)?.[1];

describe('docs/theming.md', () => {
  const tables = sections('docs/theming.md');

  it('has a section for each element', () => {
    assert.deepEqual([...tables.keys()].sort(), [...elements.keys()].sort());
  });

  for (const [tag, element] of elements) {
    it(`lists exactly the custom properties, with their defaults, and the parts of <${tag}>`, () => {
      const rows = tables.get(tag) ?? [];
      const properties = rows.filter((cells) => code(cells[0])?.startsWith('--')).map((cells) => [code(cells[0]), code(cells[1]) ?? cells[1]]);
      assert.deepEqual(properties, element.cssProperties.map((property) => [property.name, property.default]));
      const parts = rows.filter((cells) => cells.length === 2 && code(cells[0])).map((cells) => code(cells[0]));
      assert.deepEqual(parts, element.cssParts.map((part) => part.name));
    });
  }

  it('shows the custom theme the pictures are drawn with', () => {
    assert.match(themeCss(), /--metropolis-color-accent/);
    assert.match(themeCss(), /::part\(/);
  });
});

describe('docs/events.md', () => {
  const tables = sections('docs/events.md');
  for (const [tag, element] of elements) {
    it(`lists exactly the events of <${tag}>, each with its class, and only Apply as cancelable`, () => {
      const rows = (tables.get(tag) ?? []).filter((cells) => code(cells[0])?.startsWith('metropolis-'));
      assert.deepEqual(rows.map((cells) => [code(cells[0]), code(cells[1])]), element.events.map((event) => [event.name, event.type.text]));
      for (const cells of rows) assert.equal(cells[3], cells[0] === '`metropolis-apply`' ? 'yes' : 'no', cells[0]);
    });
  }
});

describe('pictures of the guides', () => {
  const guides = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  const shown = new Set();
  for (const guide of guides) {
    for (const [, target] of read(guide).matchAll(/!\[[^\]]*\]\(([^)\s]+\.png)\)/g)) shown.add(join(guide, '..', target));
  }

  it('every picture a guide shows exists', () => {
    const images = new Set(readdirSync(join(root, 'docs/images')).map((name) => `docs/images/${name}`));
    assert.deepEqual([...shown].filter((path) => !images.has(path)), []);
  });

  it('every picture in docs/images is shown by a guide', () => {
    const pictures = readdirSync(join(root, 'docs/images')).filter((name) => name.endsWith('.png')).map((name) => `docs/images/${name}`);
    assert.ok(pictures.length >= 20, 'four elements, five variants');
    assert.deepEqual(pictures.filter((path) => !shown.has(path)), []);
  });
});

describe('docs/csp.md', () => {
  it('the bundles keep the nonce fallback the guide describes (window.litNonce, for browsers without constructable stylesheets)', () => {
    const cdn = join(root, 'packages/elements/dist/cdn');
    for (const bundle of ['metropolis-training.js', 'metropolis-training.iife.js', 'metropolis-course-list.js', 'metropolis-course-detail.js', 'metropolis-application-form.js', 'metropolis-fee-calculator.js']) {
      assert.match(readFileSync(join(cdn, bundle), 'utf8'), /litNonce/, bundle);
    }
  });

  it("the strict policy works across origins in Chromium: the bundles and the catalog from one origin, the API's requests, no violation", async (t) => {
    const executablePath = findChromium();
    if (!executablePath) return t.skip('no Chromium here (sudo apt-get install chromium, or set CHROME_PATH)');
    const policyLine = /<!-- csp-policy -->\n```text\nContent-Security-Policy: (.*)\n```/.exec(read('docs/csp.md'))?.[1];
    assert.ok(policyLine, 'docs/csp.md has its policy after <!-- csp-policy -->');

    // The page's origin: serves the test pages with the guide's policy as a header.
    let policy = '';
    const pages = {};
    const site = createServer((request, response) => {
      const body = pages[new URL(request.url, 'http://x').pathname];
      if (!body) return response.writeHead(404).end();
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy}).end(body);
    });
    await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteOrigin = `http://127.0.0.1:${site.address().port}`;
    // The other origin: the reference server is the CDN (/elements/, /catalog.json) and the API,
    // which answers the page's origin (ALLOWED_ORIGINS).
    const dataDir = mkdtempSync(join(tmpdir(), 'metropolis-guides-csp-'));
    const server = await startServer({...configFromEnv({DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', DEMO_DATE: '2025-09-15', ALLOWED_ORIGINS: siteOrigin}), log: () => {}});
    const other = new URL(server.url).origin;
    policy = policyLine.replaceAll('https://YOUR-CDN', other).replaceAll('https://YOUR-API', other);
    const browser = await puppeteer.launch({executablePath, headless: true, args: chromiumFlags});
    try {
      const head = (bundle) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>${bundle}</head>`;
      const edition = 'diploma-internationalization-2025';
      pages['/module.html'] = `${head(`<script type="module" src="${other}/elements/metropolis-training.js"></script>`)}<body><metropolis-course-list api="${other}/" now="2025-09-15"></metropolis-course-list></body></html>`;
      pages['/form.html'] = `${head(`<script type="module" src="${other}/elements/metropolis-application-form.js"></script>`)}<body><metropolis-application-form api="${other}/" now="2025-09-15" edition="${edition}"></metropolis-application-form></body></html>`;
      pages['/classic.html'] = `${head(`<script src="${other}/elements/metropolis-training.iife.js" crossorigin defer></script>`)}<body lang="fr">
        <div data-metropolis="course-list" data-catalog="${other}/catalog.json" data-now="2025-09-15"></div>
        <div data-metropolis="fee-calculator" data-api="${other}/" data-now="2025-09-15" data-edition="${edition}" data-country="EG" data-membership="member"></div></body></html>`;

      const open = async (path) => {
        const page = await browser.newPage();
        const problems = [];
        // Added by the browser's debugging protocol, which the page's policy does not restrict.
        await page.evaluateOnNewDocument(() => {
          document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
        });
        page.on('console', (message) => {
          if (message.type() === 'error' && !/favicon/.test(message.location()?.url ?? '')) problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('request', (request) => {
          const {origin} = new URL(request.url());
          if (![siteOrigin, other].includes(origin) && !request.url().startsWith('data:')) problems.push(`request beyond the two origins: ${request.url()}`);
        });
        await page.goto(`${siteOrigin}${path}`, {waitUntil: 'load'});
        // A wait that times out says what the page reported.
        const waitFor = (...args) => page.waitForFunction(...args).catch((error) => assert.fail(`${path}: ${error.message}; ${problems.join('; ')}`));
        return {page, problems, waitFor};
      };
      const shadowHas = (tab, tag, selector) => tab.waitFor((t, s) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), {timeout: 20_000}, tag, selector);

      const list = await open('/module.html');
      await shadowHas(list, 'metropolis-course-list', '[part="card"]');
      await list.page.evaluate(() => document.querySelector('metropolis-course-list').shadowRoot.querySelector('button[part="apply"]').click());
      await list.waitFor(() => {
        const dialog = document.querySelector('metropolis-course-list').shadowRoot.querySelector('metropolis-application-dialog')?.shadowRoot?.querySelector('dialog');
        return dialog?.open && !!dialog.querySelector('metropolis-application-form')?.shadowRoot?.querySelector('[part="form"]');
      }, {timeout: 20_000});
      assert.deepEqual(list.problems, [], 'the ES module bundle and Apply');

      const form = await open('/form.html');
      await shadowHas(form, 'metropolis-application-form', '[part="form"]');
      assert.deepEqual(form.problems, [], 'the form');

      const classic = await open('/classic.html');
      await classic.waitFor(() => /formation/.test(document.querySelector('metropolis-course-list')?.shadowRoot?.querySelector('[part="summary"]')?.textContent ?? ''), {timeout: 20_000});
      await shadowHas(classic, 'metropolis-fee-calculator', '[part="total"]');
      assert.deepEqual(classic.problems, [], 'the classic script, French, the CMS mount, the calculator');
    } finally {
      await browser.close();
      await server.close();
      await new Promise((resolve) => site.close(resolve));
      rmSync(dataDir, {recursive: true, force: true});
    }
  });
});
