import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../define/course-detail.js';
import '../../define/course-list.js';
import {ApplyEvent} from '../../events/apply-event.js';
import {captureDownload, clearJsonLd, hostileCatalog, inlineJson, json, sample, stubFetch, until} from '../../test-support/catalogs.js';
import type {CourseDetail} from './course-detail.js';
import type {Catalog} from '@metropolis-training/sdk';

const DEMO_DAY = '2025-09-15';
const DIPLOMA = 'diploma-internationalization-2025';

async function detailOf(catalog: Catalog, attributes = '', edition = DIPLOMA, now = DEMO_DAY): Promise<CourseDetail> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<metropolis-course-detail edition="${edition}" now="${now}" ${attributes}><script type="application/json">${inlineJson(catalog)}</script></metropolis-course-detail>`;
  const detail = container.querySelector('metropolis-course-detail')!;
  await ready(detail);
  return detail;
}

/** Resolves once the element shows the edition or a final state (not loading). */
async function ready(detail: CourseDetail): Promise<void> {
  await until(() => !!detail.shadowRoot?.querySelector('article, [part="state"][role="alert"]') && !detail.shadowRoot?.querySelector('[aria-busy]'));
  await detail.updateComplete;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (detail: CourseDetail) => detail.shadowRoot!;
const title = (detail: CourseDetail) => clean(root(detail).querySelector('[part="title"]')?.textContent);
const sectionTitles = (detail: CourseDetail) => [...root(detail).querySelectorAll('[part="section-title"]')].map((h) => clean(h.textContent));

/** The section whose heading reads `name`. */
function section(detail: CourseDetail, name: string): HTMLElement {
  const found = [...root(detail).querySelectorAll<HTMLElement>('[part="section"]')].find((s) => clean(s.querySelector('[part="section-title"]')?.textContent) === name);
  if (!found) throw new Error(`no section "${name}"; sections: ${sectionTitles(detail).join(' | ')}`);
  return found;
}

const items = (element: Element, selector = 'li') => [...element.querySelectorAll(selector)].map((li) => clean(li.textContent));

/** The fee table's body as [rate, who, price] rows. */
const feeRows = (detail: CourseDetail) =>
  [...root(detail).querySelectorAll('[part="fee-table"] tbody tr')].map((tr) => [...tr.children].map((cell) => clean(cell.textContent)));

/** The facts as a map from term to description. */
function facts(detail: CourseDetail): Map<string, string> {
  const map = new Map<string, string>();
  for (const dt of root(detail).querySelectorAll('[part="facts"] dt')) map.set(clean(dt.textContent), clean(dt.nextElementSibling?.textContent));
  return map;
}

describe('<metropolis-course-detail>', () => {
  afterEach(() => clearJsonLd());

  describe('data sources and states', () => {
    it('renders the edition from an inline JSON script', async () => {
      const detail = await detailOf(sample());
      expect(title(detail)).to.equal('Metropolis Diploma in Internationalization for Local Authorities');
      expect(root(detail).querySelector('[part="title"]')!.tagName).to.equal('H2');
      expect(clean(root(detail).querySelector('.edition')!.textContent)).to.equal('3rd edition');
      expect(clean(root(detail).querySelector('[part="status"]')!.textContent)).to.equal('Open for applications');
      expect(clean(root(detail).querySelector('[part="badge"]')!.textContent)).to.equal('Diploma');
    });

    it('renders the edition from a static JSON file (catalog attribute)', async () => {
      const detail = await fixture<CourseDetail>(html`<metropolis-course-detail edition=${DIPLOMA} now=${DEMO_DAY} catalog="/packages/sdk/dist/catalog.json"></metropolis-course-detail>`);
      await ready(detail);
      expect(title(detail)).to.equal('Metropolis Diploma in Internationalization for Local Authorities');
      expect(feeRows(detail)).to.have.length(6);
    });

    it('renders the edition from an API server, preferred over the catalog URL and inline JSON', async () => {
      const served = sample();
      served.courses.find((c) => c.id === 'diploma-internationalization')!.title = {en: 'Served by the API'};
      const fetches = stubFetch((url) => (url === 'https://api.example.org/v1/catalog?lang=en' ? json(served) : json({title: 'Not found', status: 404}, 404)));
      try {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.innerHTML = `<metropolis-course-detail edition="${DIPLOMA}" now="${DEMO_DAY}" api="https://api.example.org" catalog="/nope.json"><script type="application/json">${inlineJson(sample())}</script></metropolis-course-detail>`;
        const detail = container.querySelector('metropolis-course-detail')!;
        await ready(detail);
        expect(fetches.calls).to.deep.equal(['https://api.example.org/v1/catalog?lang=en']);
        expect(title(detail)).to.equal('Served by the API');
      } finally {
        fetches.restore();
      }
    });

    it('shows loading (aria-busy), then an error with a retry that works; accessible in each state', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      // The client retries a 500 twice on its own: three failures reach the element.
      const fetches = stubFetch(async (_url, call) => {
        if (call === 1) await gate;
        return call <= 3 ? json({title: 'Server error', status: 500}, 500) : json(sample());
      });
      try {
        const detail = await fixture<CourseDetail>(html`<metropolis-course-detail edition=${DIPLOMA} now=${DEMO_DAY} catalog="https://static.example.org/detail-retry.json"></metropolis-course-detail>`);
        await until(() => !!root(detail).querySelector('[aria-busy="true"]'));
        expect(clean(root(detail).querySelector('[part="state"]')!.textContent)).to.equal('Loading courses…');
        await expect(detail).to.be.accessible();
        release();
        await until(() => !!root(detail).querySelector('[part="retry"]'));
        expect(clean(root(detail).querySelector('[role="alert"]')!.textContent)).to.contain('The courses could not be loaded.');
        await expect(detail).to.be.accessible();
        root(detail).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await until(() => !!root(detail).querySelector('article'));
        expect(fetches.calls).to.have.length(4);
        await expect(detail).to.be.accessible();
      } finally {
        fetches.restore();
      }
    });

    it('says so when no catalog is given', async () => {
      const detail = await fixture<CourseDetail>(html`<metropolis-course-detail edition=${DIPLOMA}></metropolis-course-detail>`);
      await ready(detail);
      expect(clean(root(detail).querySelector('[role="alert"]')!.textContent)).to.contain('No course catalog was given to this element.');
      await expect(detail).to.be.accessible();
    });

    it('says so, naming only the id, when the edition is not in the catalog, and publishes nothing', async () => {
      const detail = await detailOf(sample(), '', 'nope-2099');
      const alert = root(detail).querySelector('[part="state"][role="alert"]')!;
      expect(clean(alert.textContent)).to.equal('There is no course edition “nope-2099” in the catalog.');
      expect(root(detail).querySelector('[part="retry"]')).to.equal(null);
      expect(document.head.querySelectorAll('script[data-metropolis-edition]')).to.have.length(0);
      await expect(detail).to.be.accessible();
      detail.edition = DIPLOMA;
      await detail.updateComplete;
      expect(title(detail)).to.equal('Metropolis Diploma in Internationalization for Local Authorities');
    });
  });

  describe('the Diploma, section by section', () => {
    it('key facts: dates, place, provider, partners, supporters, deadline, last day for a refund, price', async () => {
      const detail = await detailOf(sample());
      const f = facts(detail);
      expect(f.get('Dates')).to.match(/^17\s?–\s?21 November 2025$/);
      expect(f.get('Place')).to.equal('Barcelona, Spain');
      expect(f.get('Provider')).to.equal('Metropolis Secretariat General');
      expect(f.get('In partnership with')).to.equal('University of Melbourne');
      expect(f.get('With the support of')).to.equal('Barcelona City Council');
      expect(f.get('Themes')).to.equal('Internationalization and Metropolitan governance');
      expect(f.get('Application deadline')).to.equal('16 November 2025');
      expect(f.get('Last day for a refund')).to.equal('17 October 2025');
      expect(f.get('Price')).to.equal('€660.00 Reduced fees from €0.00');
      // The brochure names no language of instruction: no empty fact.
      expect(f.has('Languages')).to.equal(false);
      expect(clean(root(detail).querySelector('[part="summary"]')!.textContent)).to.match(/^Get the skills to further your career/);
    });

    it('objective, 8 skills, 5 methodology pillars and the approach, the audience', async () => {
      const detail = await detailOf(sample());
      expect(clean(section(detail, 'Objective').querySelector('p')!.textContent)).to.match(/^This course aims to provide a foundation/);
      const skills = items(section(detail, 'Skills you will develop'));
      expect(skills).to.have.length(8);
      expect(skills[1]).to.equal('To learn how to build an international strategy');
      const methodology = section(detail, 'Methodology');
      expect(items(methodology, 'ul > li')).to.have.length(5);
      expect(items(methodology, 'ul > li')[4]).to.equal('Masterclasses delivered by experienced practitioners in international affairs');
      expect(clean(methodology.querySelector('p')!.textContent)).to.match(/^The course is designed with an applied approach/);
      const audience = section(detail, 'Who can participate?');
      const paragraphs = [...audience.querySelectorAll('p')].map((p) => clean(p.textContent));
      expect(paragraphs[0]).to.match(/^Junior and mid-career public sector professionals/);
      expect(paragraphs[1]).to.equal('The ideal participant is:');
      expect(paragraphs[2]).to.match(/^While the ideal participant will meet the above criteria/);
      expect(items(audience)).to.have.length(3);
    });

    it('5 lessons as headings one level below the sections, evaluation and the certificate', async () => {
      const detail = await detailOf(sample());
      const lessons = section(detail, 'Course content');
      const titles = [...lessons.querySelectorAll('[part="lesson-title"]')];
      expect(titles.map((h) => h.tagName)).to.deep.equal(['H4', 'H4', 'H4', 'H4', 'H4']);
      expect(clean(titles[4]!.textContent)).to.equal('Lesson 5: Communicating the value of international engagement');
      expect(lessons.querySelectorAll('li p')).to.have.length(5);
      const evaluation = section(detail, 'Evaluation and certification');
      expect(items(evaluation)).to.have.length(3);
      expect(clean(evaluation.querySelector('p:last-of-type')!.textContent)).to.equal('Once these requirements have been met, participants will receive a certificate of completion for the course.');
    });

    it('9 included and 5 not included, the accommodation note, and the registration process in order', async () => {
      const detail = await detailOf(sample());
      const included = items(section(detail, 'What is included'));
      expect(included).to.have.length(9);
      expect(included).to.include('A 10-trip public transportation card');
      const notIncluded = items(section(detail, 'What is not included'));
      expect(notIncluded).to.have.length(5);
      expect(notIncluded[1]).to.equal('Accommodation (see note)');
      expect(clean(root(detail).querySelector('.inclusions + p.note')!.textContent)).to.match(/^Accommodation: we will provide participants with a list of hotels/);
      const registration = section(detail, 'Registration and admission');
      expect(registration.querySelector('ol')).to.not.equal(null);
      expect(items(registration)).to.have.length(3);
      expect(items(registration)[2]).to.match(/guaranteed only upon receipt of full payment\.$/);
    });

    it('the fee table: a real table with caption and scoped headers, prices from the schedule, right-aligned', async () => {
      const detail = await detailOf(sample());
      const table = root(detail).querySelector<HTMLTableElement>('table[part="fee-table"]')!;
      expect(clean(table.caption!.textContent)).to.equal('Registration fees per participant');
      expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), clean(th.textContent)])).to.deep.equal([
        ['col', 'Rate'],
        ['col', 'Who pays it'],
        ['col', 'Price'],
      ]);
      expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect(feeRows(detail)).to.deep.equal([
        ['List price', 'Non-members', '€660.00'],
        ['Member rate', 'Members up to date with their 2024 contributions: 50% off', '€330.00'],
        ['Special fee', 'Members from low-income countries: 100% off', '€0.00'],
        ['Special fee', 'Members from middle-income countries: 50% off', '€165.00'],
        ['Group registration', 'Non-members, 2 or more from the same organization: 8% off each', '€607.20'],
        ['Group registration', 'Members, 2 or more from the same organization: 8% off each', '€303.60'],
      ]);
      for (const cell of table.querySelectorAll('.price')) expect(['right', 'end']).to.include(getComputedStyle(cell).textAlign);
      const notes = items(section(detail, 'Registration fees'), '[part="notes"] li');
      expect(notes[0]).to.equal('Special fee: up to 3 places in total.');
      expect(notes[1]).to.equal('Some discounts may apply for early bird registrations; no rate or date has been published.');
      expect(notes[2]).to.match(/World Bank’s classification for 2024-2025/);
    });

    it('the cancellation policy in sentences, with its terms', async () => {
      const detail = await detailOf(sample());
      const policy = section(detail, 'Cancellation policy');
      expect(items(policy, '[part="policy"] li')).to.deep.equal([
        'Cancellations received on or before 17 October 2025 are refunded 75% of the amount paid.',
        'From 18 October 2025 no cancellation is accepted.',
      ]);
      const terms = [...policy.querySelectorAll('p')].map((p) => clean(p.textContent));
      expect(terms).to.have.length(2);
      expect(terms[0]).to.match(/^Cancellations must be informed in writing/);
      expect(terms[1]).to.match(/bank fees associated with the refund\.$/);
    });

    it('the testimonial, quoted and attributed', async () => {
      const detail = await detailOf(sample());
      const figure = section(detail, 'What participants say').querySelector('figure[part="testimonial"]')!;
      expect(clean(figure.querySelector('blockquote')!.textContent)).to.match(/^The practical nature of the course is very appreciated/);
      expect(clean(figure.querySelector('figcaption')!.textContent)).to.equal('Thuthuka Mzimela Unit Head: Integrated and Community Based Planning, City of Johannesburg Metropolitan Municipality');
    });

    it('puts every section in brochure order, headings never skipping a level, from heading-level', async () => {
      const detail = await detailOf(sample(), 'heading-level="3"');
      expect(sectionTitles(detail)).to.deep.equal([
        'Objective',
        'Skills you will develop',
        'Methodology',
        'Who can participate?',
        'Course content',
        'Evaluation and certification',
        'What is included',
        'What is not included',
        'Registration and admission',
        'Registration fees',
        'Cancellation policy',
        'What participants say',
      ]);
      const levels = [...root(detail).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      expect(levels[0]).to.equal(3);
      levels.slice(1).forEach((level, i) => expect(level - levels[i]!).to.be.at.most(1));
      expect(Math.max(...levels)).to.equal(5);
      await expect(detail).to.be.accessible();
    });
  });

  describe('a schedule of other rules', () => {
    /** The sample catalog with the Diploma priced by a partner's schedule: early bird, a fixed price, two refund tiers. */
    function partnerCatalog(): Catalog {
      const catalog = sample();
      const schedule = catalog.feeSchedules.find((s) => s.id === 'diploma-internationalization-2025-fees')!;
      schedule.listPrice = 45000;
      schedule.rules = [
        {id: 'early', kind: 'early-bird', percent: 15, lastDay: '2025-10-31'},
        {id: 'partner', kind: 'fixed-price', category: 'partner-staff', price: 15000, label: {en: 'Partner staff', fr: 'Personnel partenaire'}},
      ];
      schedule.refundPolicy = {tiers: [{daysBeforeStart: 60, percent: 100}, {daysBeforeStart: 14, percent: 50}], afterLastTier: 'no-refund'};
      delete schedule.notes;
      return catalog;
    }

    it('words early birds, fixed prices and several refund tiers; no member split without a member rate', async () => {
      const detail = await detailOf(partnerCatalog());
      expect(feeRows(detail)).to.deep.equal([
        ['List price', 'All participants', '€450.00'],
        ['Early bird', 'Participants applying by 31 October 2025: 15% off', '€382.50'],
        ['Partner staff', 'Participants in this category', '€150.00'],
      ]);
      expect(root(detail).querySelector('[part="notes"]')).to.equal(null);
      expect(items(section(detail, 'Cancellation policy'), '[part="policy"] li')).to.deep.equal([
        'Cancellations received on or before 17 September 2025 are refunded 100% of the amount paid.',
        'Cancellations received from 18 September 2025 to 2 November 2025 are refunded 50% of the amount paid.',
        'From 3 November 2025 cancellations are accepted but nothing is refunded.',
      ]);
      expect(facts(detail).get('Last day for a refund')).to.equal('2 November 2025');
      await expect(detail).to.be.accessible();
    });

    it('drops an early bird once it is over', async () => {
      const detail = await detailOf(partnerCatalog(), '', DIPLOMA, '2025-11-01');
      expect(feeRows(detail).map((row) => row[0])).to.deep.equal(['List price', 'Partner staff']);
    });
  });

  describe('an edition with little data', () => {
    it('a MITI 2014 workshop with only a title and summary renders no empty section', async () => {
      const detail = await detailOf(sample(), '', 'miti-water-supplies-2014');
      expect(title(detail)).to.equal('MITI Training Workshop on Water Supplies');
      expect(root(detail).querySelectorAll('[part="section"]')).to.have.length(0);
      expect(root(detail).querySelector('table')).to.equal(null);
      expect(root(detail).querySelector('[part="actions"]')).to.equal(null);
      expect(root(detail).querySelector('.edition')).to.equal(null);
      const f = facts(detail);
      expect([...f.keys()]).to.deep.equal(['Dates', 'Place', 'Provider', 'Themes', 'Price']);
      expect(f.get('Price')).to.equal('Fee to be announced');
      expect(clean(root(detail).querySelector('[part="status"]')!.textContent)).to.equal('Past');
      for (const element of root(detail).querySelectorAll('ul, ol, p, dd')) expect(clean(element.textContent), element.outerHTML).to.not.equal('');
      await expect(detail).to.be.accessible();
    });

    it('shows the edition’s notes, and dates to be confirmed without a calendar button', async () => {
      const mexico = await detailOf(sample(), '', 'miti-overweight-obesity-policies-2014');
      expect(clean(root(mexico).querySelector('[part="notes"]')!.textContent)).to.match(/read here as 29 July to 1 August 2014/);
      const mashhad = await detailOf(sample(), '', 'miti-gis-urban-planning-2014', '2014-09-01');
      expect(facts(mashhad).get('Dates')).to.equal('October 2014, dates to be confirmed');
      expect(root(mashhad).querySelector('[part="calendar"]')).to.equal(null);
    });
  });

  describe('actions', () => {
    it('links Apply to the application page with the edition', async () => {
      const detail = await detailOf(sample(), 'apply-href="/apply"');
      const link = root(detail).querySelector<HTMLAnchorElement>('a[part="apply"]')!;
      const url = new URL(link.href);
      expect(url.pathname + url.search).to.equal('/apply?edition=diploma-internationalization-2025');
      expect(link.getAttribute('aria-label')).to.equal('Apply for Metropolis Diploma in Internationalization for Local Authorities');
    });

    it('without apply-href, Apply fires a cancelable metropolis-apply event; none once applications close', async () => {
      const detail = await detailOf(sample());
      const button = root(detail).querySelector<HTMLButtonElement>('button[part="apply"]')!;
      setTimeout(() => button.click());
      const event = (await oneEvent(detail, ApplyEvent.eventName)) as unknown as ApplyEvent;
      expect(event).to.be.instanceOf(ApplyEvent);
      expect([event.editionId, event.courseId]).to.deep.equal([DIPLOMA, 'diploma-internationalization']);
      expect(event.cancelable && event.composed && event.bubbles).to.equal(true);
      const closed = await detailOf(sample(), '', DIPLOMA, '2025-11-17');
      expect(root(closed).querySelector('[part="apply"]')).to.equal(null);
      expect(clean(root(closed).querySelector('[part="status"]')!.textContent)).to.equal('In progress');
    });

    it('offers a valid iCalendar file for the edition', async () => {
      const detail = await detailOf(sample());
      const file = await captureDownload(() => root(detail).querySelector<HTMLButtonElement>('button[part="calendar"]')!.click());
      expect(file.type).to.contain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await file.text()));
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(event.summary).to.equal('Metropolis Diploma in Internationalization for Local Authorities');
      expect(event.startDate.toString()).to.equal('2025-11-17');
      expect(event.endDate.toString()).to.equal('2025-11-22');
      expect(event.location).to.equal('Barcelona, Spain');
      expect(event.uid).to.equal('diploma-internationalization-2025@metropolis-training');
    });
  });

  describe('structured data', () => {
    it('writes one JSON-LD Course for the edition, even with a list showing it on the same page', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const data = inlineJson(sample());
      container.innerHTML = `<metropolis-course-list now="${DEMO_DAY}"><script type="application/json">${data}</script></metropolis-course-list>
        <metropolis-course-detail edition="${DIPLOMA}" now="${DEMO_DAY}"><script type="application/json">${data}</script></metropolis-course-detail>`;
      const detail = container.querySelector('metropolis-course-detail')!;
      await ready(detail);
      await until(() => !!container.querySelector('metropolis-course-list')!.shadowRoot?.querySelector('[part="card"]'));
      const scripts = document.head.querySelectorAll(`script[type="application/ld+json"][data-metropolis-edition="${DIPLOMA}"]`);
      expect(scripts).to.have.length(1);
      const doc = JSON.parse(scripts[0]!.textContent!);
      expect(doc['@type']).to.equal('Course');
      expect(doc.name).to.equal('Metropolis Diploma in Internationalization for Local Authorities');
      expect(doc.provider.name).to.equal('Metropolis Secretariat General');
      expect(doc.offers).to.include({price: '660.00', priceCurrency: 'EUR', availability: 'https://schema.org/InStock', validThrough: '2025-11-16'});
      expect(doc.hasCourseInstance[0]).to.include({'@type': 'CourseInstance', courseMode: 'onsite', startDate: '2025-11-17', endDate: '2025-11-21'});
      expect(doc.educationalCredentialAwarded).to.match(/^Once these requirements have been met/);
    });
  });

  describe('hostile catalog', () => {
    it('renders markup in catalog text as text, runs nothing, and keeps the JSON-LD right', async () => {
      const detail = await detailOf(hostileCatalog());
      const shadow = root(detail);
      expect(shadow.querySelector('img')).to.equal(null);
      expect(shadow.querySelector('script')).to.equal(null);
      expect(title(detail)).to.equal('<img src=x onerror="window.__pwned=true"> Diploma');
      expect(clean(shadow.querySelector('[part="summary"]')!.textContent)).to.equal('<script>window.__pwned=true</script><img src=x onerror="window.__pwned=true">');
      expect(facts(detail).get('Provider')).to.equal('<img src=x onerror="window.__pwned=true"> Secretariat');
      expect((window as any).__pwned).to.equal(undefined);
      const ld = document.head.querySelector(`script[data-metropolis-edition="${DIPLOMA}"]`)!;
      const doc = JSON.parse(ld.textContent!);
      expect(doc.name).to.equal('<img src=x onerror="window.__pwned=true"> Diploma');
      expect(doc.description).to.equal('<script>window.__pwned=true</script><img src=x onerror="window.__pwned=true">');
      expect(document.head.querySelector('img')).to.equal(null);
      await expect(detail).to.be.accessible();
    });
  });

  describe('languages', () => {
    it('switches to French, then Spanish, at run time', async () => {
      const detail = await detailOf(sample());
      detail.setAttribute('lang', 'fr');
      await until(() => title(detail) === 'Diplôme Metropolis en internationalisation des autorités locales');
      expect(clean(root(detail).querySelector('.edition')!.textContent)).to.equal('3e édition');
      expect(sectionTitles(detail)).to.include.members(['Objectif', 'Contenu du cours', 'Frais d’inscription', 'Conditions d’annulation']);
      expect(facts(detail).get('Lieu')).to.equal('Barcelone, Espagne');
      expect(facts(detail).get('Dernier jour pour un remboursement')).to.equal('17 octobre 2025');
      expect(feeRows(detail)[4]).to.deep.equal(['Inscription de groupe', 'Non-membres, à partir de 2 personnes de la même organisation : 8 % de réduction chacun', '607,20 €']);
      expect(items(section(detail, 'Conditions d’annulation'), '[part="policy"] li')[0]).to.equal(
        'Les annulations reçues au plus tard le 17 octobre 2025 sont remboursées à hauteur de 75 % du montant payé.',
      );
      // Catalog text published only in English is marked as English for screen readers.
      expect(section(detail, 'Compétences développées').querySelector('li')!.getAttribute('lang')).to.equal('en');
      expect(section(detail, 'Objectif').querySelector('p')!.hasAttribute('lang')).to.equal(false);

      detail.setAttribute('lang', 'es');
      await until(() => title(detail) === 'Diploma Metropolis en Internacionalización para Autoridades Locales');
      expect(clean(root(detail).querySelector('.edition')!.textContent)).to.equal('3.ª edición');
      expect(feeRows(detail)[3]).to.deep.equal(['Tarifa especial', 'Miembros de países de ingreso mediano: 50 % de descuento', '165,00 €']);
      expect(items(section(detail, 'Política de cancelación'), '[part="policy"] li')[1]).to.equal('A partir del 18 de octubre de 2025 no se acepta ninguna cancelación.');
      expect(clean(root(detail).querySelector('[part="apply"]')!.textContent)).to.equal('Inscribirse');
    });

    it('says at the top when some or all of the course is described in English only, in the page language (issue 12)', async () => {
      const notice = (detail: CourseDetail) => clean(root(detail).querySelector('[part="language-notice"]')?.textContent) || null;
      const detail = await detailOf(sample());
      expect(notice(detail), 'never in English').to.equal(null);
      detail.setAttribute('lang', 'fr');
      await until(() => title(detail).startsWith('Diplôme'));
      // The Diploma's title and objective have French, its skills do not.
      expect(notice(detail)).to.equal('Certaines parties de cette formation ne sont décrites qu’en anglais.');
      expect(root(detail).querySelector('[part="header"] [part="language-notice"]')).to.exist;
      detail.setAttribute('lang', 'es');
      await until(() => title(detail).startsWith('Diploma Metropolis'));
      expect(notice(detail)).to.equal('Algunas partes de esta formación solo están descritas en inglés.');
      // A course with no text in the page language at all.
      // Every localized text of the catalog reduced to its English.
      const englishOnly = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(englishOnly);
        if (!value || typeof value !== 'object') return value;
        if (typeof (value as {en?: unknown}).en === 'string' && Object.values(value).every((v) => typeof v === 'string')) return {en: (value as {en: string}).en};
        return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, englishOnly(v)]));
      };
      const english = englishOnly(sample()) as Catalog;
      const onlyEnglish = await detailOf(english, 'lang="es"');
      await until(() => notice(onlyEnglish) !== null);
      expect(notice(onlyEnglish)).to.equal('Esta formación solo está descrita en inglés.');
      await expect(onlyEnglish).to.be.accessible();
    });

    it('speaks Arabic around English catalog text, which it marks and announces, with no axe violation', async () => {
      const detail = await detailOf(sample(), 'lang="ar"');
      const notice = () => clean(root(detail).querySelector('[part="language-notice"]')?.textContent);
      await until(() => notice() !== '');
      // The sample catalog has no Arabic text: the course is described in English, and says so.
      expect(notice()).to.equal('هذه الدورة موصوفة باللغة الإنجليزية فقط.');
      expect(title(detail)).to.equal('Metropolis Diploma in Internationalization for Local Authorities');
      expect(root(detail).querySelector('[part="title"]')!.getAttribute('lang')).to.equal('en');
      // Prices and dates through Intl for ar.
      expect(clean(root(detail).querySelector('table')!.textContent)).to.contain(clean(new Intl.NumberFormat('ar', {style: 'currency', currency: 'EUR'}).format(660)));
      expect(getComputedStyle(root(detail).querySelector('[part="base"]')!).direction).to.equal('rtl');
      // An English paragraph keeps its own direction in the Arabic page: its full stop at its end, its start at the left.
      const summary = root(detail).querySelector<HTMLElement>('[part="summary"]')!;
      expect(getComputedStyle(summary).direction).to.equal('ltr');
      await expect(detail).to.be.accessible();
    });

    it('is accessible in French and Spanish, loaded and not found', async () => {
      for (const lang of ['fr', 'es']) {
        const detail = await detailOf(sample(), `lang="${lang}"`);
        await until(() => !title(detail).startsWith('Metropolis Diploma'));
        await expect(detail).to.be.accessible();
        const missing = await detailOf(sample(), `lang="${lang}"`, 'nope-2099');
        await until(() => !clean(root(missing).querySelector('[part="state"]')!.textContent).startsWith('There is'));
        expect(clean(root(missing).querySelector('[part="state"]')!.textContent)).to.contain('nope-2099');
        await expect(missing).to.be.accessible();
      }
    });
  });

  describe('keyboard', () => {
    it('Tab reaches Apply then "Add to calendar"; Enter applies, Space downloads the calendar', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
      container.insertAdjacentHTML('beforeend', `<metropolis-course-detail edition="${DIPLOMA}" now="${DEMO_DAY}"><script type="application/json">${inlineJson(sample())}</script></metropolis-course-detail>`);
      const detail = container.querySelector('metropolis-course-detail')!;
      await ready(detail);
      // The page handles applying itself: no dialog opens over the page.
      detail.addEventListener(ApplyEvent.eventName, (e) => e.preventDefault());
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      expect(root(detail).activeElement?.getAttribute('part')).to.equal('apply');
      setTimeout(() => sendKeys({press: 'Enter'}));
      const event = (await oneEvent(detail, ApplyEvent.eventName)) as unknown as ApplyEvent;
      expect(event.editionId).to.equal(DIPLOMA);
      await sendKeys({press: 'Tab'});
      expect(root(detail).activeElement?.getAttribute('part')).to.equal('calendar');
      const file = await captureDownload(() => sendKeys({press: ' '}));
      expect(await file.text()).to.contain('DTSTART;VALUE=DATE:20251117');
    });

    it('Enter on the apply link activates it', async () => {
      const detail = await detailOf(sample(), 'apply-href="/apply"');
      const link = root(detail).querySelector<HTMLAnchorElement>('a[part="apply"]')!;
      const followed: string[] = [];
      // Record the activation instead of leaving the test page.
      link.addEventListener('click', (event) => {
        event.preventDefault();
        followed.push(link.href);
      });
      link.focus();
      await sendKeys({press: 'Enter'});
      await until(() => followed.length > 0);
      expect(new URL(followed[0]!).search).to.equal('?edition=diploma-internationalization-2025');
    });

    it('Enter on Try again reloads the catalog', async () => {
      const fetches = stubFetch((_url, call) => (call <= 3 ? json({title: 'Server error', status: 500}, 500) : json(sample())));
      try {
        const detail = await fixture<CourseDetail>(html`<metropolis-course-detail edition=${DIPLOMA} now=${DEMO_DAY} catalog="https://static.example.org/detail-keyboard.json"></metropolis-course-detail>`);
        await until(() => !!root(detail).querySelector('[part="retry"]'));
        root(detail).querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
        await sendKeys({press: 'Enter'});
        await until(() => !!root(detail).querySelector('article'));
        expect(title(detail)).to.equal('Metropolis Diploma in Internationalization for Local Authorities');
      } finally {
        fetches.restore();
      }
    });
  });
});
