// The admissions console against the real reference server (started by the test run: PGlite,
// clock on 15 September 2025, named admins alice and bob besides `admin`). The Diploma's copy
// `lifecycle-test` starts on 17 November 2025: cancellations received on or before 17 October
// are refunded 75 %, later ones nothing — the cancellation day is chosen in the dialog, so the
// refund is deterministic whatever the server's clock.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {createAdminClient, type Application} from '@metropolis-training/sdk';
import '../../define/admissions.js';
import {until as untilFrames} from '../../test-support/catalogs.js';
import {typeText} from '../../test-support/engine.js';
import {ADMIN_TOKEN, ADMIN_TOKENS, REFERENCE_API, referenceClient, setServerMode} from '../../test-support/reference-server.js';
import type {Admissions} from './admissions.js';

const EDITION = 'lifecycle-test';

/** `until` that says which condition failed (the stack of a frame loop says nothing). */
async function until(predicate: () => boolean, frames = 600): Promise<void> {
  try {
    await untilFrames(predicate, frames);
  } catch {
    throw new Error(`condition not met: ${predicate.toString().slice(0, 160)}`);
  }
}

/** Presses Tab until `reached` holds (at most `most` times): the way a keyboard user gets there. */
async function tabTo(reached: () => boolean, most = 6): Promise<void> {
  for (let i = 0; i < most && !reached(); i++) await sendKeys({press: 'Tab'});
  expect(reached(), 'reached by Tab').to.equal(true);
}
let applicants = 0;
const uniqueEmail = () => `admissions-${Date.now()}-${++applicants}@example.org`;
const api = () => new URL(REFERENCE_API, location.href).href;
const admin = (token: string = ADMIN_TOKEN) => createAdminClient({api: api(), token});

/** Submits an application through the SDK's client; returns its id. */
async function submitApplication(email = uniqueEmail()): Promise<{id: string; email: string}> {
  const receipt = await referenceClient().apply({
    editionId: EDITION,
    lang: 'en',
    applicant: {givenName: 'Amina', familyName: '<b>Haddad</b>', email, organization: 'Cairo Governorate', position: 'Officer', city: 'Cairo', country: 'FR', careerStage: 'mid-career'},
    membership: {claim: 'non-member'},
    motivation: 'Our office is drafting its first international strategy. <img src=x onerror=alert(1)>',
    consent: {privacy: true},
  });
  return {id: receipt.id, email};
}

/** Moves an application along with the API (not the console), to set up a test. */
async function moveTo(id: string, ...steps: Exclude<Application['status'], 'submitted'>[]): Promise<void> {
  const client = admin();
  for (const status of steps) {
    const {etag} = await client.application(id);
    await client.changeStatus(id, {status}, etag);
  }
}

const mount = (lang = 'en') => fixture<Admissions>(html`<metropolis-admissions api=${REFERENCE_API} lang=${lang}></metropolis-admissions>`);
const $ = <T extends HTMLElement = HTMLElement>(el: Admissions, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Admissions, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttonByText = (el: Admissions, label: string, within = el.shadowRoot!) => [...within.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);

async function signIn(el: Admissions, token: string, keep = false): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[name=token]')!;
  input.value = token;
  $<HTMLInputElement>(el, 'input[name=keep]')!.checked = keep;
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await el.updateComplete;
  await until(() => !!$(el, 'nav') || (!!$(el, '.field-error') && !$<HTMLButtonElement>(el, 'form button[type=submit]')!.disabled), 1200);
  await el.updateComplete;
}

async function openApplication(el: Admissions, email: string): Promise<void> {
  const search = $<HTMLInputElement>(el, 'input[name=q]')!;
  search.value = email;
  buttonByText(el, 'Apply filters')!.click();
  await until(() => text(el, '[data-count]').startsWith('1 of 1'), 1200);
  $<HTMLButtonElement>(el, 'tbody th button')!.click();
  await until(() => !!$(el, '[data-current-status]'), 1200);
}

/** Waits for the dialog's preview to be there (or refused). */
async function previewed(el: Admissions, dialog: HTMLDialogElement): Promise<void> {
  await el.updateComplete;
  try {
    await untilFrames(() => dialog.open && dialog.querySelector('.preview')!.getAttribute('aria-busy') === 'false', 2400);
  } catch {
    throw new Error(`no preview: open=${dialog.open} busy=${dialog.querySelector('.preview')?.getAttribute('aria-busy')} text=${dialog.textContent?.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}

async function act(el: Admissions, action: string): Promise<HTMLDialogElement> {
  $<HTMLButtonElement>(el, `[data-action="${action}"]`)!.click();
  await el.updateComplete;
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  await previewed(el, dialog);
  return dialog;
}

async function confirm(el: Admissions, dialog: HTMLDialogElement): Promise<void> {
  const confirmButton = buttonByText(el, 'Confirm', dialog as unknown as ShadowRoot)!;
  confirmButton.click();
  await el.updateComplete;
  // Done: the dialog closed (recorded), or it says why not (a field, the server, a conflict).
  await until(() => !dialog.open || (!confirmButton.disabled && !!dialog.querySelector('.field-error, [data-error]')) || !!dialog.querySelector('[data-conflict]'), 2400);
  await el.updateComplete;
  await el.updateComplete;
}

const status = (el: Admissions) => text(el, '[data-current-status]');

describe('<metropolis-admissions> on the reference server', () => {
  afterEach(async () => {
    await setServerMode({mode: 'normal'});
    sessionStorage.clear();
    localStorage.clear();
  });

  it('refuses a wrong token, keeps a good one in sessionStorage only when asked, and forgets it on sign-out', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await signIn(el, 'not-the-right-token-000');
    expect(text(el, '.field-error')).to.equal('This token was not accepted. Check it and try again.');
    expect($(el, 'input[name=token]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(sessionStorage.length + localStorage.length).to.equal(0);

    let signedIn = '';
    el.addEventListener('metropolis-admissions-signed-in', (e) => (signedIn = e.admin));
    await signIn(el, ADMIN_TOKENS.alice, true);
    expect(signedIn).to.equal('alice');
    expect(text(el, '.who')).to.contain('Signed in as alice');
    expect(sessionStorage.getItem('metropolis-admissions-token')).to.equal(ADMIN_TOKENS.alice);
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Applications');

    // Another console on the page (a reload of the tab) signs in from sessionStorage.
    const again = await mount();
    await until(() => !!$(again, 'nav'), 1200);
    expect(text(again, '.who')).to.contain('alice');
    again.remove();

    let reason = '';
    el.addEventListener('metropolis-admissions-signed-out', (e) => (reason = e.reason));
    buttonByText(el, 'Sign out')!.click();
    await el.updateComplete;
    expect(reason).to.equal('user');
    expect(sessionStorage.getItem('metropolis-admissions-token')).to.equal(null);
    expect($(el, 'input[name=token]')).to.exist;

    // Without "keep", memory only.
    await signIn(el, ADMIN_TOKENS.bob, false);
    expect(text(el, '.who')).to.contain('bob');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('returns to sign-in with a message when the server stops accepting the token', async () => {
    const el = await mount();
    await signIn(el, ADMIN_TOKENS.alice);
    await setServerMode({mode: 'respond-once', path: '/v1/admin/members', status: 401, body: {title: 'Unauthorized', status: 401}});
    buttonByText(el, 'Member registry')!.click();
    await until(() => !!$(el, 'input[name=token]'), 1200);
    expect(text(el, '.field-error')).to.contain('Your session ended');
  });

  it('submit → review → admit → invoice → paid, with previews, the invoice, the history and who did it', async function () {
    this.timeout(60_000);
    const {id, email} = await submitApplication();
    const el = await mount();
    await signIn(el, ADMIN_TOKENS.alice);
    // The edition picker with counts against capacity and the special-fee quota.
    const picker = $<HTMLSelectElement>(el, 'select[name=edition]')!;
    await until(() => [...picker.options].some((o) => o.value === EDITION), 1200);
    picker.value = EDITION;
    picker.dispatchEvent(new Event('change'));
    await until(() => !!$(el, '[data-edition-summary]'), 600);
    expect(text(el, '[data-edition-summary]')).to.match(/\d+ admitted.* · special fees \d+ of 3/);
    await expect(el).to.be.accessible();

    await openApplication(el, email);
    expect(text(el, '[data-view-heading]')).to.match(/^Application /);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-view-heading]'));
    // Applicant text is text.
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text(el, '.motivation')).to.contain('<img src=x onerror=alert(1)>');
    expect(status(el)).to.equal('Submitted');
    await expect(el).to.be.accessible();

    const changes: string[] = [];
    el.addEventListener('metropolis-application-changed', (e) => changes.push(`${e.from}→${e.status}`));
    await confirm(el, await act(el, 'under-review'));
    expect(status(el)).to.equal('Under review');
    // Focus returns to… the button is gone (the status moved on): the view's heading.
    await el.updateComplete;

    let dialog = await act(el, 'admitted');
    await expect(el).to.be.accessible();
    expect(dialog.querySelector('[data-email-subject]')?.textContent).to.not.equal('');
    expect(dialog.querySelector('.email h3')!.textContent).to.contain(email);
    await confirm(el, dialog);
    expect(status(el)).to.equal('Admitted');

    dialog = await act(el, 'invoiced');
    expect(dialog.querySelector('[data-email-text]')!.textContent).to.contain('ES91');
    await confirm(el, dialog);
    expect(status(el)).to.equal('Invoiced');
    const invoice = $<HTMLAnchorElement>(el, '[data-invoice]')!;
    expect(invoice.dataset.invoice).to.match(/^\d{4}-\d{4,}$/);
    expect(invoice.target).to.equal('_blank');
    const page = await fetch(invoice.href);
    expect(page.status).to.equal(200);
    expect(await page.text()).to.contain(invoice.dataset.invoice!);

    dialog = await act(el, 'paid');
    const amount = dialog.querySelector<HTMLInputElement>('input[name=amount]')!;
    expect(amount.value).to.equal('660.00');
    amount.value = '660.0x';
    amount.dispatchEvent(new Event('input'));
    await confirm(el, dialog);
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('.field-error')!.textContent).to.equal('Enter an amount like 330.00');
    amount.value = '650.5';
    amount.dispatchEvent(new Event('input'));
    await confirm(el, dialog);
    expect(status(el)).to.equal('Paid');
    expect(text(el, '[data-paid]')).to.equal('€650.50');
    expect(changes).to.deep.equal(['submitted→under-review', 'under-review→admitted', 'admitted→invoiced', 'invoiced→paid']);

    const history = [...el.shadowRoot!.querySelectorAll('[data-history] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(history.map((row) => row[0])).to.deep.equal(['Submitted', 'Under review', 'Admitted', 'Invoiced', 'Paid']);
    expect(history.slice(1).every((row) => row[2] === 'alice')).to.equal(true);
    const stored = await admin().application(id);
    expect(stored.application.paid).to.deep.equal({amount: 65050, currency: 'EUR'});
  });

  for (const [day, refund, accepted] of [['2025-10-17', '€495.00', true], ['2025-10-18', '€0.00', false]] as const) {
    it(`cancels a paid application received on ${day}: the policy's refund (${refund}) is shown, then recorded`, async () => {
      const {id, email} = await submitApplication();
      await moveTo(id, 'under-review', 'admitted', 'invoiced', 'paid');
      const el = await mount();
      await signIn(el, ADMIN_TOKENS.bob);
      await openApplication(el, email);
      const dialog = await act(el, 'cancelled');
      const date = dialog.querySelector<HTMLInputElement>('input[name=cancelledOn]')!;
      date.value = day;
      date.dispatchEvent(new Event('change'));
      await previewed(el, dialog);
      const shown = dialog.querySelector('[data-refund]')!.textContent!;
      if (accepted) expect(shown).to.contain(refund);
      else expect(shown).to.equal('The policy accepts no cancellation on that day: nothing is refunded.');
      await confirm(el, dialog);
      expect(status(el)).to.equal('Cancelled');
      expect(text(el, '[data-refund-recorded]')).to.equal(refund);
      expect((await admin().application(id)).application.refund?.amount).to.equal(accepted ? 49500 : 0);
    });
  }

  it('refuses a change another admin made first, with a reload prompt', async () => {
    const {id, email} = await submitApplication();
    await moveTo(id, 'under-review');
    const alice = await mount();
    await signIn(alice, ADMIN_TOKENS.alice);
    await openApplication(alice, email);
    const bob = await mount();
    await signIn(bob, ADMIN_TOKENS.bob);
    await openApplication(bob, email);

    await confirm(bob, await act(bob, 'admitted'));
    expect(status(bob)).to.equal('Admitted');

    const dialog = await act(alice, 'admitted');
    await confirm(alice, dialog);
    const conflict = dialog.querySelector('[data-conflict]')!;
    expect(conflict.textContent).to.match(/Someone else changed this application \(.+\)\. Reload to see their change\./);
    await expect(alice).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('[data-reload]')!.click();
    await until(() => status(alice) === 'Admitted', 1200);
    expect(dialog.open).to.equal(false);
    expect([...alice.shadowRoot!.querySelectorAll('[data-history] td')].some((td) => td.textContent === 'bob')).to.equal(true);
  });

  it('says why the server refuses a move a stale page still offers', async () => {
    const {id, email} = await submitApplication();
    await moveTo(id, 'under-review');
    const el = await mount();
    await signIn(el, ADMIN_TOKENS.alice);
    await openApplication(el, email);
    await moveTo(id, 'rejected');
    $<HTMLButtonElement>(el, '[data-action="admitted"]')!.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await until(() => !!dialog.querySelector('[data-error]'), 1200);
    expect(dialog.querySelector('[data-error]')!.textContent).to.match(/rejected/);
  });

  it('rejects with a reason that the previewed email carries to the applicant, and records it', async () => {
    const {email} = await submitApplication();
    const el = await mount();
    await signIn(el, ADMIN_TOKENS.alice);
    await openApplication(el, email);
    const dialog = await act(el, 'rejected');
    const reason = dialog.querySelector<HTMLTextAreaElement>('textarea[name=note]')!;
    reason.value = 'This edition is full.';
    reason.dispatchEvent(new Event('input'));
    reason.dispatchEvent(new Event('change'));
    await until(() => (dialog.querySelector('[data-email-text]')?.textContent ?? '').includes('This edition is full.'), 2400);
    await confirm(el, dialog);
    expect(status(el)).to.equal('Rejected');
    expect([...el.shadowRoot!.querySelectorAll('[data-history] td')].some((td) => td.textContent === 'This edition is full.')).to.equal(true);
  });

  it('keeps the member registry: add, edit the contributions year, delete after confirming', async () => {
    const memberId = `test-city-${Date.now()}`;
    const el = await mount();
    await signIn(el, ADMIN_TOKENS.alice);
    buttonByText(el, 'Member registry')!.click();
    await until(() => !!$(el, '[data-members] tbody tr'), 1200);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Member registry');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[data-add-member]')!.click();
    await el.updateComplete;
    const fill = (name: string, value: string) => {
      const input = $<HTMLInputElement>(el, `.member-form input[name=${name}]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    buttonByText(el, 'Save')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.member-form .field-error').length).to.equal(4);
    await expect(el).to.be.accessible();
    fill('id', memberId);
    fill('name', 'Test City <i>');
    fill('city', 'Lima');
    fill('country', 'pe');
    fill('paidThrough', '2023');
    buttonByText(el, 'Save')!.click();
    await until(() => !!$(el, `[data-member="${memberId}"]`), 1200);
    expect(text(el, `[data-member="${memberId}"] [data-paid-through]`)).to.equal('2023');

    $<HTMLButtonElement>(el, `[data-member="${memberId}"] [data-edit]`)!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '.member-form input[name=id]')!.readOnly).to.equal(true);
    fill('paidThrough', '2025');
    buttonByText(el, 'Save')!.click();
    await until(() => text(el, `[data-member="${memberId}"] [data-paid-through]`) === '2025', 1200);
    expect((await admin().members()).find((m) => m.id === memberId)?.contributionsPaidThrough).to.equal(2025);

    const remove = $<HTMLButtonElement>(el, `[data-member="${memberId}"] [data-delete]`)!;
    remove.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Test City <i>');
    await expect(el).to.be.accessible();
    // Cancel first: focus goes back to the delete button.
    buttonByText(el, 'Cancel', dialog as unknown as ShadowRoot)!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(remove);
    remove.click();
    await el.updateComplete;
    buttonByText(el, 'Delete', dialog as unknown as ShadowRoot)!.click();
    await until(() => !$(el, `[data-member="${memberId}"]`), 1200);
    expect((await admin().members()).some((m) => m.id === memberId)).to.equal(false);
  });

  it('works from the keyboard alone: sign in, find an application, admit it', async () => {
    const {id, email} = await submitApplication();
    await moveTo(id, 'under-review');
    const el = await mount();
    $<HTMLInputElement>(el, 'input[name=token]')!.focus();
    await typeText(ADMIN_TOKENS.alice);
    await sendKeys({press: 'Enter'});
    await until(() => !!$(el, 'nav'), 1200);
    $<HTMLInputElement>(el, 'input[name=q]')!.focus();
    await typeText(email);
    await sendKeys({press: 'Enter'});
    await until(() => text(el, '[data-count]').startsWith('1 of 1'), 1200);
    // Tab from the search field: Apply filters, Export CSV, then the application's reference.
    await tabTo(() => /^Open /.test(el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? ''));
    await sendKeys({press: 'Enter'});
    await until(() => status(el) === 'Under review', 1200);
    // Focus is on the page's heading: the first action is next.
    await until(() => el.shadowRoot!.activeElement === $(el, '[data-view-heading]'), 120);
    await tabTo(() => el.shadowRoot!.activeElement?.getAttribute('data-action') === 'admitted', 2);
    await sendKeys({press: 'Enter'});
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await until(() => dialog.open && dialog.querySelector('.preview')!.getAttribute('aria-busy') === 'false', 1200);
    // Escape closes the dialog and focus comes back to Admit.
    await sendKeys({press: 'Escape'});
    await until(() => !dialog.open, 600);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('admitted');
    await sendKeys({press: 'Enter'});
    await until(() => dialog.open && dialog.querySelector('.preview')!.getAttribute('aria-busy') === 'false', 1200);
    // The note has focus; Tab to Confirm.
    await tabTo(() => el.shadowRoot!.activeElement?.textContent === 'Confirm', 3);
    await sendKeys({press: 'Enter'});
    await until(() => status(el) === 'Admitted', 1200);
  });
});
