// The demo page (`/`, examples/index.html) as a visitor uses it, in Debian's Chromium against the
// reference server: its language buttons switch the page's own words, not only the elements',
// and say which language is on (aria-pressed).
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import {findChromium} from '../../../scripts/find-browsers.mjs';
import {chromiumFlags as flags, startReferenceServer} from './served-pages.mjs';


let server;
let browser;

before(async () => {
  server = await startReferenceServer('demo-page');
  browser = await puppeteer.launch({executablePath: findChromium(), headless: true, args: flags});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What a visitor reads and what assistive technology is told, in one snapshot. */
const snapshot = (tab) => tab.evaluate(() => ({
  lang: document.documentElement.lang,
  title: document.title,
  h1: document.querySelector('h1').textContent,
  headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
  notice: document.querySelector('.notice').textContent.replace(/\s+/g, ' ').trim(),
  navLabel: document.querySelector('nav').getAttribute('aria-label'),
  pressed: Object.fromEntries([...document.querySelectorAll('[data-lang]')].map((b) => [b.dataset.lang, b.getAttribute('aria-pressed')])),
  moreNote: document.querySelector('[data-text="moreNote"]').hidden ? null : document.querySelector('[data-text="moreNote"]').textContent,
  linksLang: document.querySelector('main ul').lang,
  apply: document.querySelector('metropolis-course-list').shadowRoot?.querySelector('[part~="apply"]')?.textContent.trim() ?? null,
}));

describe('the demo page', () => {
  it('its language buttons translate the page’s own words and the elements, and say which is pressed', async () => {
    const context = await browser.createBrowserContext();
    try {
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`${server.url}/`, {waitUntil: 'load'});
      const appliesIn = (word) => tab.waitForFunction((w) => document.querySelector('metropolis-course-list').shadowRoot?.querySelector('[part~="apply"]')?.textContent.trim() === w, {}, word);
      await appliesIn('Apply');
      const english = await snapshot(tab);
      assert.deepEqual({...english, notice: english.notice.slice(0, 12)}, {
        lang: 'en', title: 'Metropolis Training — demo', h1: 'Metropolis Training — demo',
        headings: ['The course list, from this server’s API', 'The course page', 'More'], notice: 'Sample data.',
        navLabel: 'Language of the page', pressed: {en: 'true', fr: 'false', es: 'false', ar: 'false'}, moreNote: null, linksLang: 'en', apply: 'Apply',
      });

      await tab.click('[data-lang="fr"]');
      await appliesIn('Candidater');
      const french = await snapshot(tab);
      assert.equal(french.lang, 'fr');
      assert.equal(french.h1, 'Metropolis Training — démonstration');
      assert.equal(french.title, 'Metropolis Training — démonstration');
      assert.deepEqual(french.headings, ['La liste des formations, depuis l’API de ce serveur', 'La page d’une formation', 'Plus']);
      assert.match(french.notice, /^Données d’exemple\. Le catalogue est construit/);
      assert.equal(french.navLabel, 'Langue de la page');
      assert.deepEqual(french.pressed, {en: 'false', fr: 'true', es: 'false', ar: 'false'});
      assert.equal(french.moreNote, 'Ces exemples sont décrits en anglais.');
      assert.equal(french.linksLang, 'en', 'the English link list is marked as English');

      await tab.click('[data-lang="es"]');
      await appliesIn('Inscribirse');
      const spanish = await snapshot(tab);
      assert.deepEqual([spanish.h1, spanish.headings[2], spanish.pressed], ['Metropolis Training — demostración', 'Más', {en: 'false', fr: 'false', es: 'true', ar: 'false'}]);

      // Arabic: the page and the elements run right to left.
      await tab.click('[data-lang="ar"]');
      await appliesIn('تقديم طلب');
      const arabic = await snapshot(tab);
      assert.deepEqual([arabic.lang, arabic.h1, arabic.pressed], ['ar', 'Metropolis Training — عرض تجريبي', {en: 'false', fr: 'false', es: 'false', ar: 'true'}]);
      assert.deepEqual(await tab.evaluate(() => [document.documentElement.dir, getComputedStyle(document.querySelector('metropolis-course-list').shadowRoot.querySelector('[part="base"]')).direction]), ['rtl', 'rtl']);

      await tab.click('[data-lang="en"]');
      await appliesIn('Apply');
      assert.deepEqual(await snapshot(tab), english, 'back in English, the page reads as it first did');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
