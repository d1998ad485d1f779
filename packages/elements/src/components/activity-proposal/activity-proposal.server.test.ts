// The proposal form against the real reference server (started by the test run on a loopback
// port, PGlite in a temporary folder): what the form shows is what the server stores.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../define/activity-proposal.js';
import type {ProposalSubmittedEvent} from '../../events/proposal-submitted-event.js';
import {until} from '../../test-support/catalogs.js';
import {typeText} from '../../test-support/engine.js';
import {$, adminProposals, button, errorsShown, field, fillProposal, mountProposal, submit} from '../../test-support/proposal-driver.js';
import {proxiedRequests, REFERENCE_API, resetServer, setServerMode} from '../../test-support/reference-server.js';

let proposers = 0;
/** An email no other test uses, so the admin list tells this test's proposals apart. */
const uniqueEmail = () => `proposer-${Date.now()}-${++proposers}@example.org`;

const formOn = (lang = 'en', extra = '') => mountProposal(`api="${REFERENCE_API}" ${extra}`, lang);

async function storedFor(email: string) {
  return (await adminProposals(email)).items.filter((p) => p.proposer.email === email);
}

describe('<metropolis-activity-proposal> on the reference server', () => {
  afterEach(async () => {
    await setServerMode({mode: 'normal'});
    localStorage.clear();
  });

  it('sends a webinar proposal that the Secretariat finds, and shows its reference', async () => {
    const form = await formOn();
    const email = uniqueEmail();
    const submitted: string[] = [];
    form.addEventListener('metropolis-proposal-submitted', (e) => submitted.push((e as ProposalSubmittedEvent).receipt.reference));
    await fillProposal(form, {email, speakers: ['Ana Ruiz', 'Jorge Pérez']});
    await submit(form);
    expect(errorsShown(form)).to.deep.equal([]);
    const [stored] = await storedFor(email);
    expect(stored, 'stored').to.exist;
    expect(stored!.reference).to.match(/^MP-\d{4}-\d{4}$/);
    expect($(form, '[part="confirmation"]').textContent).to.contain(`Your reference: ${stored!.reference}`);
    expect(submitted).to.deep.equal([stored!.reference]);
    expect(stored!.status).to.equal('received');
    expect(stored!.activity).to.deep.include({format: 'webinar', title: 'Cable cars as public transport', themes: ['mobility'], expectedParticipants: 80});
    expect(stored!.activity.speakers).to.deep.equal([{name: 'Ana Ruiz'}, {name: 'Jorge Pérez'}]);
    expect(stored!.learningHub).to.equal(undefined);
    expect(stored!.proposer).to.deep.include({country: 'MX', membership: {claim: 'non-member'}});
    await expect(form).to.be.accessible();
  });

  it('sends a Learning Hub proposal with its three-year plan', async () => {
    const form = await formOn();
    const email = uniqueEmail();
    await fillProposal(form, {email, format: 'learning-hub', title: 'Water-sensitive cities hub', themes: ['water', 'climate']});
    await submit(form);
    const [stored] = await storedFor(email);
    expect($(form, '[part="confirmation"]').textContent).to.contain(`Your reference: ${stored!.reference}`);
    expect(stored!.activity.format).to.equal('learning-hub');
    expect(stored!.activity.speakers).to.equal(undefined);
    expect(stored!.learningHub).to.deep.equal({
      priorityTheme: 'water',
      region: 'Latin America',
      scope: 'regional',
      partnerInstitutions: ['UNAM Institute of Engineering', 'Universidad de Chile'],
      outline: {year1: 'Curriculum and first cohort.', year2: 'Research on flood-resilient neighbourhoods.', year3: 'Regional conference and toolkit.'},
    });
  });

  it('keeps everything when the answer is lost, and Retry stores exactly one proposal', async () => {
    await resetServer();
    const form = await formOn();
    const email = uniqueEmail();
    await fillProposal(form, {email});
    await setServerMode({mode: 'drop-responses', method: 'POST', path: '/v1/proposals'});
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
    expect((await proxiedRequests()).forwarded['POST /v1/proposals']).to.be.at.least(2);
  });

  it('can be completed with the keyboard alone (a webinar)', async () => {
    const form = await formOn();
    const email = uniqueEmail();
    const active = () => form.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (predicate: (el: HTMLElement) => boolean, limit = 80) => {
      for (let i = 0; i < limit && !(active() && predicate(active()!)); i++) await sendKeys({press: 'Tab'});
      if (!active() || !predicate(active()!)) throw new Error(`Tab never reached the control (at ${active()?.id})`);
    };
    const byId = (suffix: string) => (el: HTMLElement) => el.id.endsWith(`-${suffix}`);
    const byValue = (fieldName: string, value: string) => (el: HTMLElement) => el.dataset['field'] === fieldName && (el as HTMLInputElement).value === value;
    const tick = async (fieldName: string, value: string) => {
      await tabTo(byValue(fieldName, value));
      await sendKeys({press: ' '});
    };
    form.focus();
    for (const [name, text] of [['givenName', 'Kwame'], ['familyName', 'Mensah'], ['email', email], ['organization', 'Accra Metropolitan Assembly'], ['position', 'Planner'], ['city', 'Accra']] as const) {
      await tabTo(byId(name));
      await typeText(text);
    }
    await tabTo(byId('country'));
    await typeText('Ghan');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Enter'});
    // Membership: the first radio, then arrows to "No" (registry, unlisted, none).
    await tabTo((el) => el.dataset['field'] === 'membership');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await form.updateComplete;
    expect((active() as HTMLInputElement).value).to.equal('none');
    await tabTo(byId('title'));
    await typeText('Street markets and informal trade');
    // Format: the first radio is the webinar; Space checks it.
    await tabTo((el) => el.dataset['field'] === 'format');
    await sendKeys({press: ' '});
    await form.updateComplete;
    await tick('themes', 'urban-economics');
    await tabTo(byId('summary'));
    await typeText('How cities license and support street markets.');
    await tabTo(byId('objectives'));
    await typeText('Participants can draft a market licensing policy.');
    await tick('audience', 'political');
    await tick('careerStages', 'senior');
    await tick('languages', 'en');
    await tabTo(byId('periodStart'));
    if (field(form, 'periodStart').type === 'month') {
      // Chromium's month field: arrows step the month segment (empty, then January…), digits fill the year.
      for (let i = 0; i < 3; i++) await sendKeys({press: 'ArrowUp'});
      await sendKeys({press: 'ArrowRight'});
      await typeText('2027');
    } else await typeText('2027-03'); // Firefox and WebKit: a text field.
    await tabTo(byId('durationValue'));
    await typeText('2');
    await tabTo(byId('expectedParticipants'));
    await typeText('120');
    await tabTo(byId('speaker-0-name'));
    await typeText('Ama Owusu');
    await tabTo(byId('privacy'));
    await sendKeys({press: ' '});
    await tabTo((el) => el.getAttribute('part') === 'submit');
    await sendKeys({press: 'Enter'});
    await until(() => !!form.shadowRoot!.querySelector('[part="confirmation"], [part="error-summary"], [data-failure]'), 1200);
    expect(errorsShown(form)).to.deep.equal([]);
    const [stored] = await storedFor(email);
    expect(stored!.proposer).to.deep.include({givenName: 'Kwame', country: 'GH'});
    expect(stored!.activity).to.deep.include({format: 'webinar', themes: ['urban-economics'], audience: ['political'], careerStages: ['senior'], languages: ['en'], period: {start: '2027-03'}, expectedParticipants: 120});
    expect(stored!.activity.speakers).to.deep.equal([{name: 'Ama Owusu'}]);
    // Focus moved to the confirmation's heading, for screen readers and keyboards.
    expect(active()?.hasAttribute('data-heading')).to.be.true;
  });

  for (const [lang, summary, received] of [
    ['en', 'There is a problem', 'Proposal received'],
    ['fr', 'Il y a un problème', 'Proposition reçue'],
    ['es', 'Hay un problema', 'Propuesta recibida'],
  ] as const) {
    it(`has no axe violation in ${lang} when empty, with errors, with a Learning Hub’s fields, and once sent`, async () => {
      const form = await formOn(lang);
      await until(() => !!form.shadowRoot!.querySelector('input[type="radio"][value="registry"]'));
      await expect(form).to.be.accessible();
      $(form, '[part="submit"]').click();
      await form.updateComplete;
      expect($(form, '[part="error-summary"]').textContent).to.contain(summary);
      await expect(form).to.be.accessible();
      await fillProposal(form, {email: uniqueEmail(), format: 'learning-hub'});
      await expect(form).to.be.accessible();
      await submit(form);
      expect($(form, '[part="confirmation"]').textContent).to.contain(received);
      await expect(form).to.be.accessible();
    });
  }
});
