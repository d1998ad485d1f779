import {expect} from '@open-wc/testing';
import '../../define/activity-proposal.js';
import type {ProposalSubmittedEvent} from '../../events/proposal-submitted-event.js';
import {json, until} from '../../test-support/catalogs.js';
import {$, button, check, click, errorOf, errorsShown, field, fillProposal, mountProposal, submit, summaryLinks, type} from '../../test-support/proposal-driver.js';
import type {ActivityProposal} from './activity-proposal.js';

const receipt = {id: '6f1d3c2a-1111-4222-8333-444455556666', reference: 'MP-2026-0001', status: 'received', receivedAt: '2026-12-05T10:00:00Z'};

/** Replaces fetch: answers POST /v1/proposals with `answer`, the member list with an empty list; records each proposal request. */
function stubServer(answer: (call: number) => Response | Promise<Response>) {
  const original = window.fetch;
  const posts: {key: string | null; body: unknown}[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.url.endsWith('/v1/members')) return json({items: []});
    posts.push({key: request.headers.get('idempotency-key'), body: await request.clone().json()});
    return answer(posts.length);
  };
  return {posts, restore: () => (window.fetch = original)};
}

describe('<metropolis-activity-proposal>', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    localStorage.clear();
  });

  it('renders each section with real labels, the catalog’s theme words and a hidden honeypot, and no format’s own fields until one is chosen', async () => {
    const form = await mountProposal();
    expect($(form, 'h2').textContent).to.equal('Propose a learning activity');
    const legends = [...form.shadowRoot!.querySelectorAll('form > fieldset > legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['About you', 'The activity', 'Partners and co-organizers', 'What you offer', 'Consent']);
    expect(field(form, 'email').getAttribute('autocomplete')).to.equal('email');
    expect(field(form, 'country').getAttribute('role')).to.equal('combobox');
    expect(field(form, 'periodStart').type).to.be.oneOf(['month', 'text']);
    const themeLabels = [...form.shadowRoot!.querySelectorAll('input[data-field="themes"]')].map((i) => i.closest('label')!.textContent!.trim());
    expect(themeLabels).to.have.length(20);
    expect(themeLabels).to.include.members(['Mobility', 'Water', 'Urban planning']);
    const honeypot = $<HTMLInputElement>(form, 'input[name="website"]');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(form.shadowRoot!.querySelector('[id$="-speaker-0-name"], [id$="-region"]')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('shows a webinar’s speakers (one row to start, add and remove) and a Learning Hub’s plan, each only for its format', async () => {
    const form = await mountProposal();
    await check(form, 'format', 'webinar');
    expect(field(form, 'speaker-0-name')).to.exist;
    await click(form, field<HTMLButtonElement>(form, 'add-speaker'));
    expect(form.shadowRoot!.activeElement?.id).to.match(/-speaker-1-name$/);
    await click(form, button(form, 'Remove speaker 1'));
    expect(form.shadowRoot!.querySelectorAll('[id*="-speaker-"][id$="-name"]')).to.have.length(1);
    expect(form.shadowRoot!.activeElement?.id).to.match(/-add-speaker$/);
    expect($(form, '[part="base"] > [role="status"]').textContent).to.equal('Speaker 1 removed.');
    await check(form, 'format', 'learning-hub');
    expect(form.shadowRoot!.querySelector('[id$="-speaker-0-name"]')).to.equal(null);
    for (const name of ['priorityTheme', 'region', 'scope', 'partnerInstitutions', 'year1', 'year2', 'year3']) expect(field(form, name), name).to.exist;
    expect([...field<HTMLSelectElement>(form, 'priorityTheme').options].map((o) => o.textContent)).to.include('Water');
    await expect(form).to.be.accessible();
    await check(form, 'format', 'in-person');
    expect(form.shadowRoot!.querySelector('[id$="-region"], [id$="-speaker-0-name"]')).to.equal(null);
    await click(form, field<HTMLButtonElement>(form, 'add-partner'));
    expect(field(form, 'partner-0-name')).to.exist;
    expect(field<HTMLSelectElement>(form, 'partner-0-role').value).to.equal('partner');
  });

  it('on submit lists every problem in the order of the form, takes focus, and each link focuses its field', async () => {
    const form = await mountProposal();
    await check(form, 'format', 'learning-hub');
    await submit(form);
    const summary = $(form, '[part="error-summary"]');
    expect(form.shadowRoot!.activeElement === summary, 'focus on the summary').to.be.true;
    expect(summaryLinks(form)).to.deep.equal([
      'Enter your given name',
      'Enter your family name',
      'Enter your email address',
      'Enter the organization you work for',
      'Enter your position in your organization',
      'Enter the city where you work',
      'Choose the country where you work',
      'Say whether your organization is a Metropolis member',
      'Enter a title for the activity',
      'Choose at least one theme',
      'Summarize the activity',
      'Enter the learning objectives',
      'Choose at least one audience',
      'Choose at least one career stage',
      'Choose at least one language',
      'Enter the month the activity could start',
      'Enter how long the activity lasts',
      'Enter how many participants you expect',
      'Choose the hub’s priority theme',
      'Enter the region the hub serves',
      'Choose the hub’s scope',
      'Name at least one partner institution',
      'Outline the first year',
      'Outline the second year',
      'Outline the third year',
      'Agree to the processing of your personal data to send a proposal',
    ]);
    const links = [...summary.querySelectorAll('a')];
    links[9]!.click();
    expect(form.shadowRoot!.activeElement?.getAttribute('data-field')).to.equal('themes');
    links[6]!.click();
    expect(form.shadowRoot!.activeElement === field(form, 'country')).to.be.true;
    await expect(form).to.be.accessible();
  });

  const words = {
    en: {summary: 'There is a problem', format: 'Choose the format of the activity', email: 'Enter an email address like name@city.gov', end: 'Enter a month that is not before the start, written YYYY-MM', speakers: 'Add at least one speaker for a webinar', participants: 'Enter a whole number from 1 to 10000', themes: 'Choose at most 5', title: 'Use at most 200 characters'},
    fr: {summary: 'Il y a un problème', format: 'Choisissez le format de l’activité', email: 'Saisissez une adresse e-mail comme nom@ville.gouv.fr', end: 'Saisissez un mois qui n’est pas avant le début, au format AAAA-MM', speakers: 'Ajoutez au moins un intervenant pour un webinaire', participants: 'Saisissez un nombre entier de 1 à 10000', themes: 'Choisissez-en au plus 5', title: 'Utilisez au plus 200 caractères'},
    es: {summary: 'Hay un problema', format: 'Elija el formato de la actividad', email: 'Escriba un correo como nombre@ciudad.gob', end: 'Escriba un mes que no sea anterior al inicio, en formato AAAA-MM', speakers: 'Añada al menos un ponente para un webinario', participants: 'Escriba un número entero de 1 a 10000', themes: 'Elija como máximo 5', title: 'Use como máximo 200 caracteres'},
    ar: {summary: 'توجد مشكلة', format: 'اختر شكل النشاط', email: 'أدخل عنوان بريد إلكتروني مثل name@city.gov', end: 'أدخل شهرًا لا يسبق البداية، بالصيغة YYYY-MM', speakers: 'أضف متحدثًا واحدًا على الأقل للندوة عبر الإنترنت', participants: null, themes: null, title: null},
  } as const;
  for (const [lang, w] of Object.entries(words)) {
    it(`says how to fix each field in ${lang}: format, email, a period that ends before it starts, a webinar without speakers, participants, too many themes, a long title`, async () => {
      const form = await mountProposal('', lang);
      await submit(form);
      expect($(form, '[part="error-summary"] h3').textContent).to.equal(w.summary);
      expect(errorOf(form, 'format')).to.equal(w.format);
      await type(form, field(form, 'email'), 'lucia@');
      expect(errorOf(form, 'email')).to.equal(w.email);
      await type(form, field(form, 'periodStart'), '2027-05');
      await type(form, field(form, 'periodEnd'), '2027-02');
      expect(errorOf(form, 'periodEnd')).to.equal(w.end);
      await check(form, 'format', 'webinar');
      await click(form, $(form, '.row-group button'));
      expect(errorOf(form, 'speakers')).to.equal(w.speakers);
      if (w.participants) {
        await type(form, field(form, 'expectedParticipants'), '0');
        expect(errorOf(form, 'expectedParticipants')).to.equal(w.participants);
      }
      if (w.themes) {
        for (const theme of ['climate', 'water', 'mobility', 'housing', 'tax', 'gis']) await check(form, 'themes', theme);
        expect(errorOf(form, 'themes')).to.equal(w.themes);
      }
      if (w.title) {
        await type(form, field(form, 'title'), 'x'.repeat(201));
        expect(errorOf(form, 'title')).to.equal(w.title);
      }
      await expect(form).to.be.accessible();
    });
  }

  it('runs right to left in Arabic', async () => {
    const form = await mountProposal('', 'ar');
    expect(getComputedStyle($(form, '[part="base"]')).direction).to.equal('rtl');
    expect($(form, 'h2').textContent).to.equal('اقتراح نشاط تدريبي');
  });

  it('sends a webinar with one idempotency key, shows the reference with focus on the confirmation, and fires the receipt', async () => {
    const server = stubServer(() => json(receipt, 201));
    restore = server.restore;
    const form = await mountProposal('api="https://api.example.org/"');
    const events: ProposalSubmittedEvent[] = [];
    form.addEventListener('metropolis-proposal-submitted', (e) => events.push(e as ProposalSubmittedEvent));
    await fillProposal(form);
    expect(errorsShown(form)).to.deep.equal([]);
    await submit(form);
    expect($(form, '[part="confirmation"]').textContent).to.contain('Your reference: MP-2026-0001');
    expect(form.shadowRoot!.activeElement?.hasAttribute('data-heading')).to.be.true;
    expect(events.map((e) => e.receipt)).to.deep.equal([receipt]);
    expect(server.posts).to.have.length(1);
    expect(server.posts[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    const sent = server.posts[0]!.body as {activity: {speakers: unknown; format: string}; learningHub?: unknown; consent: unknown; website?: string};
    expect(sent.activity.format).to.equal('webinar');
    expect(sent.activity.speakers).to.deep.equal([{name: 'Ana Ruiz'}]);
    expect(sent.learningHub).to.equal(undefined);
    expect(sent.consent).to.deep.equal({privacy: true});
    await expect(form).to.be.accessible();
  });

  it('keeps everything after a network failure, and Retry resends with the same key', async () => {
    let offline = true;
    const server = stubServer(() => (offline ? Promise.reject(new TypeError('Failed to fetch')) : json(receipt, 201)));
    restore = server.restore;
    const form = await mountProposal('api="https://api.example.org/"');
    await fillProposal(form, {format: 'learning-hub'});
    await submit(form);
    expect($(form, '[data-failure]').textContent).to.contain('the server could not be reached. Nothing you typed is lost.');
    expect(form.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Try again');
    expect(field(form, 'region').value).to.equal('Latin America');
    await expect(form).to.be.accessible();
    offline = false;
    button(form, 'Try again').click();
    await until(() => !!form.shadowRoot!.querySelector('[part="confirmation"]'), 1200);
    const keys = new Set(server.posts.map((p) => p.key));
    expect(keys.size, 'one key for every attempt').to.equal(1);
    expect((server.posts.at(-1)!.body as {learningHub: {partnerInstitutions: string[]}}).learningHub.partnerInstitutions).to.deep.equal(['UNAM Institute of Engineering', 'Universidad de Chile']);
  });

  it('puts the server’s 422 on the field it names', async () => {
    const server = stubServer(() => json({type: 'about:blank', title: 'The proposal is invalid', status: 422, issues: [{path: 'activity.title', code: 'invalid', message: 'is refused'}]}, 422));
    restore = server.restore;
    const form = await mountProposal('api="https://api.example.org/"');
    await fillProposal(form);
    await submit(form);
    expect(errorsShown(form)).to.deep.equal(['Enter a title for the activity']);
    expect(form.shadowRoot!.activeElement?.getAttribute('part')).to.equal('error-summary');
  });

  it('keeps a draft when save-draft is set, without the consent, and clears it', async () => {
    const first = await mountProposal('save-draft');
    await type(first, field(first, 'title'), 'Cable cars');
    await check(first, 'format', 'webinar');
    await type(first, field(first, 'speaker-0-name'), 'Ana Ruiz');
    await click(first, field(first, 'privacy'));
    first.remove();
    const second = await mountProposal('save-draft');
    expect($(second, '[part="notice"]').textContent).to.contain('We restored what you typed');
    expect(field(second, 'title').value).to.equal('Cable cars');
    expect(field(second, 'speaker-0-name').value).to.equal('Ana Ruiz');
    expect(field(second, 'privacy').checked).to.equal(false);
    await click(second, button(second, 'Clear form'));
    expect(field(second, 'title').value).to.equal('');
    expect(localStorage.getItem('metropolis-training:proposal-draft')).to.equal(null);
  });

  it('says it cannot send without a server', async () => {
    const form = await mountProposal();
    await fillProposal(form);
    await submit(form);
    expect($(form, '[data-failure]').textContent).to.contain('not connected to a server');
  });

  it('mounts from a CMS div', async () => {
    const {mountAll} = await import('../../cms/mount.js');
    const host = document.createElement('div');
    host.innerHTML = '<div data-metropolis="activity-proposal" data-privacy-href="/privacy" data-save-draft data-onclick="x"></div>';
    document.body.append(host);
    const [element] = mountAll(host, ['activity-proposal']);
    expect(element!.localName).to.equal('metropolis-activity-proposal');
    expect((element as ActivityProposal).privacyHref).to.equal('/privacy');
    expect(element!.hasAttribute('save-draft')).to.be.true;
    expect(element!.hasAttribute('onclick')).to.be.false;
    host.remove();
  });
});
