// Renders catalog editions as plain text nodes (never HTML: catalog text is data), shared by
// the example pages. Uses only the SDK bundle (sdk/ beside the pages).
import {formatDay, pick, statusOf} from './sdk/metropolis-sdk.js';

const statusLabels = {upcoming: 'Upcoming', open: 'Open for applications', closed: 'Applications closed', 'in-progress': 'In progress', completed: 'Past', cancelled: 'Cancelled'};

/** A new element with text content (set as text, so markup in the catalog stays inert). */
export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function when(edition, lang) {
  const {dates} = edition;
  if (dates.kind === 'fixed') {
    return dates.start === dates.end ? formatDay(dates.start, lang) : `${formatDay(dates.start, lang)} – ${formatDay(dates.end, lang)}`;
  }
  if (dates.kind === 'to-be-confirmed') return dates.period ? `${dates.period}, dates to be confirmed` : 'Dates to be confirmed';
  return 'Dates to be announced';
}

/** A list of the catalog's editions, earliest first, each with its status on `today` (YYYY-MM-DD). */
export function editionList(catalog, today, lang) {
  const courses = new Map(catalog.courses.map((c) => [c.id, c]));
  const providers = new Map(catalog.providers.map((p) => [p.id, p]));
  const list = element('ul', undefined, 'editions');
  const start = (e) => (e.dates.kind === 'fixed' ? e.dates.start : '9999');
  for (const edition of [...catalog.editions].sort((a, b) => start(a).localeCompare(start(b)))) {
    const course = courses.get(edition.courseId);
    const provider = providers.get(course.providerId);
    const item = element('li');
    item.append(element('h2', pick(course.title, lang)));
    const facts = element('p', undefined, 'facts');
    const place = edition.location.mode === 'online' ? 'Online' : pick(edition.location.city, lang);
    facts.append(element('span', when(edition, lang)), ' · ', element('span', place), ' · ', element('span', pick(provider.name, lang)));
    item.append(facts);
    const status = statusOf(edition, today);
    item.append(element('p', statusLabels[status], `status status-${status}`));
    item.append(element('p', pick(course.summary, lang)));
    list.append(item);
  }
  return list;
}
