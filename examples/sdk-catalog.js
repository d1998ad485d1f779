// The SDK-only example: no elements, no framework. Reads the SDK bundle (sdk/) and the sample
// catalog (catalog.json) beside the page, which the build copies there: any static file server
// works; `npm start` serves the same files.
import {localDate, parseCatalog, pick} from './sdk/metropolis-sdk.js';
import {editionList, element} from './catalog-view.js';

const lang = document.documentElement.lang || 'en';
const nowInput = document.getElementById('now');
const result = document.getElementById('result');

/** The server's demo date, if it runs on one (a static host has no /v1/meta: then today). */
async function serverToday() {
  try {
    const response = await fetch('/v1/meta');
    if (response.ok) return (await response.json()).today;
  } catch {
    // a static host: no API
  }
  return localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

async function main() {
  let catalog;
  try {
    const response = await fetch('catalog.json');
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    catalog = parseCatalog(await response.json());
  } catch (error) {
    result.replaceChildren(element('p', `The catalog could not be loaded: ${error.message}`, 'error'));
    return;
  }
  if (catalog.notice) document.getElementById('notice').textContent = pick(catalog.notice, lang);
  nowInput.value = await serverToday();
  const render = () => result.replaceChildren(editionList(catalog, nowInput.value || localDate(new Date(), 'UTC'), lang));
  nowInput.addEventListener('change', render);
  render();
}

main();
