// The application form against the real reference server (started by the test run on a
// loopback port, PGlite in a temporary folder, its clock on 15 September 2025, the test member
// registry): what the form shows is what the server stores.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {typeText} from '../../test-support/engine.js';
import {applicationLimits, type Application} from '@metropolis-training/sdk';
import '../../define/application-form.js';
import type {ApplicationSubmittedEvent} from '../../events/application-submitted-event.js';
import {until} from '../../test-support/catalogs.js';
import {$, button, DIPLOMA, errorsShown, field, fill, mountForm, shownTotal, type Answers} from '../../test-support/form-driver.js';
import {adminApplications, REFERENCE_API, setServerMode} from '../../test-support/reference-server.js';
import type {ApplicationForm} from './application-form.js';

let applicants = 0;
/** An email no other test uses, so the admin list tells this test's applications apart. */
const uniqueEmail = () => `applicant-${Date.now()}-${++applicants}@example.org`;

const formFor = (edition: string, lang = 'en', extra = '') => mountForm(`edition="${edition}" api="${REFERENCE_API}" ${extra}`, lang);

async function submit(form: ApplicationForm): Promise<void> {
  $(form, '[part="submit"]').click();
  await form.updateComplete;
  await until(() => !!form.shadowRoot!.querySelector('[part="confirmation"], [data-failure], [part="error-summary"]'), 1200);
}

async function storedFor(email: string): Promise<Application[]> {
  return (await adminApplications()).items.filter((a) => a.applicant.email === email);
}

const money = (amount: number) => `€${(amount / 100).toLocaleString('en', {minimumFractionDigits: 2})}`;

describe('<metropolis-application-form> on the reference server', () => {
  afterEach(async () => {
    await setServerMode({mode: 'normal'});
    localStorage.clear();
  });

  it('sends a complete application that the admissions team finds with the price the form showed', async () => {
    const form = await formFor('quota-test-a');
    const email = uniqueEmail();
    const submitted: string[] = [];
    form.addEventListener('metropolis-application-submitted', (e) => submitted.push((e as ApplicationSubmittedEvent).reference));
    await fill(form, {email, membership: 'Cairo Governorate'});
    const shown = await shownTotal(form);
    expect(shown).to.contain('€165.00');
    expect($(form, '[part="quote"]').textContent).to.contain('The price the Secretariat will charge');
    await submit(form);
    const confirmation = $(form, '[part="confirmation"]').textContent!;
    const [stored] = await storedFor(email);
    expect(stored, 'stored').to.exist;
    expect(confirmation).to.contain(`Your reference: ${stored!.reference}`);
    expect(confirmation).to.contain('You will receive a confirmation of receipt by email.');
    expect(submitted).to.deep.equal([stored!.reference]);
    expect(stored!.quote.total).to.deep.equal({amount: 16500, currency: 'EUR'});
    expect(stored!.membership).to.equal('member');
    expect(stored!.membershipClaim).to.deep.include({memberId: 'cairo'});
    expect(stored!.applicant).to.deep.include({givenName: 'Amina', familyName: 'Haddad', country: 'EG', careerStage: 'mid-career'});
    expect(shown).to.equal($(form, '[part="confirmation"] [part="total"]').textContent!.replace(/\s+/g, ' ').trim());
    await expect(form).to.be.accessible();
  });

  // Each case: what the applicant answers, the total the form must show, and the server must store.
  const cases: {name: string; edition: string; answers: Answers; total: number; perParticipant?: number; note?: RegExp}[] = [
    {name: 'a member from the registry in a high-income country', edition: DIPLOMA, answers: {country: 'ES', membership: 'Àrea Metropolitana de Barcelona'}, total: 33000},
    {name: 'a member from the registry in a lower-middle-income country', edition: 'quota-test-b', answers: {country: 'EG', membership: 'Cairo Governorate'}, total: 16500, note: /Special fees are subject to availability/},
    {name: 'a member from the registry in a low-income country', edition: 'quota-test-b', answers: {country: 'ET', membership: 'Addis Ababa City Administration'}, total: 0},
    {name: 'a member in arrears', edition: DIPLOMA, answers: {country: 'PE', membership: 'Ciudad Atrasada'}, total: 66000},
    {name: 'a member not in the list (priced as a non-member until checked)', edition: DIPLOMA, answers: {country: 'ES', membership: {unlisted: 'Ajuntament de Girona'}}, total: 66000, note: /non-member until/i},
    {name: 'a non-member in a high-income country, alone', edition: DIPLOMA, answers: {country: 'ES'}, total: 66000},
    {name: 'a non-member in a low-income country', edition: DIPLOMA, answers: {country: 'ET'}, total: 66000},
    {name: 'a group of 2 non-members', edition: DIPLOMA, answers: {country: 'ES', colleagues: [{givenName: 'Jordi', familyName: 'Puig', email: 'jordi@example.org'}]}, total: 121440, perParticipant: 60720},
    {
      name: 'a group of 4 non-members',
      edition: DIPLOMA,
      answers: {country: 'ES', colleagues: ['Jordi', 'Marta', 'Núria'].map((givenName, i) => ({givenName, familyName: 'Puig', email: `colleague-${i}@example.org`}))},
      total: 242880,
      perParticipant: 60720,
    },
  ];
  for (const c of cases) {
    it(`shows for ${c.name} the price the server stores: ${money(c.total)}`, async () => {
      const form = await formFor(c.edition);
      const email = uniqueEmail();
      await fill(form, {...c.answers, email});
      const shown = await shownTotal(form);
      expect(shown).to.contain(money(c.total));
      if (c.perParticipant) expect($(form, '[part="quote"]').textContent).to.contain(money(c.perParticipant));
      if (c.note) expect($(form, '[part="quote"]').textContent).to.match(c.note);
      await submit(form);
      expect(form.shadowRoot!.querySelector('[part="confirmation"]'), 'confirmation').to.exist;
      const stored = await storedFor(email);
      expect(stored).to.have.length(1);
      expect(stored[0]!.quote.total.amount).to.equal(c.total);
      expect(stored[0]!.quote.participants).to.equal(1 + (c.answers.colleagues?.length ?? 0));
      if (c.note) expect(stored[0]!.quote.notes.join(' ')).to.match(c.note);
      expect(stored[0]!.groupMembers).to.deep.equal(c.answers.colleagues ?? []);
    });
  }

  it('keeps everything when the answer is lost, and Retry stores exactly one application', async () => {
    const form = await formFor(DIPLOMA);
    const email = uniqueEmail();
    await fill(form, {email, country: 'ES'});
    await setServerMode({mode: 'drop-responses', method: 'POST', path: '/v1/applications'});
    await submit(form);
    expect($(form, '[data-failure]').textContent).to.contain('the server could not be reached. Nothing you typed is lost.');
    expect(field(form, 'email').value).to.equal(email);
    await expect(form).to.be.accessible();
    // The server did store it: the answer was lost on the way back.
    expect(await storedFor(email)).to.have.length(1);
    await setServerMode({mode: 'normal'});
    button(form, 'Try again').click();
    await until(() => !!form.shadowRoot!.querySelector('[part="confirmation"]'), 1200);
    const stored = await storedFor(email);
    expect(stored).to.have.length(1);
    expect($(form, '[part="confirmation"]').textContent).to.contain(stored[0]!.reference);
  });

  it('says the server had a problem on a 5xx, and sends on Retry', async () => {
    const form = await formFor(DIPLOMA);
    const email = uniqueEmail();
    await fill(form, {email, country: 'ES'});
    await setServerMode({mode: 'fail', method: 'POST', path: '/v1/applications'});
    await submit(form);
    expect($(form, '[data-failure]').textContent).to.contain('because of a problem on the server');
    expect(await storedFor(email)).to.have.length(0);
    await setServerMode({mode: 'normal'});
    button(form, 'Try again').click();
    await until(() => !!form.shadowRoot!.querySelector('[part="confirmation"]'), 1200);
    expect(await storedFor(email)).to.have.length(1);
  });

  it('puts the server’s 422 on the field it names', async () => {
    const form = await formFor(DIPLOMA);
    await fill(form, {email: uniqueEmail(), country: 'ES'});
    await setServerMode({
      mode: 'respond-once',
      method: 'POST',
      path: '/v1/applications',
      status: 422,
      body: {type: 'about:blank', title: 'The application is invalid', status: 422, issues: [{path: 'applicant.email', code: 'invalid', message: 'domain does not accept mail'}]},
    });
    await submit(form);
    expect(errorsShown(form)).to.deep.equal(['Enter an email address like name@city.gov']);
    expect(field(form, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot!.activeElement?.getAttribute('part')).to.equal('error-summary');
    // Fixing the field clears the server's error.
    await fill(form, {email: uniqueEmail(), country: 'ES'});
    expect(errorsShown(form)).to.deep.equal([]);
  });

  it('stores markup, a motivation at the limit, emoji and right-to-left text exactly, and shows them back as text', async () => {
    const form = await formFor(DIPLOMA);
    const email = uniqueEmail();
    const givenName = '<b>Ana</b> & "Zoë"';
    const familyName = 'حداد 🌍';
    const line = 'مرحبا بالعالم — 🌍 Hello <img src=x onerror=alert(1)>\n';
    const motivation = line.repeat(Math.ceil(applicationLimits.motivation / line.length)).slice(0, applicationLimits.motivation - 1) + '.';
    expect(motivation.length).to.equal(applicationLimits.motivation);
    await fill(form, {email, givenName, familyName, organization: 'Ayuntamiento <script>', country: 'ES', motivation});
    expect($(form, '.count').textContent!.trim()).to.equal(`${applicationLimits.motivation} of ${applicationLimits.motivation} characters`);
    await submit(form);
    const [stored] = await storedFor(email);
    expect(stored!.applicant.givenName).to.equal(givenName);
    expect(stored!.applicant.familyName).to.equal(familyName);
    expect(stored!.applicant.organization).to.equal('Ayuntamiento <script>');
    expect(stored!.motivation).to.equal(motivation);
    const sent = $(form, '.sent');
    expect(sent.textContent).to.contain(`${givenName} ${familyName} <${email}>`);
    expect([...sent.querySelectorAll('dd')].some((dd) => dd.textContent === motivation)).to.be.true;
    expect(form.shadowRoot!.querySelector('b, img, script')).to.equal(null);
  });

  it('says when the edition takes no applications, and shows no form', async () => {
    const form = await formFor('closed-test');
    expect(form.shadowRoot!.querySelector('form') === null).to.be.true;
    expect($(form, '[part="state"]').textContent).to.contain('Applications closed on');
    await expect(form).to.be.accessible();
  });

  it('keeps a draft across a reload and deletes it once the application is sent', async () => {
    const first = await formFor(DIPLOMA, 'en', 'save-draft');
    const email = uniqueEmail();
    await fill(first, {email, country: 'ES', colleagues: [{givenName: 'Jordi', familyName: 'Puig', email: 'jordi@example.org'}]});
    first.remove();
    const second = await formFor(DIPLOMA, 'en', 'save-draft');
    expect($(second, '[part="notice"]').textContent).to.contain('We restored what you typed');
    expect(field(second, 'email').value).to.equal(email);
    expect(field(second, 'colleague-0-givenName').value).to.equal('Jordi');
    expect(field(second, 'privacy').checked).to.equal(false);
    field(second, 'privacy').click();
    await second.updateComplete;
    await submit(second);
    expect(second.shadowRoot!.querySelector('[part="confirmation"]'), 'confirmation').to.exist;
    expect(localStorage.getItem(`metropolis-training:application-draft:${DIPLOMA}`)).to.equal(null);
  });

  it('can be completed with the keyboard alone', async () => {
    const form = await formFor(DIPLOMA);
    const email = uniqueEmail();
    const active = () => form.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (predicate: (el: HTMLElement) => boolean, limit = 40) => {
      for (let i = 0; i < limit && !(active() && predicate(active()!)); i++) await sendKeys({press: 'Tab'});
      if (!active() || !predicate(active()!)) throw new Error(`Tab never reached the control (at ${active()?.id})`);
    };
    const byId = (suffix: string) => (el: HTMLElement) => el.id.endsWith(`-${suffix}`);
    form.focus();
    await tabTo(byId('givenName'));
    for (const [name, text] of [['givenName', 'Kwame'], ['familyName', 'Mensah'], ['email', email], ['organization', 'Accra Metropolitan Assembly'], ['position', 'Planner'], ['city', 'Accra']] as const) {
      await tabTo(byId(name));
      await typeText(text);
    }
    await tabTo(byId('country'));
    await typeText('Ghan');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Enter'});
    await tabTo(byId('careerStage'));
    await sendKeys({press: 'ArrowDown'}); // Chromium's closed select: the next option.
    await tabTo((el) => el.getAttribute('type') === 'radio');
    // Arrows move within the radio group and check: registry, unlisted, then "No".
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await form.updateComplete;
    expect((active() as HTMLInputElement).value).to.equal('none');
    await tabTo((el) => el.tagName === 'TEXTAREA');
    await typeText('To plan with other cities.');
    await tabTo(byId('privacy'));
    await sendKeys({press: ' '});
    await tabTo((el) => el.getAttribute('part') === 'submit');
    await sendKeys({press: 'Enter'});
    await until(() => !!form.shadowRoot!.querySelector('[part="confirmation"], [part="error-summary"]'), 1200);
    expect(errorsShown(form)).to.deep.equal([]);
    const [stored] = await storedFor(email);
    expect(stored!.applicant).to.deep.include({givenName: 'Kwame', country: 'GH'});
    expect(stored!.membershipClaim.claim).to.equal('non-member');
    // Focus moved to the confirmation's heading, for screen readers and keyboards.
    expect(active()?.hasAttribute('data-heading')).to.be.true;
  });

  for (const [lang, submit, summary, sending, received] of [
    ['en', 'Send my application', 'There is a problem', 'Sending…', 'Application received'],
    ['fr', 'Envoyer ma candidature', 'Il y a un problème', 'Envoi…', 'Candidature reçue'],
    ['es', 'Enviar mi solicitud', 'Hay un problema', 'Enviando…', 'Solicitud recibida'],
  ] as const) {
    it(`has no axe violation in ${lang} when empty, with errors, while sending, and once sent`, async () => {
      const form = await formFor(DIPLOMA, lang);
      // The member list is in and the page language's messages too (they load apart: on a busy
      // machine the list came first, and the click below met the English fallback).
      await until(() => !!form.shadowRoot!.querySelector('input[type="radio"][value="registry"]') && $(form, '[part="submit"]').textContent!.trim() === submit);
      await expect(form).to.be.accessible();
      $(form, '[part="submit"]').click();
      await form.updateComplete;
      expect($(form, '[part="error-summary"]').textContent).to.contain(summary);
      await expect(form).to.be.accessible();
      await fill(form, {email: uniqueEmail(), country: 'ES'});
      // Hold the answer so the sending state can be checked.
      await setServerMode({mode: 'hold', method: 'POST', path: '/v1/applications'});
      $(form, '[part="submit"]').click();
      await form.updateComplete;
      expect($(form, '[part="submit"]').textContent!.trim()).to.equal(sending);
      expect(($(form, '[part="submit"]') as HTMLButtonElement).disabled).to.be.true;
      await expect(form).to.be.accessible();
      await setServerMode({mode: 'normal'});
      await until(() => !!form.shadowRoot!.querySelector('[part="confirmation"]'), 1200);
      expect($(form, '[part="confirmation"]').textContent).to.contain(received);
      await expect(form).to.be.accessible();
    });
  }
});
