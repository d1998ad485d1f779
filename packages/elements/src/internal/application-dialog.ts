/**
 * The application form in a modal `<dialog>`, on the page that offered Apply. Loaded on demand
 * by `openApplication()` (internal/actions.ts): a list page does not download the form until a
 * visitor asks to apply.
 * @module
 */
import {html, LitElement, type TemplateResult} from 'lit';
import {property, query} from 'lit/decorators.js';
import type {ApplicationForm} from '../components/application-form/application-form.js';
import '../define/application-form.js';
import {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';
import {commonMessages} from '../localize/common.js';
import {LocaleController} from '../localize/locale-controller.js';
import type {ApplicationHost, ApplicationTarget} from './actions.js';
import {styles} from './application-dialog.styles.js';
import {defineElement} from './define.js';
import {baseStyles} from './styles.js';

let instances = 0;

/**
 * The modal around `<metropolis-application-form>`. Not a public element: one lives at the top
 * of the shadow root of each element that opened it (before the nodes Lit renders, which it never
 * touches), so it inherits the element's language and `--metropolis-*` tokens.
 * @internal
 */
export class ApplicationDialog extends LitElement {
  /** The shared tokens, then the dialog's own. */
  static override styles = [baseStyles, styles];

  private readonly i18n = new LocaleController(this, {common: commonMessages});

  /** The edition's title, the dialog's name (text only). */
  @property({attribute: false}) heading = '';

  @query('dialog') private readonly dialog!: HTMLDialogElement;
  @query('.body') private readonly body!: HTMLElement;

  private readonly titleId = `metropolis-application-dialog-${++instances}`;
  private form: ApplicationForm | undefined;
  private formReady = false;
  private opener: HTMLElement | undefined;

  /** The form shown, if any. */
  get applicationForm(): ApplicationForm | undefined {
    return this.form;
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /**
   * Opens the form of `target.id` with `host`'s data source; focus returns to `opener` on
   * close. Reopening the same edition keeps the form as it was (what the visitor typed).
   */
  async show(host: ApplicationHost, target: ApplicationTarget, opener: HTMLElement): Promise<void> {
    this.heading = target.title;
    this.opener = opener;
    await this.updateComplete;
    if (this.form?.edition !== target.id) this.replaceForm(host, target.id);
    if (!this.dialog.open) this.dialog.showModal();
    if (this.formReady) await this.focusForm();
  }

  /** Closes the dialog (focus returns to the Apply button that opened it). */
  close(): void {
    this.dialog?.close();
  }

  private replaceForm(host: ApplicationHost, editionId: string): void {
    const form = document.createElement('metropolis-application-form');
    form.setAttribute('edition', editionId);
    // Under the dialog's own <h2> title.
    form.setAttribute('heading-level', '3');
    // The same data source as the element that offered Apply: its server, its catalog file or
    // its inline catalog (copied as text).
    for (const name of ['api', 'catalog', 'now'] as const) {
      const value = host.getAttribute(name) ?? host[name];
      if (value) form.setAttribute(name, value);
    }
    // The form's own options, given on the list or the course page.
    for (const name of ['privacy-href', 'save-draft']) {
      const value = host.getAttribute(name);
      if (value !== null) form.setAttribute(name, value);
    }
    const inline = host.querySelector(':scope > script[type="application/json"]');
    if (inline && !form.hasAttribute('api') && !form.hasAttribute('catalog')) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = inline.textContent;
      form.append(script);
    }
    // The form's catalog events are not the list's: they stop here.
    form.addEventListener(CatalogLoadEvent.eventName, (event) => {
      event.stopPropagation();
      if (form !== this.form) return;
      this.formReady = true;
      void this.focusForm();
    });
    form.addEventListener(CatalogErrorEvent.eventName, (event) => event.stopPropagation());
    this.formReady = false;
    this.form?.remove();
    this.form = form;
    this.body.append(form);
  }

  /** Moves focus to the form's first field (the form delegates focus), once it has rendered. */
  private async focusForm(): Promise<void> {
    const form = this.form;
    if (!form) return;
    await form.updateComplete;
    if (form === this.form && this.dialog.open) form.focus();
  }

  private onClose(): void {
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
  }

  override render(): TemplateResult {
    const c = this.i18n.messages.common;
    return html`<dialog part="dialog" aria-labelledby=${this.titleId} @close=${this.onClose}>
      <div part="dialog-header" class="header">
        <h2 part="dialog-title" id=${this.titleId}>${this.heading}</h2>
        <button part="close" type="button" class="secondary" @click=${this.close}>${c.close}</button>
      </div>
      <div part="dialog-body" class="body"></div>
    </dialog>`;
  }
}

defineElement('metropolis-application-dialog', ApplicationDialog);

declare global {
  interface HTMLElementTagNameMap {
    'metropolis-application-dialog': ApplicationDialog;
  }
}

/** The dialog of `host`, created at the top of its shadow root on first use. */
export function dialogOf(host: ApplicationHost): ApplicationDialog {
  const root = host.shadowRoot ?? document.body;
  // A shadow root's own children (`:scope` matches nothing in a shadow root).
  let dialog = [...root.children].find((child): child is ApplicationDialog => child.localName === 'metropolis-application-dialog');
  if (!dialog) {
    dialog = document.createElement('metropolis-application-dialog');
    // Themeable from the page: `metropolis-course-list::part(dialog)`.
    dialog.setAttribute('exportparts', 'dialog, dialog-header, dialog-title, close, dialog-body');
    root.prepend(dialog);
  }
  return dialog;
}

/** Opens the application form of `target` in `host`'s dialog. */
export function showApplication(host: ApplicationHost, target: ApplicationTarget, opener: HTMLElement): Promise<void> {
  return dialogOf(host).show(host, target, opener);
}
