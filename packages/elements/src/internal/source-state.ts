/**
 * What an element shows while it has no catalog to render — loading, no source, an error with a
 * retry — and its state messages, the same in every element.
 * @module
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {CommonMessages} from '../localize/en/common.js';
import type {CatalogState} from './catalog-controller.js';

/**
 * A state message (`part="state"`): a status, or an alert when `alert` is given, with a retry
 * button (`part="retry"`) when it has one.
 */
export function stateMessage(message: string, alert?: {retry?: () => void; label?: string}): TemplateResult {
  return html`<div part="state" class="state ${alert ? 'error' : ''}" role=${alert ? 'alert' : 'status'}>
    <p>${message}</p>
    ${alert?.retry ? html`<button part="retry" type="button" @click=${alert.retry}>${alert.label}</button>` : nothing}
  </div>`;
}

/**
 * The element's whole content (`part="base"`) while its catalog loads (`aria-busy`), when it
 * has no source, or when loading failed.
 */
export function sourceState(state: Exclude<CatalogState, {status: 'ready'}>, c: CommonMessages, retry: () => void): TemplateResult {
  if (state.status === 'loading') {
    return html`<div part="base" aria-busy="true">${stateMessage(c.loading)}<div class="skeleton" aria-hidden="true"></div></div>`;
  }
  const message = state.status === 'missing' ? c.noSource : state.kind === 'invalid' ? c.catalogInvalid : state.kind === 'offline' ? c.loadFailedOffline : c.loadFailed;
  return html`<div part="base">${stateMessage(message, {retry, label: c.retry})}</div>`;
}
