/**
 * `<metropolis-admissions>`: the Secretariat's admissions console.
 * @module
 */
import {ApiError, formatMoney, amountText, type AdminClient, type AdminEdition, type Application, type MemberRecord, type StatusPreview, type VersionedApplication} from '@metropolis-training/sdk';
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {AdmissionsSignedInEvent} from '../../events/admissions-signed-in-event.js';
import {AdmissionsSignedOutEvent, type SignOutReason} from '../../events/admissions-signed-out-event.js';
import {ApplicationChangedEvent} from '../../events/application-changed-event.js';
import {safeUrl} from '../../internal/attributes.js';
import {formStyles} from '../../internal/form-styles.js';
import {baseStyles} from '../../internal/styles.js';
import {submitFormStyles} from '../../internal/submit-form-styles.js';
import {admissionsMessages} from '../../localize/admissions.js';
import type {AdmissionAction, AdmissionsMessages} from '../../localize/en/admissions.js';
import {LocaleController} from '../../localize/locale-controller.js';
import {changeOf, memberProblems, noFilters, queryOf, serverUrl, today, tokenProblem, TOKEN_KEY, type ChangeDraft, type Filters, type MemberDraft} from './admissions-model.js';
import {styles} from './admissions.styles.js';
import {applicationView} from './application-view.js';
import {listView} from './list-view.js';
import {membersView} from './members-view.js';
import {signInView} from './sign-in-view.js';

/** Which page of the console shows. */
export type AdmissionsView = 'sign-in' | 'list' | 'application' | 'members';

/** The confirmation dialog: a status change, or deleting a member. */
export type DialogState =
  | {kind: 'change'; draft: ChangeDraft; preview?: StatusPreview; previewing: boolean; fieldError?: {field: string; message: string}; error?: string; conflict?: string; busy: boolean}
  | {kind: 'delete-member'; member: MemberRecord; error?: string; busy: boolean};

/** The list of applications as loaded so far. */
export interface ListState {
  items: Application[];
  total: number;
  nextCursor?: string | undefined;
  loading: boolean;
}

/** The member form, when open: a new member, or an edit of `editing`. */
export interface MemberFormState {
  draft: MemberDraft;
  editing?: string;
  submitted: boolean;
  error?: string;
}

type Tools = typeof import('../../internal/admissions-tools.js');
let tools: Promise<Tools> | undefined;
/** The admin client and its schemas (zod), loaded on the first sign-in: the sign-in form shows without them. */
const loadTools = () => (tools ??= import('../../internal/admissions-tools.js'));

let instances = 0;

/**
 * @tagname metropolis-admissions
 * @summary The Secretariat's admissions console: sign in with an admin token, pick an edition
 * (counts against capacity and the special-fee quota), filter and page its applications, export
 * them as CSV, open one (what the applicant sent, the server's quote, the invoice, the history)
 * and move it along its lifecycle (admit, reject, invoice, mark paid, cancel with the refund the
 * policy gives, withdraw), each change previewed (refund, email) and confirmed; keep the member
 * registry. The token stays in memory, or in `sessionStorage` when asked; never in `localStorage`.
 *
 * @fires metropolis-admissions-signed-in - AdmissionsSignedInEvent, when the server accepted a token (the admin's name, never the token).
 * @fires metropolis-admissions-signed-out - AdmissionsSignedOutEvent, on sign-out or when the server stops accepting the token.
 * @fires metropolis-application-changed - ApplicationChangedEvent, when the server recorded a status change made here (id, reference, from, status).
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading of the current view.
 * @csspart nav - The navigation between applications and the member registry.
 * @csspart table - The tables of applications and members.
 * @csspart dialog - The confirmation dialog.
 * @csspart input - Each text input, select and textarea.
 * @csspart button - Each button.
 *
 * @cssprop --metropolis-color-accent - Accent: buttons, focus (default #0b5cad).
 * @cssprop --metropolis-color-on-accent - Text on the accent colour (default #ffffff).
 * @cssprop --metropolis-color-surface - Background of inputs and the dialog (default #ffffff).
 * @cssprop --metropolis-color-text - Text (default #1b1b1f).
 * @cssprop --metropolis-color-muted - Hints (default #4a4d55).
 * @cssprop --metropolis-color-border - Borders (default #c4c6cf).
 * @cssprop --metropolis-color-danger - Errors (default #a4161a).
 * @cssprop --metropolis-radius - Corner radius (default 8px).
 * @cssprop --metropolis-space - Spacing unit (default 1rem).
 * @cssprop --metropolis-font-family - Font: the page's own unless set (default inherit).
 */
export class Admissions extends LitElement {
  /** The element's styles: the shared tokens, the form styles, then its own. */
  static override styles = [baseStyles, formStyles, submitFormStyles, styles];

  private readonly i18n = new LocaleController(this, {admissions: admissionsMessages});

  /** Base URL of the Metropolis Training API server (`/v1/admin/…` below it). Default: this page's origin. */
  @property() api?: string;
  /** Level of the views' headings in the page's outline, 1 to 6 (default 2). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  @state() private view: AdmissionsView = 'sign-in';
  @state() private admin = '';
  @state() private signInError = '';
  @state() private signInTouched = false;
  @state() private signingIn = false;
  @state() private editions: AdminEdition[] = [];
  @state() private editionId = '';
  @state() private filters: Filters = noFilters();
  @state() private list: ListState = {items: [], total: 0, loading: false};
  @state() private current: VersionedApplication | undefined;
  @state() private dialog: DialogState | undefined;
  @state() private members: MemberRecord[] = [];
  @state() private memberForm: MemberFormState | undefined;
  @state() private announcement = '';
  @state() private error = '';

  @query('dialog') private dialogElement?: HTMLDialogElement;

  /** Ids unique to this instance (two consoles on one page). @internal */
  readonly idPrefix = `metropolis-admissions-${++instances}`;
  private client: AdminClient | undefined;
  private token = '';
  private focusHeading = false;
  private returnFocus: HTMLElement | undefined;

  /** The messages in the current language. @internal */
  get m(): AdmissionsMessages {
    return this.i18n.messages.admissions;
  }

  /** The locale for dates, numbers and country names. @internal */
  get locale(): string {
    return this.i18n.locale;
  }

  /** The API base, absolute, ending with `/`. @internal */
  get apiBase(): string {
    const given = safeUrl('api', this.api) ?? '/';
    const absolute = new URL(given, document.baseURI).href;
    return absolute.endsWith('/') ? absolute : `${absolute}/`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    let kept: string | null = null;
    try {
      kept = sessionStorage.getItem(TOKEN_KEY);
    } catch {
      // Storage refused (privacy settings): memory only.
    }
    if (kept && !this.client) void this.signIn(kept, true, true);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[data-view-heading]')?.focus();
    }
    const dialog = this.dialogElement;
    if (dialog && this.dialog && !dialog.open) dialog.showModal();
    if (dialog && !this.dialog && dialog.open) dialog.close();
  }

  // ---- navigation -------------------------------------------------------------------------

  private go(view: AdmissionsView): void {
    this.view = view;
    this.focusHeading = true;
  }

  /** Shows the application list (and reloads it). @internal */
  showList = (): void => {
    this.go('list');
    this.current = undefined;
  };

  /** Shows the member registry. @internal */
  showMembers = async (): Promise<void> => {
    this.go('members');
    this.memberForm = undefined;
    await this.loadMembers();
  };

  // ---- sign-in ----------------------------------------------------------------------------

  /** Handles the sign-in form. @internal */
  onSignIn = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const token = (form.elements.namedItem('token') as HTMLInputElement).value;
    const keep = (form.elements.namedItem('keep') as HTMLInputElement).checked;
    this.signInTouched = true;
    const problem = tokenProblem(token);
    if (problem) {
      this.signInError = problem === 'required' ? this.m.tokenRequired : this.m.tokenTooShort;
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name=token]')?.focus());
      return;
    }
    void this.signIn(token.trim(), keep, false);
  };

  private async signIn(token: string, keep: boolean, restoring: boolean): Promise<void> {
    this.signingIn = true;
    this.signInError = '';
    try {
      const {createAdminClient} = await loadTools();
      const client = createAdminClient({api: this.apiBase, token});
      const me = await client.me();
      this.client = client;
      this.token = token;
      this.admin = me.name;
      this.signingIn = false;
      try {
        if (keep) sessionStorage.setItem(TOKEN_KEY, token);
        else sessionStorage.removeItem(TOKEN_KEY);
      } catch {
        // Storage refused: memory only.
      }
      this.dispatchEvent(new AdmissionsSignedInEvent(me.name));
      this.go('list');
      await this.loadEditions();
      await this.loadList();
    } catch (error) {
      if (restoring) this.forget();
      this.signInError = error instanceof ApiError && (error.status === 401 || error.status === 403) ? this.m.tokenRefused : this.m.unreachable;
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name=token]')?.focus());
    } finally {
      this.signingIn = false;
    }
  }

  private forget(): void {
    this.client = undefined;
    this.token = '';
    this.admin = '';
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // Nothing kept.
    }
  }

  /** Signs out: forgets the token (memory and `sessionStorage`) and shows the sign-in form. @internal */
  signOut = (reason: SignOutReason = 'user'): void => {
    this.forget();
    this.dialog = undefined;
    this.current = undefined;
    this.list = {items: [], total: 0, loading: false};
    this.members = [];
    this.editions = [];
    this.signInTouched = false;
    this.signInError = reason === 'expired' ? this.m.expired : '';
    this.go('sign-in');
    this.dispatchEvent(new AdmissionsSignedOutEvent(reason));
  };

  /** The message for a failed call; a 401 signs out. */
  private failure(error: unknown): string {
    if (error instanceof ApiError && error.status === 401) {
      this.signOut('expired');
      return this.m.expired;
    }
    if (error instanceof ApiError) return this.m.failed(error.problem.detail ?? error.problem.title);
    return this.m.unreachable;
  }

  // ---- editions and list ------------------------------------------------------------------

  private async loadEditions(): Promise<void> {
    if (!this.client) return;
    try {
      this.editions = await this.client.editions();
    } catch (error) {
      this.error = this.failure(error);
    }
  }

  private async loadList(more = false): Promise<void> {
    if (!this.client) return;
    const cursor = more ? this.list.nextCursor : undefined;
    this.list = {...this.list, loading: true};
    try {
      const page = await this.client.applications(queryOf(this.editionId, this.filters, cursor));
      const items = more ? [...this.list.items, ...page.items] : page.items;
      this.list = {items, total: page.total, nextCursor: page.nextCursor, loading: false};
      this.error = '';
      this.announcement = this.m.count(items.length, page.total);
    } catch (error) {
      this.list = {...this.list, loading: false};
      this.error = this.failure(error);
    }
  }

  /** The edition picker changed. @internal */
  onEdition = (event: Event): void => {
    this.editionId = (event.target as HTMLSelectElement).value;
    void this.loadList();
  };

  /** The filter form was submitted. @internal */
  onFilters = (event: SubmitEvent): void => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    this.filters = {status: text('status'), country: text('country'), incomeGroup: text('incomeGroup'), membership: text('membership'), specialFee: text('specialFee') as Filters['specialFee'], q: text('q')};
    void this.loadList();
  };

  /** Load more. @internal */
  onLoadMore = (): void => {
    void this.loadList(true);
  };

  /** Downloads the CSV of the current filter (fetched with the token, saved through a blob link). @internal */
  onExport = async (): Promise<void> => {
    if (!this.client) return;
    try {
      const blob = await this.client.exportCsv(queryOf(this.editionId, this.filters));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `applications${this.editionId ? `-${this.editionId}` : ''}.csv`;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.announcement = this.m.exported;
    } catch (error) {
      this.error = this.failure(error);
    }
  };

  // ---- one application --------------------------------------------------------------------

  /** Opens an application's page. @internal */
  openApplication = async (id: string): Promise<void> => {
    if (!this.client) return;
    try {
      this.current = await this.client.application(id);
      this.error = '';
      this.go('application');
    } catch (error) {
      this.error = this.failure(error);
    }
  };

  /** Reloads the open application (after a conflict). @internal */
  reload = async (): Promise<void> => {
    const id = this.current?.application.id;
    this.dialog = undefined;
    if (!id || !this.client) return;
    try {
      this.current = await this.client.application(id);
      this.focusHeading = true;
      this.requestUpdate();
    } catch (error) {
      this.error = this.failure(error);
    }
  };

  /** Opens the confirmation dialog of an action, and fetches its preview. @internal */
  startAction = (action: AdmissionAction, event: Event): void => {
    const application = this.current?.application;
    if (!application) return;
    this.returnFocus = event.currentTarget as HTMLElement;
    const draft: ChangeDraft = {action, note: '', amount: action === 'paid' ? amountText(application.quote.total.amount, application.quote.currency) : '', cancelledOn: today()};
    this.dialog = {kind: 'change', draft, previewing: false, busy: false};
    void this.refreshPreview();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('dialog [data-first]')?.focus());
  };

  /** A field of the change dialog changed. @internal */
  onDraft = (field: keyof Omit<ChangeDraft, 'action'>, value: string, preview: boolean): void => {
    if (this.dialog?.kind !== 'change') return;
    this.dialog = {...this.dialog, draft: {...this.dialog.draft, [field]: value}, fieldError: undefined};
    if (preview) void this.refreshPreview();
  };

  private async refreshPreview(): Promise<void> {
    const dialog = this.dialog;
    const application = this.current?.application;
    if (dialog?.kind !== 'change' || !application || !this.client) return;
    const result = changeOf(application, {...dialog.draft, note: dialog.draft.note || (dialog.draft.action === 'rejected' ? '…' : '')});
    if (!('change' in result)) return;
    this.dialog = {...dialog, previewing: true, preview: undefined, error: undefined};
    try {
      const preview = await this.client.preview(application.id, result.change);
      if (this.dialog?.kind === 'change' && this.dialog.draft === dialog.draft) this.dialog = {...this.dialog, preview, previewing: false};
    } catch (error) {
      if (this.dialog?.kind === 'change') this.dialog = {...this.dialog, previewing: false, preview: undefined, error: this.failure(error)};
    }
  }

  /** Confirms the change in the dialog. @internal */
  onConfirmChange = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const dialog = this.dialog;
    const current = this.current;
    if (dialog?.kind !== 'change' || !current || !this.client || dialog.busy) return;
    const result = changeOf(current.application, dialog.draft);
    if (!('change' in result)) {
      this.dialog = {...dialog, fieldError: {field: result.field, message: this.m[result.problem]}};
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`dialog [name=${result.field}]`)?.focus());
      return;
    }
    this.dialog = {...dialog, busy: true, error: undefined, conflict: undefined};
    try {
      const from = current.application.status;
      this.current = await this.client.changeStatus(current.application.id, result.change, current.etag);
      const {application} = this.current;
      this.closeDialog();
      this.announcement = this.m.changed(application.reference, this.m.statusLabels[application.status]);
      this.dispatchEvent(new ApplicationChangedEvent(application.id, application.reference, from, application.status));
      void this.loadEditions();
      void this.loadList();
    } catch (error) {
      if (this.dialog?.kind !== 'change') return;
      if (error instanceof ApiError && error.status === 412) {
        this.dialog = {...this.dialog, busy: false, conflict: this.m.conflict((error as ApiError).problem.detail ?? (error as ApiError).problem.title)};
        this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('dialog [data-reload]')?.focus());
      } else {
        const issues = error instanceof ApiError && error.issues.length ? error.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ') : '';
        this.dialog = {...this.dialog, busy: false, error: issues ? this.m.failed(issues) : this.failure(error)};
      }
    }
  };

  /** Closes the dialog and gives focus back to what opened it. @internal */
  closeDialog = (): void => {
    this.dialog = undefined;
    const back = this.returnFocus;
    this.returnFocus = undefined;
    this.updateComplete.then(() => {
      if (back?.isConnected && !back.hasAttribute('disabled')) back.focus();
      else this.renderRoot.querySelector<HTMLElement>('[data-view-heading]')?.focus();
    });
  };

  /** The dialog's own close (Escape). @internal */
  onDialogClose = (): void => {
    // A close event arrives a task after close(): by then another dialog may have opened (Firefox
    // shows it, on a fast double action); only a dialog still closed is a close by the user.
    if (this.dialog && !this.dialogElement?.open) this.closeDialog();
  };

  /** Opens the printable invoice in a new tab. @internal */
  invoiceHref = (url: string): string | undefined => serverUrl(url, this.apiBase);

  // ---- members ----------------------------------------------------------------------------

  private async loadMembers(): Promise<void> {
    if (!this.client) return;
    try {
      this.members = await this.client.members();
      this.error = '';
    } catch (error) {
      this.error = this.failure(error);
    }
  }

  /** Opens the member form, empty or for `member`. @internal */
  editMember = (member: MemberRecord | undefined, event: Event): void => {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.memberForm = member
      ? {draft: {id: member.id, name: member.name, city: member.city, country: member.country, paidThrough: member.contributionsPaidThrough === undefined ? '' : String(member.contributionsPaidThrough)}, editing: member.id, submitted: false}
      : {draft: {id: '', name: '', city: '', country: '', paidThrough: ''}, submitted: false};
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-member-form-heading]')?.focus());
  };

  /** A member field changed. @internal */
  onMemberField = (field: keyof MemberDraft, value: string): void => {
    if (this.memberForm) this.memberForm = {...this.memberForm, draft: {...this.memberForm.draft, [field]: value}};
  };

  /** Closes the member form. @internal */
  closeMemberForm = (): void => {
    this.memberForm = undefined;
    const back = this.returnFocus;
    this.returnFocus = undefined;
    this.updateComplete.then(() => (back?.isConnected ? back : this.renderRoot.querySelector<HTMLElement>('[data-view-heading]'))?.focus());
  };

  /** Saves the member form. @internal */
  onSaveMember = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = this.memberForm;
    if (!form || !this.client) return;
    const problems = memberProblems(form.draft);
    const first = Object.keys(problems)[0];
    if (first) {
      this.memberForm = {...form, submitted: true};
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-member-${first}`)?.focus());
      return;
    }
    const {draft} = form;
    const member: MemberRecord = {id: draft.id.trim(), name: draft.name.trim(), city: draft.city.trim(), country: draft.country.trim().toUpperCase()};
    if (draft.paidThrough.trim()) member.contributionsPaidThrough = Number(draft.paidThrough.trim());
    try {
      await this.client.putMember(member);
      this.announcement = this.m.memberSaved(member.name);
      this.memberForm = undefined;
      this.returnFocus = undefined;
      await this.loadMembers();
      this.focusHeading = true;
      this.requestUpdate();
    } catch (error) {
      this.memberForm = {...form, submitted: true, error: this.failure(error)};
    }
  };

  /** Asks to confirm deleting a member. @internal */
  askDeleteMember = (member: MemberRecord, event: Event): void => {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.dialog = {kind: 'delete-member', member, busy: false};
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('dialog [data-first]')?.focus());
  };

  /** Deletes the member in the dialog. @internal */
  onConfirmDelete = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const dialog = this.dialog;
    if (dialog?.kind !== 'delete-member' || !this.client) return;
    this.dialog = {...dialog, busy: true};
    try {
      await this.client.deleteMember(dialog.member.id);
      this.dialog = undefined;
      this.returnFocus = undefined;
      this.announcement = this.m.memberDeleted(dialog.member.name);
      await this.loadMembers();
      this.focusHeading = true;
      this.requestUpdate();
    } catch (error) {
      if (this.dialog?.kind === 'delete-member') this.dialog = {...this.dialog, busy: false, error: this.failure(error)};
    }
  };

  // ---- render -----------------------------------------------------------------------------

  /** A heading at the element's level plus `offset`, focusable for navigation. @internal */
  heading(text: string, offset = 0, view = true): TemplateResult {
    const level = Math.min(6, Math.max(1, (Number.isInteger(this.headingLevel) ? this.headingLevel : 2) + offset));
    switch (level) {
      case 1: return view ? html`<h1 part="heading" tabindex="-1" data-view-heading>${text}</h1>` : html`<h1>${text}</h1>`;
      case 2: return view ? html`<h2 part="heading" tabindex="-1" data-view-heading>${text}</h2>` : html`<h2>${text}</h2>`;
      case 3: return view ? html`<h3 part="heading" tabindex="-1" data-view-heading>${text}</h3>` : html`<h3>${text}</h3>`;
      case 4: return view ? html`<h4 part="heading" tabindex="-1" data-view-heading>${text}</h4>` : html`<h4>${text}</h4>`;
      case 5: return view ? html`<h5 part="heading" tabindex="-1" data-view-heading>${text}</h5>` : html`<h5>${text}</h5>`;
      default: return view ? html`<h6 part="heading" tabindex="-1" data-view-heading>${text}</h6>` : html`<h6>${text}</h6>`;
    }
  }

  /** Formats an amount. @internal */
  money = (value: {amount: number; currency: string}): string => formatMoney(value, this.locale);

  /** A country's name from its ISO code, with the code: "Egypt (EG)". @internal */
  regionName = (code: string): string => this.displayName('region', code);

  /** A language's name from its code: "English". @internal */
  languageName = (code: string): string => this.displayName('language', code);

  private displayName(type: 'region' | 'language', code: string): string {
    try {
      const name = new Intl.DisplayNames([this.locale], {type}).of(code);
      return name && name !== code ? (type === 'region' ? `${name} (${code})` : name) : code;
    } catch {
      return code;
    }
  }

  /** Formats an instant. @internal */
  when = (iso: string): string => {
    try {
      return new Intl.DateTimeFormat(this.locale, {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(iso));
    } catch {
      return iso;
    }
  };

  private renderNav(): TemplateResult {
    const m = this.m;
    return html`<div class="bar">
      <nav part="nav" aria-label=${m.navigation}>
        <button part="button" type="button" class="link" aria-current=${this.view === 'list' || this.view === 'application' ? 'page' : 'false'} @click=${this.showList}>${m.applications}</button>
        <button part="button" type="button" class="link" aria-current=${this.view === 'members' ? 'page' : 'false'} @click=${this.showMembers}>${m.members}</button>
      </nav>
      <p class="who">${m.signedInAs(this.admin)} <button part="button" type="button" class="secondary" @click=${() => this.signOut('user')}>${m.signOut}</button></p>
    </div>`;
  }

  private renderDialog(): TemplateResult {
    const m = this.m;
    const dialog = this.dialog;
    const labelId = `${this.idPrefix}-dialog-title`;
    let body: TemplateResult | typeof nothing = nothing;
    if (dialog?.kind === 'change' && this.current) {
      body = changeDialog(this, dialog, this.current.application, labelId);
    } else if (dialog?.kind === 'delete-member') {
      body = html`<form method="dialog" @submit=${this.onConfirmDelete}>
        <h2 id=${labelId}>${m.deleteMember(dialog.member.name)}</h2>
        <p>${m.deleteConfirm(dialog.member.name)}</p>
        ${dialog.error ? html`<p class="alert" role="alert">${dialog.error}</p>` : nothing}
        <div class="buttons">
          <button part="button" type="submit" class="danger" ?disabled=${dialog.busy}>${m.delete}</button>
          <button part="button" type="button" class="secondary" data-first @click=${this.closeDialog}>${m.cancel}</button>
        </div>
      </form>`;
    }
    return html`<dialog part="dialog" aria-labelledby=${labelId} @close=${this.onDialogClose} @cancel=${(e: Event) => {
      e.preventDefault();
      this.closeDialog();
    }}>${body}</dialog>`;
  }

  override render(): TemplateResult {
    const view = this.view;
    let content: TemplateResult;
    if (view === 'sign-in' || !this.client) content = signInView(this, {error: this.signInError, touched: this.signInTouched, busy: this.signingIn});
    else if (view === 'application' && this.current) content = applicationView(this, this.current.application);
    else if (view === 'members') content = membersView(this, this.members, this.memberForm);
    else content = listView(this, {editions: this.editions, editionId: this.editionId, filters: this.filters, list: this.list});
    return html`<div part="base" class="base">
      ${this.client ? this.renderNav() : nothing}
      ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
      ${content}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.renderDialog()}
    </div>`;
  }

  /** Used by the views. @internal */
  get editionList(): AdminEdition[] {
    return this.editions;
  }

  /** The actions the open application's status allows (the SDK's lifecycle table). @internal */
  actions(application: Application): readonly AdmissionAction[] {
    return this.current?.application === application ? (this.current.moves.filter((s) => s !== 'submitted') as AdmissionAction[]) : [];
  }
}

/** The body of the status change dialog. */
function changeDialog(host: Admissions, dialog: Extract<DialogState, {kind: 'change'}>, application: Application, labelId: string): TemplateResult {
  const m = host.m;
  const {draft} = dialog;
  const id = (field: string) => `${host.idPrefix}-change-${field}`;
  const error = (field: string) => (dialog.fieldError?.field === field ? dialog.fieldError.message : '');
  const field = (name: 'note' | 'amount' | 'cancelledOn', label: string, control: TemplateResult) => html`<div class="field">
    <label for=${id(name)}>${label}</label>
    ${control}
    ${error(name) ? html`<p class="field-error" id=${id(`${name}-error`)}>${error(name)}</p>` : nothing}
  </div>`;
  const preview = dialog.preview;
  return html`<form @submit=${host.onConfirmChange} novalidate>
    <h2 id=${labelId}>${m.confirmTitle(m.actionLabels[draft.action], application.reference)}</h2>
    ${draft.action === 'paid'
      ? field('amount', m.amount(application.quote.currency), html`<input part="input" id=${id('amount')} name="amount" type="text" inputmode="decimal" autocomplete="off" data-first .value=${draft.amount} aria-invalid=${error('amount') ? 'true' : 'false'} aria-describedby=${error('amount') ? id('amount-error') : nothing} @input=${(e: Event) => host.onDraft('amount', (e.target as HTMLInputElement).value, false)} @change=${(e: Event) => host.onDraft('amount', (e.target as HTMLInputElement).value, true)} />`)
      : nothing}
    ${draft.action === 'cancelled'
      ? field('cancelledOn', m.cancelledOn, html`<input part="input" id=${id('cancelledOn')} name="cancelledOn" type="date" data-first .value=${draft.cancelledOn} aria-invalid=${error('cancelledOn') ? 'true' : 'false'} aria-describedby=${error('cancelledOn') ? id('cancelledOn-error') : nothing} @change=${(e: Event) => host.onDraft('cancelledOn', (e.target as HTMLInputElement).value, true)} />`)
      : nothing}
    ${field('note', draft.action === 'rejected' ? m.reason : m.noteOptional, html`<textarea part="input" id=${id('note')} name="note" ?data-first=${draft.action !== 'paid' && draft.action !== 'cancelled'} .value=${draft.note} ?required=${draft.action === 'rejected'} aria-invalid=${error('note') ? 'true' : 'false'} aria-describedby=${error('note') ? id('note-error') : nothing} @input=${(e: Event) => host.onDraft('note', (e.target as HTMLTextAreaElement).value, false)} @change=${(e: Event) => host.onDraft('note', (e.target as HTMLTextAreaElement).value, draft.action === 'rejected')}></textarea>`)}
    <section class="preview" aria-live="polite" aria-busy=${dialog.previewing ? 'true' : 'false'}>
      ${dialog.previewing && !preview ? html`<p>${m.previewing}</p>` : nothing}
      ${preview?.refund ? html`<p class="refund" data-refund>${preview.cancellationAccepted === false ? m.notAccepted : m.refundPreview(host.money(preview.refund))}</p>` : nothing}
      ${preview?.refundReason ? html`<p class="hint">${preview.refundReason}</p>` : nothing}
      ${preview
        ? preview.email
          ? html`<div class="email"><h3>${m.emailPreview(preview.email.to)}</h3><p><strong>${m.subject}:</strong> <span data-email-subject>${preview.email.subject}</span></p><pre data-email-text>${preview.email.text}</pre></div>`
          : html`<p>${m.noEmail}</p>`
        : nothing}
    </section>
    ${dialog.conflict
      ? html`<div class="alert" role="alert" data-conflict><p>${dialog.conflict}</p><button part="button" type="button" data-reload @click=${host.reload}>${m.reload}</button></div>`
      : nothing}
    ${dialog.error ? html`<p class="alert" role="alert" data-error>${dialog.error}</p>` : nothing}
    <div class="buttons">
      <button part="button" type="submit" ?disabled=${dialog.busy || !!dialog.conflict}>${m.confirm}</button>
      <button part="button" type="button" class="secondary" @click=${host.closeDialog}>${m.cancel}</button>
    </div>
  </form>`;
}
