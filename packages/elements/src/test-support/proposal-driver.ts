/**
 * Drives `<metropolis-activity-proposal>` in browser tests the way a person does: by labels,
 * typing, choosing from lists. Not part of the package.
 * @internal
 * @module
 */
import {fixture, html} from '@open-wc/testing';
import type {ProposalPage} from '@metropolis-training/sdk';
import type {ActivityProposal} from '../components/activity-proposal/activity-proposal.js';
import {until} from './catalogs.js';
import {ADMIN_TOKEN, REFERENCE_API} from './reference-server.js';

/** Mounts a proposal form with `attributes` in a container of language `lang`, and waits until it is ready to type in. */
export async function mountProposal(attributes = '', lang = 'en'): Promise<ActivityProposal> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.lang = lang;
  container.innerHTML = `<metropolis-activity-proposal ${attributes}></metropolis-activity-proposal>`;
  const form = container.querySelector('metropolis-activity-proposal')!;
  await until(() => !!form.shadowRoot?.querySelector('[part="form"]'));
  // The validation code arrives after the first render.
  await until(() => !!(form as unknown as {loadedTools?: unknown}).loadedTools);
  if (lang !== 'en') await until(() => form.shadowRoot!.querySelector('[part="submit"]')!.textContent!.trim() !== 'Send my proposal');
  await form.updateComplete;
  return form;
}

/** The first element of the form's shadow root matching `selector`. */
export const $ = <T extends HTMLElement = HTMLElement>(form: ActivityProposal, selector: string): T => form.shadowRoot!.querySelector<T>(selector)!;

/** The control of a field by its key (`givenName`, `periodEnd`, `speaker-0-name`, …), in any language. */
export function field<T extends HTMLElement = HTMLInputElement>(form: ActivityProposal, name: string): T {
  const control = form.shadowRoot!.querySelector<T>(['input', 'select', 'textarea', 'button'].map((tag) => `${tag}[id$="-${name}"]`).join(', '));
  if (!control) throw new Error(`no field "${name}"`);
  return control;
}

/** The button whose text is `text`. */
export function button(form: ActivityProposal, text: string): HTMLButtonElement {
  const match = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!match) throw new Error(`no button "${text}"`);
  return match;
}

/** The field errors shown. */
export const errorsShown = (form: ActivityProposal) => [...form.shadowRoot!.querySelectorAll('[part="error"]')].map((e) => e.textContent!.trim());

/** The error shown for a field, if any. */
export const errorOf = (form: ActivityProposal, name: string) => form.shadowRoot!.querySelector(`[id$="-${name}-error"]`)?.textContent!.trim();

/** The links of the error summary. */
export const summaryLinks = (form: ActivityProposal) => [...form.shadowRoot!.querySelectorAll('[part="error-summary"] a')].map((a) => a.textContent!.trim());

/** Replaces a field's text as typing does (one input event). */
export async function type(form: ActivityProposal, input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  await form.updateComplete;
}

/** Clicks a control and waits for the render. */
export async function click(form: ActivityProposal, control: HTMLElement): Promise<void> {
  control.click();
  await form.updateComplete;
}

/** Chooses from a select. */
export async function select(form: ActivityProposal, name: string, value: string): Promise<void> {
  const control = field<HTMLSelectElement>(form, name);
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await form.updateComplete;
}

/** Types into the combobox of field `name` and clicks the option starting with `text`. */
export async function chooseOption(form: ActivityProposal, name: string, text: string): Promise<void> {
  await type(form, field(form, name), text);
  const option = () => [...form.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.trim().startsWith(text));
  await until(() => !!option());
  option()!.click();
  await form.updateComplete;
}

/** Checks the checkbox or radio of `field` with `value`. */
export async function check(form: ActivityProposal, name: string, value: string): Promise<void> {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>(`input[data-field="${name}"][value="${value}"]`);
  if (!input) throw new Error(`no choice ${name}=${value}`);
  if (!input.checked) await click(form, input);
}

/** What a test proposer answers; every field optional in the call. */
export interface ProposalAnswers {
  givenName?: string;
  familyName?: string;
  email?: string;
  organization?: string;
  country?: string;
  format?: 'webinar' | 'online-course' | 'in-person' | 'learning-hub';
  title?: string;
  themes?: string[];
  speakers?: string[];
  periodStart?: string;
  periodEnd?: string;
  consent?: boolean;
}

/** Fills the form, in any language, with `answers` over sensible defaults (a webinar by a non-member from Mexico City). */
export async function fillProposal(form: ActivityProposal, answers: ProposalAnswers = {}): Promise<void> {
  const a = {
    givenName: 'Lucía', familyName: 'Ortega', email: 'lucia.ortega@example.org', organization: 'Mexico City Mobility Secretariat', country: 'MX',
    format: 'webinar', title: 'Cable cars as public transport', themes: ['mobility'], speakers: ['Ana Ruiz'], periodStart: '2027-03', periodEnd: '', consent: true, ...answers,
  } as Required<ProposalAnswers>;
  const text: [string, string][] = [['givenName', a.givenName], ['familyName', a.familyName], ['email', a.email], ['organization', a.organization], ['position', 'Head of international cooperation'], ['city', 'Mexico City']];
  for (const [name, value] of text) await type(form, field(form, name), value);
  const lang = form.closest('[lang]')?.getAttribute('lang') ?? 'en';
  await chooseOption(form, 'country', new Intl.DisplayNames([lang], {type: 'region'}).of(a.country)!);
  await check(form, 'membership', 'none');
  await type(form, field(form, 'title'), a.title);
  await check(form, 'format', a.format);
  for (const theme of a.themes) await check(form, 'themes', theme);
  await type(form, field<HTMLTextAreaElement>(form, 'summary'), 'How Cablebús was planned, financed and integrated into the fare system.');
  await type(form, field<HTMLTextAreaElement>(form, 'objectives'), 'Participants can judge whether a cable car fits their topography and budget.');
  await check(form, 'audience', 'technical');
  await check(form, 'careerStages', 'mid-career');
  await check(form, 'languages', 'es');
  await type(form, field(form, 'periodStart'), a.periodStart);
  if (a.periodEnd) await type(form, field(form, 'periodEnd'), a.periodEnd);
  await type(form, field(form, 'durationValue'), a.format === 'learning-hub' ? '3' : '2');
  if (a.format === 'learning-hub') await select(form, 'durationUnit', 'months');
  await type(form, field(form, 'expectedParticipants'), '80');
  if (a.format === 'webinar') {
    for (const [index, name] of a.speakers.entries()) {
      if (!form.shadowRoot!.querySelector(`[id$="-speaker-${index}-name"]`)) await click(form, field<HTMLButtonElement>(form, 'add-speaker'));
      await type(form, field(form, `speaker-${index}-name`), name);
    }
  }
  if (a.format === 'learning-hub') {
    await select(form, 'priorityTheme', 'water');
    await type(form, field(form, 'region'), 'Latin America');
    await check(form, 'scope', 'regional');
    await type(form, field<HTMLTextAreaElement>(form, 'partnerInstitutions'), 'UNAM Institute of Engineering\nUniversidad de Chile');
    await type(form, field<HTMLTextAreaElement>(form, 'year1'), 'Curriculum and first cohort.');
    await type(form, field<HTMLTextAreaElement>(form, 'year2'), 'Research on flood-resilient neighbourhoods.');
    await type(form, field<HTMLTextAreaElement>(form, 'year3'), 'Regional conference and toolkit.');
  }
  const consent = field(form, 'privacy');
  if (consent.checked !== a.consent) await click(form, consent);
}

/** Submits and waits for the confirmation, a failure or the error summary. */
export async function submit(form: ActivityProposal): Promise<void> {
  $(form, '[part="submit"]').click();
  await form.updateComplete;
  await until(() => !!form.shadowRoot!.querySelector('[part="confirmation"], [data-failure], [part="error-summary"]'), 1200);
  await form.updateComplete;
}

/** `GET /v1/admin/proposals?q=…` on the reference server with the admin token. */
export async function adminProposals(q: string): Promise<ProposalPage> {
  const url = new URL(`v1/admin/proposals?${new URLSearchParams({limit: '200', q})}`, new URL(REFERENCE_API, location.href));
  const response = await fetch(url, {headers: {authorization: `Bearer ${ADMIN_TOKEN}`}, cache: 'no-store'});
  if (!response.ok) throw new Error(`adminProposals: ${response.status} ${await response.text()}`);
  return (await response.json()) as ProposalPage;
}
