/**
 * Drives `<metropolis-application-form>` in browser tests the way a person does: by labels,
 * typing, choosing from lists. Not part of the package.
 * @internal
 * @module
 */
import {fixture, html} from '@open-wc/testing';
import type {ApplicationForm} from '../components/application-form/application-form.js';
import {until} from './catalogs.js';

/** 15 September 2025: the Diploma takes applications. */
export const DEMO_DAY = '2025-09-15';

/** The Diploma's edition id in the sample catalog. */
export const DIPLOMA = 'diploma-internationalization-2025';

/** Mounts a form with `attributes` (and `inner` HTML, e.g. an inline catalog) in a container of language `lang`, and waits until it is ready to type in. */
export async function mountForm(attributes: string, lang = 'en', inner = ''): Promise<ApplicationForm> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.lang = lang;
  const now = attributes.includes('now=') ? '' : `now="${DEMO_DAY}"`;
  container.innerHTML = `<metropolis-application-form ${now} ${attributes}>${inner}</metropolis-application-form>`;
  const form = container.querySelector('metropolis-application-form')!;
  await until(() => !!form.shadowRoot?.querySelector('[part="form"], [part="state"]') && !form.shadowRoot?.querySelector('[aria-busy="true"][part="base"]'));
  // The validation code arrives after the first render.
  await until(() => !!(form as unknown as {loadedTools?: unknown}).loadedTools);
  await form.updateComplete;
  return form;
}

/** The first element of the form's shadow root matching `selector`. */
export const $ = <T extends Element = HTMLElement>(form: ApplicationForm, selector: string) => form.shadowRoot!.querySelector<T & HTMLElement>(selector)!;

/** The button whose text is `text`. */
export const button = (form: ApplicationForm, text: string): HTMLButtonElement => {
  const match = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!match) throw new Error(`no button "${text}"`);
  return match;
};

/** The control whose label starts with `label`. */
export const byLabel = (form: ApplicationForm, label: string): HTMLInputElement => {
  const labels = [...form.shadowRoot!.querySelectorAll('label')];
  const match = labels.find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!match) throw new Error(`no label "${label}"`);
  const input = match.htmlFor ? form.shadowRoot!.getElementById(match.htmlFor) : match.querySelector('input');
  return input as HTMLInputElement;
};

/** Whether some label starts with `label` (e.g. once a language's words have loaded). */
export const hasLabel = (form: ApplicationForm, label: string): boolean => [...form.shadowRoot!.querySelectorAll('label')].some((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));

/** The field errors shown. */
export const errorsShown = (form: ApplicationForm) => [...form.shadowRoot!.querySelectorAll('[part="error"]')].map((e) => e.textContent!.trim());

/** Replaces a field's text as typing does (one input event). */
export async function type(form: ApplicationForm, input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  await form.updateComplete;
}

/** Leaves a field (its errors show from then on). */
export async function leave(form: ApplicationForm, input: HTMLElement): Promise<void> {
  input.dispatchEvent(new FocusEvent('blur'));
  await form.updateComplete;
}

/** Types into a combobox and clicks the option starting with `name`. */
export async function choose(form: ApplicationForm, label: string, name: string): Promise<void> {
  const input = byLabel(form, label);
  await type(form, input, name);
  await until(() => [...form.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].some((o) => o.textContent!.trim().startsWith(name)));
  [...form.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.trim().startsWith(name))!.click();
  await form.updateComplete;
}

/** The control of a field by its name (`givenName`, `country`, `colleague-0-email`, …), in any language. */
export const field = <T extends HTMLElement = HTMLInputElement>(form: ApplicationForm, name: string): T => {
  const control = form.shadowRoot!.querySelector<T>(`[id$="-${name}"]`);
  if (!control) throw new Error(`no field "${name}"`);
  return control;
};

/** Types into the combobox of field `name` and clicks the option starting with `text`. */
export async function chooseOption(form: ApplicationForm, name: string, text: string): Promise<void> {
  await type(form, field(form, name), text);
  const option = () => [...form.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.trim().startsWith(text));
  await until(() => !!option());
  option()!.click();
  await form.updateComplete;
}

/** What a test applicant answers; every field optional in the call. */
export interface Answers {
  givenName?: string;
  familyName?: string;
  email?: string;
  organization?: string;
  position?: string;
  city?: string;
  /** ISO code; chosen by its name in the form's language. */
  country?: string;
  careerStage?: 'junior' | 'mid-career' | 'senior';
  /** A member's name as the registry lists it, `{unlisted: name}`, or 'none'. */
  membership?: string | {unlisted: string};
  colleagues?: {givenName: string; familyName: string; email: string}[];
  motivation?: string;
  consent?: boolean;
}

/** Fills the form, in any language, with `answers` over sensible defaults (a non-member from Cairo). */
export async function fill(form: ApplicationForm, answers: Answers = {}): Promise<void> {
  const a = {givenName: 'Amina', familyName: 'Haddad', email: 'amina.haddad@example.org', organization: 'Cairo Governorate', position: 'International relations officer', city: 'Cairo', country: 'EG', careerStage: 'mid-career', membership: 'none', colleagues: [], motivation: 'Our office is drafting its first international strategy.', consent: true, ...answers} as Required<Answers>;
  for (const name of ['givenName', 'familyName', 'email', 'organization', 'position', 'city'] as const) await type(form, field(form, name), a[name]);
  const lang = form.closest('[lang]')?.getAttribute('lang') ?? 'en';
  await chooseOption(form, 'country', new Intl.DisplayNames([lang], {type: 'region'}).of(a.country)!);
  const stage = field<HTMLSelectElement>(form, 'careerStage');
  stage.value = a.careerStage;
  stage.dispatchEvent(new Event('change'));
  const radio = (value: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;
  if (a.membership === 'none') radio('none').click();
  else if (typeof a.membership === 'object') {
    radio('unlisted').click();
    await form.updateComplete;
    await type(form, field(form, 'memberName'), a.membership.unlisted);
  } else {
    radio('registry').click();
    await form.updateComplete;
    await chooseOption(form, 'memberId', a.membership);
  }
  await form.updateComplete;
  for (const [index, colleague] of a.colleagues.entries()) {
    field<HTMLButtonElement>(form, 'add-colleague').click();
    await form.updateComplete;
    for (const name of ['givenName', 'familyName', 'email'] as const) await type(form, field(form, `colleague-${index}-${name}`), colleague[name]);
  }
  await type(form, form.shadowRoot!.querySelector('textarea')!, a.motivation);
  const consent = field(form, 'privacy');
  if (consent.checked !== a.consent) consent.click();
  await form.updateComplete;
}

/** The total the form shows, once it is a settled price (not "Updating…"). */
export async function shownTotal(form: ApplicationForm): Promise<string> {
  await until(() => !!form.shadowRoot!.querySelector('[part="total"]') && !form.shadowRoot!.querySelector('[part="quote"] [aria-busy="true"]'));
  return $(form, '[part="total"]').textContent!.replace(/\s+/g, ' ').trim();
}
