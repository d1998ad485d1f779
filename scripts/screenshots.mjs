// The pictures of the guides (issue 13, item 8): each of the four elements in the default theme,
// the custom theme of docs/theming.md, French, Arabic (right to left) and a phone-width viewport,
// rendered by Debian's Chromium into docs/images/<element>-<variant>.png.
//
//   npm run build && node scripts/screenshots.mjs
//
// The pages are built here and served by the reference server's origin (on a loopback port, at
// the demo date 2025-09-15, so the Diploma takes applications): the elements load the built
// script-tag bundle from /elements/ and the catalog from the API, as on a member city's site.
// Every request beyond loopback is refused. Each picture waits for its element's content in the
// shadow root, for the fonts and for the shadow DOM to stop changing: no fixed sleep. Tall
// elements are cut (Chromium's PNGs of text compress little: about 100 KB for 800 × 700 px).
import {mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {chromiumFlags, startReferenceServer} from '../packages/elements/test/served-pages.mjs';
import {findChromium} from './find-browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}docs/images`;
const NOW = '2025-09-15';
const EDITION = 'diploma-internationalization-2025';

/**
 * The custom theme: the css block of docs/theming.md marked `<!-- screenshot-theme -->`, so the
 * picture shows exactly what the guide tells the reader to write.
 */
export function themeCss() {
  const guide = readFileSync(`${root}docs/theming.md`, 'utf8');
  const found = /<!-- screenshot-theme -->\n```css\n([\s\S]*?)\n```/.exec(guide);
  if (!found) throw new Error('docs/theming.md has no css block after <!-- screenshot-theme -->');
  return found[1];
}

/** The four elements: their markup, what shows they are ready, and how much of them to keep. */
const elements = {
  'course-list': {
    // Two cards and "Show more" tell the story; the third card would only make the file bigger.
    html: `<metropolis-course-list api="/" now="${NOW}" page-size="2"></metropolis-course-list>`,
    ready: '[part="card"]',
    maxHeight: 1000,
  },
  'course-detail': {
    html: `<metropolis-course-detail api="/" now="${NOW}" edition="${EDITION}"></metropolis-course-detail>`,
    ready: '[part="fee-table"]',
    maxHeight: 620, // the header, the key facts and Apply
  },
  'application-form': {
    html: `<metropolis-application-form api="/" now="${NOW}" edition="${EDITION}" privacy-href="/privacy"></metropolis-application-form>`,
    ready: 'input[part="input"]',
    maxHeight: 640, // the title and the first fields
  },
  'fee-calculator': {
    html: `<metropolis-fee-calculator api="/" now="${NOW}" edition="${EDITION}" membership="member" country="EG"></metropolis-fee-calculator>`,
    ready: '[part="total"]',
    maxHeight: 640, // the inputs and the first lines of the price
  },
};

/** The variants: the page's language and direction, extra CSS, the viewport. */
const desktop = {width: 800, height: 1100, deviceScaleFactor: 1};
const variants = {
  default: {lang: 'en', viewport: desktop},
  theme: {lang: 'en', viewport: desktop, theme: true},
  fr: {lang: 'fr', viewport: desktop},
  ar: {lang: 'ar', dir: 'rtl', viewport: desktop},
  phone: {lang: 'en', viewport: {width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true}, maxHeight: 760},
};

/** Text each language's page must show before its picture is taken (the words load as a chunk). */
const languageWords = {en: /\b(Apply|Price|Fee|course|Objective|Membership)\b/i, fr: /(Postuler|formation|Tarif|Prix|Objectif|Adhésion|Pays)/i, ar: /[\u0600-\u06FF]/};

function pageHtml(element, variant) {
  return `<!doctype html>
<html lang="${variant.lang}"${variant.dir ? ` dir="${variant.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${element}</title>
<style>
  body { margin: 0; padding: 16px; background: #fff; font-family: "DejaVu Sans", sans-serif; }
  ${variant.theme ? themeCss() : ''}
</style>
<script type="module" src="/elements/metropolis-training.js"></script>
</head>
<body>
${elements[element].html}
</body>
</html>`;
}

/** Waits until the element's shadow DOM has not changed for `quietFrames` animation frames in a row. */
async function settle(page, tag) {
  await page.evaluate(async (name) => {
    await document.fonts.ready;
    const element = document.querySelector(name);
    await element.updateComplete;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const snapshot = () => {
      const parts = [];
      const walk = (node) => {
        parts.push(node.innerHTML);
        for (const child of node.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
      };
      walk(element.shadowRoot);
      return parts.join('\u0000');
    };
    let last = snapshot();
    for (let quiet = 0, frames = 0; quiet < 10; frames++) {
      if (frames > 600) throw new Error(`${name} kept changing`);
      await frame();
      const now = snapshot();
      quiet = now === last ? quiet + 1 : 0;
      last = now;
    }
    await document.fonts.ready;
  }, tag);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: sudo apt-get install chromium, or set CHROME_PATH');
  mkdirSync(outDir, {recursive: true});
  const server = await startReferenceServer('screenshots');
  const browser = await puppeteer.launch({executablePath, headless: true, args: chromiumFlags});
  const origin = new URL(server.url).origin;
  const written = [];
  try {
    for (const [element, spec] of Object.entries(elements)) {
      for (const [name, variant] of Object.entries(variants)) {
        const page = await browser.newPage();
        const refused = [];
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          // A failed request is reported below with its URL; the browser's own favicon request is no page error.
          if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
        });
        page.on('response', (response) => {
          if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') errors.push(`${response.status()} ${response.url()}`);
        });
        await page.setRequestInterception(true);
        const html = pageHtml(element, variant);
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin === origin && url.pathname === '/__screenshot.html') return request.respond({status: 200, contentType: 'text/html; charset=utf-8', body: html});
          // data: is no network (Chromium draws the date input's calendar icon from one).
          if (url.origin === origin || url.protocol === 'data:') return request.continue();
          refused.push(request.url());
          return request.abort('blockedbyclient');
        });
        await page.setViewport(variant.viewport);
        await page.goto(`${origin}/__screenshot.html`, {waitUntil: 'load'});
        const tag = `metropolis-${element}`;
        // Ready: the element's content is in its shadow root, in the page's language (the words
        // of French and Arabic load as a chunk).
        await page.waitForFunction(
          (name, selector, words) => {
            const shadow = document.querySelector(name)?.shadowRoot;
            return !!shadow?.querySelector(selector) && new RegExp(words, 'i').test(shadow.textContent);
          },
          {timeout: 30_000, polling: 'raf'},
          tag,
          spec.ready,
          languageWords[variant.lang].source,
        );
        await settle(page, tag);
        if (refused.length) throw new Error(`${element}-${name}: requests beyond loopback: ${refused.join(', ')}`);
        if (errors.length) throw new Error(`${element}-${name}: page errors: ${errors.join('; ')}`);
        const handle = await page.$(tag);
        const box = await handle.boundingBox();
        const height = Math.min(Math.ceil(box.height), variant.maxHeight ?? spec.maxHeight);
        const file = `${outDir}/${element}-${name}.png`;
        const png = await handle.screenshot({type: 'png', clip: {x: 0, y: 0, width: Math.ceil(box.width), height}});
        writeFileSync(file, png);
        written.push(file);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  let total = 0;
  for (const file of written) {
    const {size} = statSync(file);
    total += size;
    console.log(`${file.slice(root.length)}  ${(size / 1024).toFixed(1)} KB`);
  }
  console.log(`${written.length} pictures, ${(total / 1024).toFixed(1)} KB in all`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
