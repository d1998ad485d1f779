/**
 * `<metropolis-fee-calculator>`: what a participant pays, and gets back on cancelling, under any
 * fee schedule — inline, as a property, or an edition's from a catalog or server.
 * @module
 */
import {countryCodes, formatDay, formatMoney, formatPercent, isIsoDate, localDate, minorUnitDigits, pick, type Edition, type FeeSchedule, type FieldIssue, type MembershipStatus, type Quote, type RefundResult, type RefundTimelineStep, type UiLanguage} from '@metropolis-training/sdk';
import {html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {QuoteChangeEvent} from '../../events/quote-change-event.js';
import {clockOf} from '../../internal/attributes.js';
import type {CatalogController} from '../../internal/catalog-controller.js';
import {Combobox, countryOptions, type ComboboxOption} from '../../internal/combobox.js';
import {formStyles} from '../../internal/form-styles.js';
import {baseStyles} from '../../internal/styles.js';
import * as tools from '../../internal/calculator-tools.js';
import {feeCalculatorMessages, feeEngineMessages} from '../../localize/fee-calculator.js';
import {LocaleController} from '../../localize/locale-controller.js';
import {styles} from './fee-calculator.styles.js';

type CatalogCode = typeof import('./catalog-edition.js');
let catalogCode: Promise<CatalogCode> | undefined;
/** Catalog loading, the edition's choice and Apply: only for a calculator that reads a catalog (`api`, `catalog`, inline catalog). */
const loadCatalogCode = () => (catalogCode ??= import('./catalog-edition.js'));

/** The most participants the calculator prices at once. */
const MAX_PARTICIPANTS = 50;

/** Where the calculator stands: what it prices, or why it prices nothing. */
type Source =
  | {status: 'loading'}
  | {status: 'missing'}
  | {status: 'failed'; retry?: () => void}
  | {status: 'invalid'; issues: readonly FieldIssue[]}
  | {status: 'no-editions'}
  | {status: 'unknown-edition'; id: string}
  | {status: 'ready'; schedule: FeeSchedule; edition?: Edition; title?: string; editions?: {id: string; label: string}[]};

let instances = 0;

/**
 * @tagname metropolis-fee-calculator
 * @summary Live fee calculator: the price of a course under its fee schedule, rule by rule
 * (membership, country and its World Bank income group, group size, registration date), and the
 * refund a cancellation gets — from an inline schedule with no server, a `schedule` property, or
 * an edition of a catalog or server.
 *
 * @fires metropolis-quote-change - QuoteChangeEvent, when the user changes an input and the price shown changes.
 * @fires metropolis-apply - ApplyEvent, when the user activates Apply and no `apply-href` is set (cancelable: unless the page calls `preventDefault()`, the application form opens in a dialog).
 * @fires metropolis-catalog-load - CatalogLoadEvent, when a catalog (`api`, `catalog` or inline) has loaded and passed validation.
 * @fires metropolis-catalog-error - CatalogErrorEvent, when it could not be loaded.
 *
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The inputs (`<form>`).
 * @csspart input - Each text input, number input, date input and select.
 * @csspart income-group - The World Bank income group of the chosen country.
 * @csspart quote - The price section.
 * @csspart breakdown - The table of rules, applied or not, with their reasons.
 * @csspart total - The total.
 * @csspart notes - Remarks under the price.
 * @csspart disclosure - The compact variant's "How is this calculated?" `<details>`.
 * @csspart refund - The refund section.
 * @csspart refund-result - The refund a cancellation gets, or "not accepted".
 * @csspart timeline - The cancellation policy as dated steps.
 * @csspart apply - The Apply link or button.
 * @csspart state - The loading, error and "no schedule" messages.
 * @csspart retry - The error state's retry button.
 * @csspart dialog - The application dialog (`<dialog>`) Apply opens.
 * @csspart dialog-title - The edition's title in it.
 * @csspart close - Its Close button.
 *
 * @cssprop --metropolis-color-accent - Accent: buttons, focus (default #0b5cad).
 * @cssprop --metropolis-color-on-accent - Text on the accent colour (default #ffffff).
 * @cssprop --metropolis-color-surface - Input background (default #ffffff).
 * @cssprop --metropolis-color-text - Text (default #1b1b1f).
 * @cssprop --metropolis-color-muted - Hints, reasons and input borders (default #4a4d55).
 * @cssprop --metropolis-color-border - Borders (default #c4c6cf).
 * @cssprop --metropolis-color-focus - Focus ring (default the accent).
 * @cssprop --metropolis-color-danger - Errors (default #a4161a).
 * @cssprop --metropolis-radius - Corner radius (default 8px).
 * @cssprop --metropolis-space - Spacing unit (default 1rem).
 * @cssprop --metropolis-font-family - Font: the page's own unless set (default inherit).
 * @cssprop --metropolis-font-size - Base font size (default 1rem).
 */
export class FeeCalculator extends LitElement {
  /** The element's styles: the shared tokens, the form styles, then its own. */
  static override styles = [baseStyles, formStyles, styles];

  private readonly i18n = new LocaleController(this, {calc: feeCalculatorMessages, engine: feeEngineMessages});

  // Declared without decorators: a calculator page downloads no decorator helpers.
  static override properties: PropertyDeclarations = {
    schedule: {attribute: false},
    api: {},
    catalog: {},
    edition: {},
    start: {},
    now: {},
    variant: {reflect: true},
    membership: {},
    country: {},
    participants: {type: Number},
    registrationDate: {attribute: 'registration-date'},
    applyHref: {attribute: 'apply-href'},
    chosenEdition: {state: true},
    paidText: {state: true},
    cancelledOn: {state: true},
    participantsText: {state: true},
    announcement: {state: true},
  };

  /** Fee schedule to apply (validated); preferred over every other source. */
  schedule?: FeeSchedule;
  /** Base URL of a Metropolis Training API server, for an edition's schedule. */
  api?: string;
  /** URL of a static catalog JSON file, for an edition's schedule. */
  catalog?: string;
  /** Id of the edition priced (with `api`, `catalog` or an inline catalog); without it, a list of the editions that have a fee. */
  edition?: string;
  /** First day of the course as `YYYY-MM-DD`, for refunds under an inline or property schedule (an edition has its own). */
  start?: string;
  /** Today's date as `YYYY-MM-DD` (previews, tests, demos); default: the real date. */
  now?: string;
  /** `full`: the inputs and the whole breakdown; `compact`: the total, the breakdown behind "How is this calculated?" (sidebars, from 320 px). */
  variant: 'full' | 'compact' = 'full';
  /** The participants' membership standing (the input's value). */
  membership: MembershipStatus = 'non-member';
  /** The participants' country, ISO 3166-1 alpha-2 (the input's value); empty until chosen. */
  country = '';
  /** Participants from the same organization, 1 to 50 (the input's value). */
  participants = 1;
  /** The registration date as `YYYY-MM-DD` (the input's value); default: today. */
  registrationDate?: string;
  /** Page of the application form; Apply links to it with `?edition=<id>`. Without it, Apply fires `metropolis-apply`, then opens the form in a dialog. */
  applyHref?: string;

  private chosenEdition: string | undefined;
  private paidText: string | undefined;
  private cancelledOn: string | undefined;
  private participantsText: string | undefined;
  private announcement = '';

  private readonly idPrefix = `metropolis-fee-calculator-${++instances}`;
  private readonly countryPicker = new Combobox(this, `${this.idPrefix}-country`, (code) => this.onUserChange(() => (this.country = code ?? '')));
  private controller: CatalogController | undefined;
  private catalogCode: CatalogCode | undefined;
  private countries: {locale: string; options: ComboboxOption[]} | undefined;
  private inline: {text: string; value: unknown} | undefined;
  private checked: {input: unknown; result: ReturnType<typeof tools.checkFeeSchedule>} | undefined;
  private reported: unknown;
  private source: Source = {status: 'loading'};
  private quote: Quote | undefined;
  private refund: RefundResult | undefined;
  private timeline: RefundTimelineStep[] | undefined;
  private startDay: string | undefined;
  private today = '';
  private userChanged = false;
  /** Whether the catalog-loading code failed to download (offline, blocked). */
  private loadFailed = false;

  override willUpdate(changed: PropertyValues<this>): void {
    this.source = this.resolveSource();
    if (this.countries?.locale !== this.i18n.locale) this.countries = {locale: this.i18n.locale, options: countryOptions(countryCodes(), this.i18n.locale)};
    this.quote = this.refund = this.timeline = undefined;
    const {source} = this;
    if (source.status !== 'ready') return;
    const {schedule, edition} = source;
    const zone = edition?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.today = localDate(clockOf(this.now), zone);
    const date = this.registrationDate && isIsoDate(this.registrationDate) ? this.registrationDate : this.today;
    const lang = this.i18n.lang as UiLanguage;
    const participants = this.participantCount();
    if (this.country && participants !== undefined) {
      try {
        this.quote = tools.quote(schedule, {date, membership: this.membership, country: this.country, participants, lang});
      } catch (error) {
        console.error('Metropolis Training: the fee calculator could not price this request.', error);
      }
    }
    this.startDay = edition ? (edition.dates.kind === 'fixed' ? edition.dates.start : undefined) : this.start && isIsoDate(this.start) ? this.start : undefined;
    if (this.startDay) {
      this.timeline = tools.refundTimeline(schedule, this.startDay);
      const paid = this.paidAmount(schedule.currency);
      const cancelledOn = this.cancelledOn && isIsoDate(this.cancelledOn) ? this.cancelledOn : date;
      if (paid !== undefined) this.refund = tools.refund(schedule, {start: this.startDay, cancelledOn, paid: {amount: paid, currency: schedule.currency}, lang});
    }
    if (changed.has('country') || changed.has('membership') || changed.has('participants')) this.announcement = this.quote ? this.i18n.messages.calc.totalAnnounced(formatMoney(this.quote.total, this.i18n.locale)) : '';
  }

  override updated(): void {
    if (this.userChanged) {
      this.userChanged = false;
      if (this.quote) this.dispatchEvent(new QuoteChangeEvent(this.quote, true));
    }
  }

  /** Which schedule applies, in order of preference: the property, `api` / `catalog`, the inline JSON. */
  private resolveSource(): Source {
    if (this.loadFailed) return {status: 'failed'};
    if (this.schedule !== undefined) return this.check(this.schedule);
    let inline: unknown;
    // An unsafe api or catalog still goes to the catalog code, which ignores it with a warning.
    if (!this.api && !this.catalog) {
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (!script) return {status: 'missing'};
      const text = script.textContent ?? '';
      if (this.inline?.text !== text) {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          value = error;
        }
        this.inline = {text, value};
      }
      inline = this.inline.value;
      if (inline instanceof SyntaxError) {
        this.report(inline, () => console.error('Metropolis Training: the fee calculator’s inline JSON is not JSON.', inline));
        return {status: 'invalid', issues: [{path: '', code: 'invalid_json', message: 'is not JSON'}]};
      }
      const isCatalog = typeof inline === 'object' && inline !== null && Array.isArray((inline as {feeSchedules?: unknown}).feeSchedules);
      if (!isCatalog) return this.check(inline);
    }
    return this.fromCatalog();
  }

  /** An inline or property schedule, once validated. */
  private check(input: unknown): Source {
    if (this.checked?.input !== input) this.checked = {input, result: tools.checkFeeSchedule(input)};
    const {result} = this.checked!;
    if ('value' in result) return {status: 'ready', schedule: result.value};
    this.report(input, () => console.error('Metropolis Training: the fee calculator’s schedule is invalid:', result.issues.map((i: FieldIssue) => `${i.path || '(schedule)'} ${i.message}`)));
    return {status: 'invalid', issues: result.issues};
  }

  /** Logs once per bad input. */
  private report(input: unknown, log: () => void): void {
    if (this.reported === input) return;
    this.reported = input;
    log();
  }

  private fromCatalog(): Source {
    if (!this.controller) {
      loadCatalogCode().then(
        (code) => {
          this.catalogCode = code;
          this.controller ??= new code.CatalogController(this);
          this.requestUpdate();
        },
        (error: unknown) => {
          console.error('Metropolis Training: the fee calculator could not load its catalog code.', error);
          this.loadFailed = true;
          this.requestUpdate();
        },
      );
      return {status: 'loading'};
    }
    const {state} = this.controller;
    if (state.status === 'loading') return {status: 'loading'};
    if (state.status === 'missing') return {status: 'missing'};
    if (state.status === 'error') return state.kind === 'invalid' ? {status: 'invalid', issues: (state.error as {issues?: FieldIssue[]}).issues ?? [{path: '', code: 'invalid', message: state.error.message}]} : {status: 'failed', retry: () => this.controller?.retry()};
    return this.catalogCode!.pricedEdition(state.data, this.i18n.locale, this.edition, this.chosenEdition);
  }

  /** The participants entered, or undefined when the input holds no whole number from 1 to 50. */
  private participantCount(): number | undefined {
    const n = this.participantsText === undefined ? this.participants : Number(this.participantsText);
    return Number.isInteger(n) && n >= 1 && n <= MAX_PARTICIPANTS ? n : undefined;
  }

  /** The amount paid in minor units: what was typed, else the quote's total. */
  private paidAmount(currency: string): number | undefined {
    if (this.paidText === undefined || this.paidText.trim() === '') return this.quote?.total.amount;
    const value = Number(this.paidText);
    return Number.isFinite(value) && value >= 0 ? Math.round(value * 10 ** minorUnitDigits(currency)) : undefined;
  }

  // --- Handlers -----------------------------------------------------------------------------

  /** Applies a change the user made; the quote it gives is announced after the render. */
  private onUserChange(apply: () => void): void {
    apply();
    this.userChanged = true;
  }

  private onMembership(event: Event): void {
    const value = (event.target as HTMLInputElement).value as MembershipStatus;
    this.onUserChange(() => (this.membership = value));
  }

  private onParticipants(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.onUserChange(() => {
      this.participantsText = text;
      const n = Number(text);
      if (Number.isInteger(n) && n >= 1 && n <= MAX_PARTICIPANTS) this.participants = n;
    });
  }

  private onDate(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.onUserChange(() => (this.registrationDate = value || undefined));
  }

  private onEdition(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.onUserChange(() => (this.chosenEdition = value));
  }

  // --- Rendering ----------------------------------------------------------------------------

  private money(amount: number, currency: string): string {
    return formatMoney({amount, currency}, this.i18n.locale);
  }

  private renderState(message: string, alert = false, retry?: () => void): TemplateResult {
    const m = this.i18n.messages.calc;
    return html`<div part="base" aria-busy=${this.source.status === 'loading' ? 'true' : 'false'}>
      <div part="state" class="state ${alert ? 'error' : ''}" role=${alert ? 'alert' : 'status'}>
        <p>${message}</p>
        ${retry ? html`<button part="retry" type="button" @click=${retry}>${m.retry}</button>` : nothing}
      </div>
    </div>`;
  }

  private renderIncomeGroup(schedule: FeeSchedule): TemplateResult | typeof nothing {
    if (!this.country) return nothing;
    const m = this.i18n.messages.calc;
    const name = Combobox.labelOf(this.countries!.options, this.country) || this.country;
    let group: ReturnType<typeof tools.incomeGroup>;
    try {
      group = tools.incomeGroup(this.country, schedule.incomeClassification);
    } catch {
      return nothing;
    }
    const text = group === null ? m.notEconomy(name) : m.incomeGroup(name, m.groups[group], schedule.incomeClassification);
    return html`<span part="income-group" class="hint" id="${this.idPrefix}-country-hint" data-group=${group ?? 'none'}>${text}</span>`;
  }

  private renderInputs(source: Extract<Source, {status: 'ready'}>): TemplateResult {
    const m = this.i18n.messages.calc;
    const {schedule} = source;
    const year = schedule.rules.find((r) => r.kind === 'membership')?.contributionsYear;
    const id = (name: string) => `${this.idPrefix}-${name}`;
    const radio = (value: MembershipStatus, label: string) => html`<label class="choice">
      <input type="radio" name="${this.idPrefix}-membership" value=${value} .checked=${this.membership === value} @change=${this.onMembership} />
      <span>${label}</span>
    </label>`;
    const participantsInvalid = this.participantCount() === undefined;
    return html`<form part="form" @submit=${(e: Event) => e.preventDefault()}>
      ${source.editions
        ? html`<div class="field">
            <label for=${id('edition')}>${m.edition}</label>
            <select part="input" id=${id('edition')} @change=${this.onEdition}>
              ${source.editions.map((e) => html`<option value=${e.id} ?selected=${e.id === source.edition?.id}>${e.label}</option>`)}
            </select>
          </div>`
        : nothing}
      <fieldset class="membership">
        <legend>${m.membership}</legend>
        ${radio('member', m.member(year))} ${radio('member-in-arrears', m.memberInArrears(year))} ${radio('non-member', m.nonMember)}
      </fieldset>
      <div class="field">
        ${this.countryPicker.render({
          options: this.countries!.options,
          value: this.country || undefined,
          label: m.country,
          describedBy: this.country ? id('country-hint') : undefined,
          noMatch: m.noMatch,
          count: m.results,
          autocomplete: 'country',
        })}
        ${this.renderIncomeGroup(schedule)}
      </div>
      <div class="row">
        <div class="field">
          <label for=${id('participants')}>${m.participants}</label>
          <input part="input" id=${id('participants')} type="number" inputmode="numeric" min="1" max=${MAX_PARTICIPANTS} step="1"
            aria-describedby=${id('participants-hint')} aria-invalid=${participantsInvalid ? 'true' : 'false'}
            .value=${this.participantsText ?? String(this.participants)} @input=${this.onParticipants} />
          <span class="hint" id=${id('participants-hint')}>${m.participantsHint}</span>
        </div>
        <div class="field">
          <label for=${id('date')}>${m.date}</label>
          <input part="input" id=${id('date')} type="date" .value=${this.registrationDate && isIsoDate(this.registrationDate) ? this.registrationDate : this.today} @change=${this.onDate} />
        </div>
      </div>
    </form>`;
  }

  private renderBreakdown(quote: Quote): TemplateResult {
    const m = this.i18n.messages.calc;
    const money = (amount: number) => this.money(amount, quote.currency);
    const part = quote.parts.length === 1 ? quote.parts[0] : undefined;
    return html`<table part="breakdown" class="price-table">
        <tbody>
          <tr><th scope="row">${m.listPrice}</th><td class="amount">${money(quote.listPrice.amount)}</td></tr>
          ${(part?.lines ?? quote.lines).map(
            (line) => html`<tr class=${line.applied ? 'applied' : 'not-applied'} data-rule=${line.rule}>
              <th scope="row">${line.label}${line.applied ? nothing : html` (${m.notApplied})`}<span class="reason">${line.reason}</span></th>
              <td class="amount">${line.applied ? `−${money(line.amount.amount)}` : '—'}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          ${quote.parts.map(
            (p) => html`<tr class="per-participant"><th scope="row">${m.perParticipant}${quote.parts.length > 1 || quote.participants > 1 ? html` <span class="reason">${m.participantCount(p.count)}</span>` : nothing}</th><td class="amount">${money(p.perParticipant.amount)}</td></tr>`,
          )}
          ${this.variant === 'full' ? this.totalRow(quote) : nothing}
        </tfoot>
      </table>
      ${quote.notes.length ? html`<ul part="notes" class="notes">${quote.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}`;
  }

  private totalRow(quote: Quote): TemplateResult {
    const m = this.i18n.messages.calc;
    return html`<tr part="total" class="total"><th scope="row">${m.total}${quote.participants > 1 ? html` <span class="reason">${m.participantCount(quote.participants)}</span>` : nothing}</th><td class="amount">${this.money(quote.total.amount, quote.currency)}</td></tr>`;
  }

  private renderQuote(source: Extract<Source, {status: 'ready'}>): TemplateResult {
    const m = this.i18n.messages.calc;
    const {quote} = this;
    const notes = source.schedule.notes ?? [];
    const published = notes.length ? html`<ul class="notes schedule-notes">${notes.map((note) => html`<li>${pick(note, this.i18n.locale)}</li>`)}</ul>` : nothing;
    let body: unknown;
    if (!quote) body = html`<p class="hint">${m.chooseCountry}</p>`;
    else if (this.variant === 'compact') {
      body = html`<p part="total" class="total compact-total"><span>${m.total}${quote.participants > 1 ? ` (${m.participantCount(quote.participants)})` : ''}</span> <strong>${this.money(quote.total.amount, quote.currency)}</strong></p>
        <details part="disclosure">
          <summary>${m.howCalculated}</summary>
          ${this.renderBreakdown(quote)} ${published}
        </details>`;
    } else body = html`${this.renderBreakdown(quote)} ${published}`;
    return html`<section part="quote" class="quote" aria-labelledby="${this.idPrefix}-price">
      <h2 id="${this.idPrefix}-price">${m.priceTitle}${source.title ? html` <span class="hint">${source.title}</span>` : nothing}</h2>
      ${body}
      <p class="hint">${m.estimate}</p>
      ${this.renderApply(source)}
    </section>`;
  }

  private renderApply({edition, title}: Extract<Source, {status: 'ready'}>): TemplateResult | typeof nothing {
    if (!edition || !title || !this.catalogCode) return nothing;
    return this.catalogCode.applyAction(this, edition, title, this.now, this.applyHref, this.i18n.messages.calc);
  }

  private renderTimeline(steps: RefundTimelineStep[]): TemplateResult {
    const m = this.i18n.messages.calc;
    const {locale} = this.i18n;
    const day = (d: string) => formatDay(d, locale);
    return html`<ol part="timeline" class="timeline">
      ${steps.map((step) => {
        if ('until' in step) return html`<li data-until=${step.until}>${m.refundUntil(day(step.until), formatPercent(step.percent, locale))}</li>`;
        if (step.from) return html`<li data-from=${step.from}>${step.outcome === 'not-accepted' ? m.notAcceptedFrom(day(step.from)) : m.noRefundFrom(day(step.from))}</li>`;
        return html`<li>${step.outcome === 'not-accepted' ? m.notAcceptedAlways : m.noRefundAlways}</li>`;
      })}
    </ol>`;
  }

  private renderRefund(source: Extract<Source, {status: 'ready'}>): TemplateResult {
    const m = this.i18n.messages.calc;
    const {schedule} = source;
    const {locale} = this.i18n;
    const id = (name: string) => `${this.idPrefix}-${name}`;
    let body: unknown;
    if (!this.startDay || !this.timeline) body = html`<p class="hint">${m.startUnknown}</p>`;
    else {
      const digits = minorUnitDigits(schedule.currency);
      const paid = this.paidAmount(schedule.currency);
      const shownPaid = this.paidText ?? (paid === undefined ? '' : (paid / 10 ** digits).toFixed(digits));
      const cancelledOn = this.cancelledOn && isIsoDate(this.cancelledOn) ? this.cancelledOn : this.registrationDate && isIsoDate(this.registrationDate) ? this.registrationDate : this.today;
      const r = this.refund;
      const lastDay = this.timeline.reduce<string | undefined>((last, step) => ('until' in step && step.percent > 0 ? step.until : last), undefined);
      body = html`<div class="row">
          <div class="field">
            <label for=${id('paid')}>${m.paid(schedule.currency)}</label>
            <input part="input" id=${id('paid')} type="number" inputmode="decimal" min="0" step=${digits ? (1 / 10 ** digits).toFixed(digits) : '1'}
              aria-invalid=${paid === undefined && this.paidText ? 'true' : 'false'} .value=${shownPaid} @input=${(e: Event) => (this.paidText = (e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for=${id('cancelled')}>${m.cancelledOn}</label>
            <input part="input" id=${id('cancelled')} type="date" .value=${cancelledOn} @change=${(e: Event) => (this.cancelledOn = (e.target as HTMLInputElement).value || undefined)} />
          </div>
        </div>
        ${r
          ? html`<div part="refund-result" class="refund-result ${r.accepted ? 'accepted' : 'refused'}" role="status">
              <p><strong>${r.accepted ? html`${m.refund}: <span class="amount">${formatMoney(r.refund, locale)}</span>` : m.notAccepted}</strong></p>
              <p class="reason">${r.reason}</p>
            </div>`
          : nothing}
        <p class="last-day">${lastDay ? html`${m.lastDay}: <strong>${formatDay(lastDay, locale)}</strong>` : m.noRefundDay}</p>
        <h3 id=${id('policy')}>${m.policy}</h3>
        ${this.renderTimeline(this.timeline)}
        ${(schedule.refundPolicy.terms ?? []).map((term) => html`<p class="hint">${pick(term, locale)}</p>`)}`;
    }
    const section = html`<h2 id=${id('refund')}>${m.refundTitle}</h2>${body}`;
    return html`<section part="refund" class="refund" aria-labelledby=${id('refund')}>${section}</section>`;
  }

  override render(): TemplateResult {
    const m = this.i18n.messages.calc;
    const {source} = this;
    switch (source.status) {
      case 'loading':
        return this.renderState(m.loading);
      case 'missing':
        return this.renderState(m.noSchedule, true);
      case 'failed':
        return this.renderState(m.loadFailed, true, source.retry);
      case 'invalid': {
        const first = source.issues[0];
        return this.renderState(m.invalidSchedule(first?.path ?? '', first?.message ?? 'is invalid'), true);
      }
      case 'no-editions':
        return this.renderState(m.noEditions, true);
      case 'unknown-edition':
        return this.renderState(m.unknownEdition(source.id), true);
      default:
    }
    return html`<div part="base" class="calculator ${this.variant}">
      ${this.renderInputs(source)}
      ${this.renderQuote(source)}
      ${this.renderRefund(source)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}
