// The SDK-only example: no elements, no framework. Served next to /sdk/metropolis-sdk.js and
// /catalog.json by `npm start`.
import {localDate, parseCatalog, pick, statusOf} from '/sdk/metropolis-sdk.js';

const lang = document.documentElement.lang || 'en';
const nowInput = document.getElementById('now');
const result = document.getElementById('result');
const statusLabels = {upcoming: 'Upcoming', open: 'Open for applications', closed: 'Applications closed', 'in-progress': 'In progress', completed: 'Past', cancelled: 'Cancelled'};
const dayFormat = new Intl.DateTimeFormat(lang, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function when(edition) {
  const {dates} = edition;
  if (dates.kind === 'fixed') {
    return dayFormat.formatRange(new Date(`${dates.start}T00:00:00Z`), new Date(`${dates.end}T00:00:00Z`));
  }
  if (dates.kind === 'to-be-confirmed') return dates.period ? `${dates.period}, dates to be confirmed` : 'Dates to be confirmed';
  return 'Dates to be announced';
}

function render(catalog, today) {
  const courses = new Map(catalog.courses.map((c) => [c.id, c]));
  const providers = new Map(catalog.providers.map((p) => [p.id, p]));
  const list = element('ul', undefined, 'editions');
  const sorted = [...catalog.editions].sort((a, b) => (a.dates.start ?? '9999').localeCompare(b.dates.start ?? '9999'));
  for (const edition of sorted) {
    const course = courses.get(edition.courseId);
    const provider = providers.get(course.providerId);
    const item = element('li');
    item.append(element('h2', pick(course.title, lang)));
    const facts = element('p', undefined, 'facts');
    const place = edition.location.mode === 'online' ? 'Online' : pick(edition.location.city, lang);
    facts.append(element('span', when(edition)), ' · ', element('span', place), ' · ', element('span', pick(provider.name, lang)));
    item.append(facts);
    const status = statusOf(edition, today);
    item.append(element('p', statusLabels[status], `status status-${status}`));
    item.append(element('p', pick(course.summary, lang)));
    list.append(item);
  }
  result.replaceChildren(list);
}

async function main() {
  let catalog;
  try {
    const response = await fetch('/catalog.json');
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    catalog = parseCatalog(await response.json());
  } catch (error) {
    result.replaceChildren(element('p', `The catalog could not be loaded: ${error.message}`, 'error'));
    return;
  }
  if (catalog.notice) document.getElementById('notice').textContent = pick(catalog.notice, lang);
  const demoDate = document.querySelector('meta[name="metropolis-demo-date"]')?.content;
  nowInput.value = demoDate || localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  nowInput.addEventListener('change', () => render(catalog, nowInput.value || localDate(new Date(), 'UTC')));
  render(catalog, nowInput.value);
}

main();
