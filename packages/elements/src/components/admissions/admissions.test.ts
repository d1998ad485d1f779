// <metropolis-admissions> without a server: the sign-in form's own checks, languages, text
// rendered as text, the CSV export, with a stubbed fetch answering like the admin routes.
import {expect, fixture, html} from '@open-wc/testing';
import {quote, sampleCatalog, scheduleFor, type Application} from '@metropolis-training/sdk';
import '../../define/admissions.js';
import {captureDownload, json, stubFetch, until} from '../../test-support/catalogs.js';
import type {Admissions} from './admissions.js';

const DIPLOMA = 'diploma-internationalization-2025';
const TOKEN = 'a-good-token-0123456789';

const application: Application = {
  id: '6f1e8a52-3c1f-4c3e-9d8e-1a2b3c4d5e6f',
  reference: 'MT-2025-0042',
  editionId: DIPLOMA,
  status: 'invoiced',
  submittedAt: '2025-09-15T08:00:00.000Z',
  updatedAt: '2025-09-16T08:00:00.000Z',
  lang: 'en',
  applicant: {givenName: '<script>alert(1)</script>', familyName: 'Haddad', email: 'amina@example.org', organization: '<b>Cairo</b>', position: 'Officer', city: 'Cairo', country: 'EG', careerStage: 'mid-career'},
  groupMembers: [],
  membershipClaim: {claim: 'member', memberName: 'Cairo Governorate'},
  membership: 'non-member',
  motivation: '<img src=x onerror=alert(1)>',
  consent: {privacy: true},
  quote: quote(scheduleFor(sampleCatalog, DIPLOMA)!, {date: '2025-09-15', membership: 'non-member', country: 'EG'}),
  history: [
    {status: 'submitted', at: '2025-09-15T08:00:00.000Z'},
    {status: 'under-review', at: '2025-09-15T09:00:00.000Z', by: 'alice', from: 'submitted'},
    {status: 'admitted', at: '2025-09-15T10:00:00.000Z', by: 'alice', from: 'under-review'},
    {status: 'invoiced', at: '2025-09-16T08:00:00.000Z', by: 'bob', from: 'admitted', note: '<i>sent</i>'},
  ],
  invoice: {number: '2025-0007', issuedOn: '2025-09-16', url: '/v1/invoices/6f1e?key=secret'},
};

const counts = {submitted: 3, 'under-review': 1, admitted: 10, invoiced: 1, paid: 1, rejected: 0, withdrawn: 0, cancelled: 0};

/** Answers like the admin routes; a wrong token gets 401. */
function fakeServer(): {calls: string[]; restore: () => void} {
  return stubFetch((url) => {
    const path = new URL(url).pathname;
    if (path.endsWith('/v1/admin/me')) return json({name: 'alice'});
    if (path.endsWith('/v1/admin/editions')) return json({items: [{editionId: DIPLOMA, courseTitle: 'Diploma in Internationalization', start: '2025-11-17', capacity: 30, counts, specialFee: {quota: 3, used: 2}}]});
    if (path.endsWith('/v1/admin/applications.csv')) return new Response('reference,status\nMT-2025-0042,invoiced\n', {headers: {'content-type': 'text/csv'}});
    if (path.endsWith('/v1/admin/applications')) return json({items: [application], total: 1});
    if (path.endsWith(`/v1/admin/applications/${application.id}`)) return new Response(JSON.stringify(application), {headers: {'content-type': 'application/json', etag: '"1"'}});
    return json({title: 'Not found', status: 404}, 404);
  });
}

const mount = (lang = 'en') => fixture<Admissions>(html`<metropolis-admissions api="https://training.example/" lang=${lang}></metropolis-admissions>`);
const $ = <T extends HTMLElement = HTMLElement>(el: Admissions, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Admissions, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function signIn(el: Admissions, token: string): Promise<void> {
  $<HTMLInputElement>(el, 'input[name=token]')!.value = token;
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await until(() => !!$(el, 'nav') || !!$(el, '.field-error'), 600);
  await el.updateComplete;
}

describe('<metropolis-admissions>', () => {
  let server: ReturnType<typeof fakeServer> | undefined;
  afterEach(() => {
    server?.restore();
    server = undefined;
    sessionStorage.clear();
  });

  it('checks the token before sending it: required, then at least 16 characters', async () => {
    server = fakeServer();
    const el = await mount();
    const token = $<HTMLInputElement>(el, 'input[name=token]')!;
    expect(token.type).to.equal('password');
    expect(token.autocomplete).to.equal('off');
    expect(text(el, 'label[for="' + token.id + '"]')).to.equal('Admin token');
    await signIn(el, '');
    expect(text(el, '.field-error')).to.equal('Enter your admin token');
    expect(el.shadowRoot!.activeElement).to.equal(token);
    await signIn(el, 'short');
    expect(text(el, '.field-error')).to.equal('An admin token has at least 16 characters');
    expect(token.getAttribute('aria-describedby')).to.equal($(el, '.field-error')!.id);
    expect(server.calls).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the edition’s counts against capacity and quota, the list, and an application as text', async () => {
    server = fakeServer();
    const el = await mount();
    await signIn(el, TOKEN);
    expect(server.calls.every((url) => url.startsWith('https://training.example/v1/admin/'))).to.equal(true);
    const picker = $<HTMLSelectElement>(el, 'select[name=edition]')!;
    await until(() => picker.options.length > 1);
    picker.value = DIPLOMA;
    picker.dispatchEvent(new Event('change'));
    await until(() => !!$(el, '[data-edition-summary]'));
    expect(text(el, '[data-edition-summary]')).to.equal('12 admitted of 30 places · special fees 2 of 3');
    await until(() => text(el, '[data-count]') === '1 of 1 applications');
    const incomeOptions = [...$<HTMLSelectElement>(el, 'select[name=incomeGroup]')!.options].map((o) => o.textContent);
    expect(incomeOptions).to.deep.equal(['Any', 'Low income', 'Lower-middle income', 'Upper-middle income', 'High income', 'Not classified']);
    expect(el.shadowRoot!.querySelector('script, b, img')).to.equal(null);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, 'tbody th button')!.click();
    await until(() => !!$(el, '[data-current-status]'));
    expect(text(el, '[data-view-heading]')).to.equal('Application MT-2025-0042');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-view-heading]'));
    expect(el.shadowRoot!.querySelector('script, b, img, i')).to.equal(null);
    expect(text(el, '.motivation')).to.equal('<img src=x onerror=alert(1)>');
    // Codes read as words: country, career stage, language, the claim and the registry's decision.
    const facts = Object.fromEntries([...el.shadowRoot!.querySelectorAll('dl.facts > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    expect(facts).to.include({City: 'Cairo, Egypt (EG)', 'Career stage': 'Mid-career', Language: 'English', 'Membership claimed': 'Member · Cairo Governorate', 'Registry decision': 'Not a member'});
    // Only the moves the lifecycle allows from invoiced.
    expect([...el.shadowRoot!.querySelectorAll('[data-action]')].map((b) => b.getAttribute('data-action'))).to.deep.equal(['paid', 'cancelled']);
    const invoice = $<HTMLAnchorElement>(el, '[data-invoice]')!;
    expect(invoice.href).to.equal('https://training.example/v1/invoices/6f1e?key=secret');
    expect(invoice.rel).to.equal('noopener');
    const by = [...el.shadowRoot!.querySelectorAll('[data-history] tbody tr')].map((tr) => tr.children[2]!.textContent);
    expect(by).to.deep.equal(['', 'alice', 'alice', 'bob']);
    await expect(el).to.be.accessible();
  });

  it('exports the current filter as CSV, sent with the token', async () => {
    server = fakeServer();
    const el = await mount();
    await signIn(el, TOKEN);
    const exportButton = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Export CSV')!;
    const blob = await captureDownload(() => exportButton.click());
    expect(await blob.text()).to.contain('MT-2025-0042');
    expect(server.calls.some((url) => url.includes('/v1/admin/applications.csv'))).to.equal(true);
  });

  for (const [lang, heading, dir] of [['fr', 'Connexion aux admissions', 'ltr'], ['es', 'Acceso a admisiones', 'ltr'], ['ar', 'تسجيل الدخول إلى القبول', 'rtl']] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await mount(lang);
      await until(() => text(el, '[data-view-heading]') === heading);
      expect(getComputedStyle(el).direction).to.equal(dir);
      await expect(el).to.be.accessible();
    });
  }
});
