/**
 * The sign-in view of `<metropolis-admissions>`.
 * @module
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Admissions} from './admissions.js';

/** The sign-in form: the token (a password field, never autofilled) and "keep me signed in in this tab". */
export function signInView(host: Admissions, state: {error: string; touched: boolean; busy: boolean}): TemplateResult {
  const m = host.m;
  const id = (name: string) => `${host.idPrefix}-${name}`;
  const invalid = !!state.error;
  return html`<section class="view sign-in">
    ${host.heading(m.signInTitle)}
    <p>${m.signInIntro}</p>
    <form @submit=${host.onSignIn} novalidate>
      <div class="field">
        <label for=${id('token')}>${m.token}</label>
        <input part="input" id=${id('token')} name="token" type="password" autocomplete="off" spellcheck="false" autocapitalize="off" required aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? id('token-error') : nothing} />
        ${invalid ? html`<p class="field-error" id=${id('token-error')} role="alert">${state.error}</p>` : nothing}
      </div>
      <div class="choice">
        <input id=${id('keep')} name="keep" type="checkbox" aria-describedby=${id('keep-hint')} />
        <label for=${id('keep')}>${m.keepSignedIn}</label>
      </div>
      <p class="hint" id=${id('keep-hint')}>${m.keepSignedInHint}</p>
      <div class="buttons"><button part="button" type="submit" ?disabled=${state.busy}>${state.busy ? m.signingIn : m.signIn}</button></div>
    </form>
  </section>`;
}
