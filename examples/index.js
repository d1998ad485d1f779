// The demo landing page: the server's (demo) date from /v1/meta, the catalog from /v1/catalog,
// rendered as text with the SDK bundle. No inline script: the page's CSP allows only files.
import {formatDay, parseCatalog, pick} from '/sdk/metropolis-sdk.js';
import {editionList, element} from './catalog-view.js';

const lang = document.documentElement.lang || 'en';

async function getJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

async function main() {
  const dateLine = document.getElementById('demo-date');
  const target = document.getElementById('catalog');
  let today;
  try {
    const meta = await getJson('/v1/meta');
    today = meta.today;
    dateLine.textContent = meta.demoDate ? `Demo date: ${formatDay(meta.demoDate, lang)}` : `Today: ${formatDay(meta.today, lang)}`;
  } catch (error) {
    dateLine.textContent = `The server’s date could not be loaded: ${error.message}`;
  }
  try {
    const catalog = parseCatalog(await getJson('/v1/catalog'));
    if (catalog.notice) {
      const notice = document.getElementById('catalog-notice');
      notice.textContent = pick(catalog.notice, lang);
      notice.hidden = false;
    }
    target.replaceChildren(editionList(catalog, today ?? new Date(), lang));
  } catch (error) {
    target.replaceChildren(element('p', `The catalog could not be loaded: ${error.message}`, 'error'));
  }
}

main();
