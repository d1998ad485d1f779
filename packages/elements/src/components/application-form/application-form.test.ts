import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {typeText} from '../../test-support/engine.js';
import {applicationLimits} from '@metropolis-training/sdk';
import '../../define/application-form.js';
import {inlineJson, sample, until} from '../../test-support/catalogs.js';
import {$, byLabel, choose, DIPLOMA, errorsShown, field, hasLabel, leave, mountForm, type} from '../../test-support/form-driver.js';
import type {ApplicationForm} from './application-form.js';

/** A form on the sample catalog (inline JSON, no server). */
const formOf = (attributes = '', lang = 'en') => mountForm(attributes, lang, `<script type="application/json">${inlineJson(sample())}</script>`);
const chooseCountry = (form: ApplicationForm, name: string) => choose(form, 'Country', name);

describe('<metropolis-application-form> without a server', () => {
  afterEach(() => localStorage.clear());

  it('shows every field with a real label and autocomplete token', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`);
    expect($(form, 'h2').textContent).to.contain('Metropolis Diploma in Internationalization for Local Authorities');
    const tokens = Object.fromEntries(['Given name', 'Family name', 'Email address', 'Organization', 'Position', 'City', 'Country'].map((label) => [label, byLabel(form, label).getAttribute('autocomplete')]));
    expect(tokens).to.deep.equal({'Given name': 'given-name', 'Family name': 'family-name', 'Email address': 'email', Organization: 'organization', Position: 'organization-title', City: 'address-level2', Country: 'country'});
    expect(byLabel(form, 'Country').getAttribute('role')).to.equal('combobox');
    expect(parseFloat(getComputedStyle(byLabel(form, 'Given name')).fontSize)).to.be.at.least(16);
    const honeypot = $<HTMLInputElement>(form, 'input[name="website"]');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
    // Clipped to a pixel: invisible, yet still in the form for bots that fill every field.
    expect(honeypot.closest('.honeypot')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('says nothing while someone types for the first time, and shows how to fix a field once it is left', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`);
    const email = byLabel(form, 'Email address');
    await type(form, email, 'amina@');
    expect(errorsShown(form)).to.deep.equal([]);
    await leave(form, email);
    expect(errorsShown(form)).to.deep.equal(['Enter an email address like name@city.gov']);
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')!.split(' ').map((id) => form.shadowRoot!.getElementById(id)!.textContent!.trim())).to.include('Enter an email address like name@city.gov');
    await type(form, email, 'amina@cairo.gov.eg');
    expect(errorsShown(form)).to.deep.equal([]);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
  });

  it('on submit lists every problem at the top, moves focus there, and each link focuses its field', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`);
    $(form, '[part="submit"]').click();
    await form.updateComplete;
    await form.updateComplete;
    const summary = $(form, '[part="error-summary"]');
    expect(form.shadowRoot!.activeElement === summary, 'focus on the summary').to.be.true;
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Enter your given name',
      'Enter your family name',
      'Enter your email address',
      'Enter the organization you work for',
      'Enter your position in your organization',
      'Enter the city where you work',
      'Choose the country where you work',
      'Choose your career stage',
      'Say whether your organization is a Metropolis member',
      'Tell us why you want to take part',
      'Agree to the processing of your personal data to apply',
    ]);
    links[6]!.click();
    expect(form.shadowRoot!.activeElement === byLabel(form, 'Country'), 'focus on Country').to.be.true;
    await expect(form).to.be.accessible();
  });

  it('finds a country by its name in the page language, its code or its English name', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`, 'fr');
    await until(() => hasLabel(form, 'Pays'));
    const input = byLabel(form, 'Pays');
    await type(form, input, 'egy');
    let options = [...form.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
    expect(options).to.include('Égypte');
    await type(form, input, 'Allemagne');
    options = [...form.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
    expect(options[0]).to.equal('Allemagne');
    // Leaving with the exact name chooses it (what browser autofill does).
    await leave(form, input);
    expect((form as unknown as {values: {country: string}}).values.country).to.equal('DE');
    expect(input.value).to.equal('Allemagne');
  });

  it('is usable by keyboard: arrows choose a country, Escape closes the list', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`);
    const input = byLabel(form, 'Country');
    input.focus();
    await typeText('spai');
    await form.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({press: 'ArrowDown'});
    await form.updateComplete;
    const active = form.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.textContent!.trim()).to.equal('Spain');
    await sendKeys({press: 'Enter'});
    await form.updateComplete;
    expect(input.value).to.equal('Spain');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await typeText('x');
    await form.updateComplete;
    await sendKeys({press: 'Escape'});
    await form.updateComplete;
    expect(input.value).to.equal('Spain');
  });

  it('counts the motivation against the schema limit, and says when it is too long', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`);
    const motivation = $<HTMLTextAreaElement>(form, 'textarea');
    await type(form, motivation, 'x'.repeat(applicationLimits.motivation));
    expect($(form, '.count').textContent!.trim()).to.equal(`${applicationLimits.motivation} of ${applicationLimits.motivation} characters`);
    await leave(form, motivation);
    expect(errorsShown(form)).to.deep.equal([]);
    await type(form, motivation, 'x'.repeat(applicationLimits.motivation + 3));
    expect($(form, '.count').textContent!.trim()).to.equal('3 characters too many');
    expect(errorsShown(form)).to.deep.equal([`Use at most ${applicationLimits.motivation} characters`]);
  });

  it('adds and removes colleagues, and prices the group in the estimate', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`);
    await chooseCountry(form, 'Spain');
    byLabel(form, 'No, or I do not know').click();
    await form.updateComplete;
    await until(() => !!form.shadowRoot!.querySelector('[part="total"]'));
    expect($(form, '[part="total"]').textContent).to.contain('€660.00');
    expect($(form, '[part="quote"]').textContent).to.contain('Estimate computed in this page');
    const add = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add a colleague')!;
    add.click();
    await form.updateComplete;
    await form.updateComplete;
    expect(form.shadowRoot!.activeElement!.id).to.match(/colleague-0-givenName$/);
    add.click();
    await form.updateComplete;
    await until(() => /1,821\.60/.test($(form, '[part="total"]').textContent!));
    expect($(form, '[part="total"]').textContent).to.contain('3 participants');
    [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Remove colleague 1')!.click();
    await form.updateComplete;
    await until(() => /1,214\.40/.test($(form, '[part="total"]').textContent!));
    expect(form.shadowRoot!.querySelectorAll('fieldset.colleague')).to.have.length(1);
  });

  it('without a server, refuses to send and says so, keeping everything', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`);
    for (const [label, value] of [['Given name', 'Amina'], ['Family name', 'Haddad'], ['Email address', 'amina@example.org'], ['Organization', 'Cairo Governorate'], ['Position', 'Officer'], ['City', 'Cairo']] as const) await type(form, byLabel(form, label), value);
    await chooseCountry(form, 'Egypt');
    const stage = $<HTMLSelectElement>(form, 'select');
    stage.value = 'senior';
    stage.dispatchEvent(new Event('change'));
    byLabel(form, 'No, or I do not know').click();
    await type(form, $<HTMLTextAreaElement>(form, 'textarea'), 'To learn.');
    byLabel(form, 'I agree to the processing').click();
    await form.updateComplete;
    $(form, '[part="submit"]').click();
    await form.updateComplete;
    await until(() => !!form.shadowRoot!.querySelector('[data-failure]'));
    expect($(form, '[data-failure]').textContent).to.contain('not connected to an application server');
    expect(byLabel(form, 'Given name').value).to.equal('Amina');
  });

  it('keeps a draft with save-draft — never the consent — restores it with a notice, and clears it', async () => {
    const first = await formOf(`edition="${DIPLOMA}" save-draft`);
    await type(first, byLabel(first, 'Given name'), 'Amina');
    await type(first, $<HTMLTextAreaElement>(first, 'textarea'), 'Línea 1\nمرحبا 🌍');
    byLabel(first, 'I agree to the processing').click();
    await first.updateComplete;
    const stored = localStorage.getItem(`metropolis-training:application-draft:${DIPLOMA}`)!;
    expect(stored).to.contain('Amina');
    expect(stored).to.not.contain('privacy');
    first.remove();

    const second = await formOf(`edition="${DIPLOMA}" save-draft`);
    expect($(second, '[part="notice"]').textContent).to.contain('We restored what you typed on this device earlier.');
    expect(byLabel(second, 'Given name').value).to.equal('Amina');
    expect($<HTMLTextAreaElement>(second, 'textarea').value).to.equal('Línea 1\nمرحبا 🌍');
    expect(byLabel(second, 'I agree to the processing').checked).to.equal(false);
    [...second.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear form')!.click();
    await second.updateComplete;
    await second.updateComplete;
    expect(byLabel(second, 'Given name').value).to.equal('');
    expect(second.shadowRoot!.activeElement === byLabel(second, 'Given name'), 'focus on Given name').to.be.true;
    expect(localStorage.getItem(`metropolis-training:application-draft:${DIPLOMA}`)).to.equal(null);
  });

  it('stores nothing without save-draft', async () => {
    const form = await formOf(`edition="${DIPLOMA}"`);
    await type(form, byLabel(form, 'Given name'), 'Amina');
    expect(localStorage.length).to.equal(0);
  });

  it('ignores a stored draft that is not one of ours', async () => {
    localStorage.setItem(`metropolis-training:application-draft:${DIPLOMA}`, '{"version":1,"values":{"givenName":{"html":"<img>"},"careerStage":42}}');
    const form = await formOf(`edition="${DIPLOMA}" save-draft`);
    expect(byLabel(form, 'Given name').value).to.equal('');
    expect(form.shadowRoot!.querySelector('[part="notice"]') === null).to.be.true;
  });

  it('reads the edition from the page URL when it has no edition attribute', async () => {
    const before = location.href;
    history.replaceState(null, '', `?edition=${DIPLOMA}`);
    try {
      const form = await formOf();
      expect($(form, 'h2').textContent).to.contain('Diploma');
      expect(form.shadowRoot!.querySelector('[part="form"]')).to.not.equal(null);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says when an edition takes no application, with its dates, and accepts nothing', async () => {
    const closed = await formOf(`edition="${DIPLOMA}" now="2025-11-20"`);
    expect(closed.shadowRoot!.querySelector('[part="form"]') === null).to.be.true;
    expect($(closed, '[part="state"]').textContent).to.contain('This edition has started');
    const past = await formOf('edition="miti-water-supplies-2014"');
    expect(past.shadowRoot!.querySelector('form') === null).to.be.true;
    const unknown = await formOf('edition="no-such-edition"');
    expect($(unknown, '[part="state"]').textContent).to.contain('This course edition was not found');
    await expect(closed).to.be.accessible();
  });

  for (const [lang, given, required, email] of [
    ['fr', 'Prénom', 'Saisissez votre prénom', 'Saisissez une adresse e-mail comme nom@ville.gouv.fr'],
    ['es', 'Nombre', 'Escriba su nombre', 'Escriba un correo electrónico como nombre@ciudad.gob.mx'],
    ['ar', 'الاسم الأول', 'أدخل اسمك الأول', 'أدخل عنوان بريد إلكتروني مثل name@city.gov'],
  ] as const) {
    it(`speaks ${lang}: labels, messages and the error summary, with no axe violation`, async () => {
      const form = await formOf(`edition="${DIPLOMA}"`, lang);
      await until(() => !!form.shadowRoot!.querySelector('label') && form.shadowRoot!.querySelector('label')!.textContent!.includes(given));
      await type(form, $<HTMLInputElement>(form, 'input[type="email"]'), 'x');
      $(form, '[part="submit"]').click();
      await form.updateComplete;
      const summary = $(form, '[part="error-summary"]').textContent!;
      expect(summary).to.contain(required);
      expect(summary).to.contain(email);
      await expect(form).to.be.accessible();
    });
  }

  for (const [lang, load] of [
    ['en', () => import('../../localize/en/application-form.js')],
    ['fr', () => import('../../localize/fr/application-form.js')],
    ['es', () => import('../../localize/es/application-form.js')],
    ['ar', () => import('../../localize/ar/application-form.js')],
  ] as const) {
    it(`says how to fix every field in ${lang}`, async () => {
      const words = (await load()).applicationForm;
      const english = (await import('../../localize/en/application-form.js')).applicationForm;
      for (const [field, messages] of Object.entries(words.fields)) {
        expect(messages.label, `${lang} ${field} label`).to.be.a('string').and.not.empty;
        expect(messages.required, `${lang} ${field} required`).to.be.a('string').and.not.empty;
        if (english.fields[field as keyof typeof english.fields].invalid) expect(messages.invalid, `${lang} ${field} invalid`).to.be.a('string').and.not.empty;
        if (lang !== 'en') expect(messages.required, `${lang} ${field} is translated`).to.not.equal(english.fields[field as keyof typeof english.fields].required);
      }
      const form = await formOf(`edition="${DIPLOMA}"`, lang);
      await until(() => hasLabel(form, words.fields.givenName.label));
      form.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="unlisted"]')!.click();
      await form.updateComplete;
      field(form, 'add-colleague').click();
      await form.updateComplete;
      await type(form, field(form, 'email'), 'x');
      await type(form, field(form, 'colleague-0-email'), 'y');
      $(form, '[part="submit"]').click();
      await form.updateComplete;
      const shown = [...form.shadowRoot!.querySelectorAll('[part="error-summary"] li')].map((li) => li.textContent!.trim());
      const f = words.fields;
      expect(shown).to.have.members([
        f.givenName.required, f.familyName.required, f.email.invalid!, f.organization.required, f.position.required, f.city.required,
        f.country.required, f.careerStage.required, f.memberName.required,
        f.colleagueGivenName.required, f.colleagueFamilyName.required, f.colleagueEmail.invalid!,
        f.motivation.required, f.privacy.required,
      ]);
      // Each one also sits under its field.
      expect(errorsShown(form)).to.have.members(shown);
      await expect(form).to.be.accessible();
    });
  }
});

