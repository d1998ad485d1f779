/**
 * `<metropolis-course-detail>`: one course edition as a full page section.
 * @module
 */
import {applicationDeadline, formatDay, formatMoney, pick, type Course, type Edition, type FeeSchedule, type LocalizedText} from '@metropolis-training/sdk';
import {html, LitElement, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {ApplyEvent} from '../../events/apply-event.js';
import {addToCalendar, applyUrl, openApplication} from '../../internal/actions.js';
import {clockOf, safeUrl} from '../../internal/attributes.js';
import {CatalogController, type IndexedCatalog} from '../../internal/catalog-controller.js';
import {displayNames, editionView, fallbackLanguage, listOf, todayIn, type EditionView} from '../../internal/edition-view.js';
import {publishJsonLd} from '../../internal/json-ld.js';
import {sourceState, stateMessage} from '../../internal/source-state.js';
import {baseStyles, catalogStyles} from '../../internal/styles.js';
import {loadingRoomStyles} from '../../internal/loading-room-styles.js';
import {commonMessages} from '../../localize/common.js';
import {courseDetailMessages} from '../../localize/course-detail.js';
import {LocaleController} from '../../localize/locale-controller.js';
import {styles} from './course-detail.styles.js';
import type {FeeLine} from './fees-view.js';

/** Everything the page shows of the edition, derived before rendering. */
interface Page {
  view: EditionView;
  schedule: FeeSchedule | undefined;
  fees: FeeLine[];
  /** The quota and the schedule's published notes, shown under the fee table. */
  feeNotes: (string | LocalizedText)[];
  /** The cancellation policy in sentences. */
  policy: string[];
  lastRefundDay: string | undefined;
}

type Text = string | LocalizedText;
type FeesView = typeof import('./fees-view.js');

// The fee table's and policy's wording, in a chunk of its own: downloaded once per page, when
// the first element connects (while its catalog loads).
let feesView: FeesView | undefined;
let feesLoad: Promise<FeesView> | undefined;

function loadFeesView(): Promise<FeesView> {
  return (feesLoad ??= import('./fees-view.js').then(
    (loaded) => (feesView = loaded),
    (error: unknown) => {
      feesLoad = undefined;
      throw error;
    },
  ));
}

/** A heading at `level` (1–6): real `<h1>`…`<h6>`, so the page's outline stays native. */
function heading(level: number, part: string, content: unknown, lang: string | typeof nothing = nothing): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} lang=${lang}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} lang=${lang}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} lang=${lang}>${content}</h5>`;
    default:
      return html`<h6 part=${part} lang=${lang}>${content}</h6>`;
  }
}

/**
 * @tagname metropolis-course-detail
 * @summary One course edition as a full page section — everything its brochure says: objective,
 * skills, methodology, audience, lessons, evaluation, what is included, the fee table, the
 * cancellation policy, key dates, place, provider and partners — with Apply and "Add to calendar".
 *
 * @fires metropolis-apply - ApplyEvent, when the user activates Apply and no `apply-href` is set (cancelable: unless the page calls `preventDefault()`, the application form opens in a dialog).
 * @fires metropolis-catalog-load - CatalogLoadEvent, when the catalog has loaded and passed validation.
 * @fires metropolis-catalog-error - CatalogErrorEvent, when it could not be loaded (the element shows the error and a retry).
 *
 *
 * @csspart base - The wrapper of everything (`<article>` once loaded).
 * @csspart header - The badges, title, edition and summary.
 * @csspart title - The course title.
 * @csspart badge - The format badge.
 * @csspart status - The status badge.
 * @csspart summary - The summary under the title.
 * @csspart language-notice - In French or Spanish, says that some or all of the course is described in English only.
 * @csspart facts - The key facts: dates, place, languages, provider, partners, deadline, refund, price.
 * @csspart actions - The Apply and "Add to calendar" actions.
 * @csspart apply - The Apply link or button.
 * @csspart calendar - The "Add to calendar" button.
 * @csspart section - Each section (objective, skills, methodology, …).
 * @csspart section-title - A section's heading.
 * @csspart lesson-title - A lesson's heading.
 * @csspart fee-table - The fee table (`<table>`).
 * @csspart notes - Remarks under the fee table and the facts.
 * @csspart policy - The cancellation policy's sentences.
 * @csspart testimonial - One testimonial (`<figure>`).
 * @csspart state - The loading, not-found and error messages.
 * @csspart retry - The error state's retry button.
 * @csspart dialog - The application dialog (`<dialog>`) Apply opens.
 * @csspart dialog-header - Its header: the edition's title and Close.
 * @csspart dialog-title - The edition's title in it.
 * @csspart close - Its Close button.
 * @csspart dialog-body - The part that holds the application form.
 *
 * @cssprop --metropolis-color-accent - Accent: buttons, badges, focus (default #0b5cad).
 * @cssprop --metropolis-color-on-accent - Text on the accent colour (default #ffffff).
 * @cssprop --metropolis-color-surface - Background of the table and testimonials (default #ffffff).
 * @cssprop --metropolis-color-text - Text (default #1b1b1f).
 * @cssprop --metropolis-color-muted - Secondary text (default #4a4d55).
 * @cssprop --metropolis-color-border - Borders (default #c4c6cf).
 * @cssprop --metropolis-color-focus - Focus ring (default the accent).
 * @cssprop --metropolis-color-success - "Open" status (default #106b2e).
 * @cssprop --metropolis-color-danger - Errors and "cancelled" (default #a4161a).
 * @cssprop --metropolis-radius - Corner radius (default 8px).
 * @cssprop --metropolis-loading-height - Height kept while the catalog loads, so that the page below does not move when it arrives (default 40rem).
 * @cssprop --metropolis-space - Spacing unit (default 1rem).
 * @cssprop --metropolis-font-family - Font: the page's own unless set (default inherit).
 * @cssprop --metropolis-font-size - Base font size (default 1rem).
 */
export class CourseDetail extends LitElement {
  /** The element's styles: the shared tokens, then its own. */
  static override styles = [baseStyles, catalogStyles, loadingRoomStyles, styles];

  private readonly i18n = new LocaleController(this, {common: commonMessages, courseDetail: courseDetailMessages});
  private readonly source = new CatalogController(this);

  // Declared without decorators, like the list: the classic script carries no decorator helpers.
  static override properties: PropertyDeclarations = {
    edition: {},
    api: {},
    catalog: {},
    now: {},
    applyHref: {attribute: 'apply-href'},
    privacyHref: {attribute: 'privacy-href'},
    saveDraft: {type: Boolean, attribute: 'save-draft'},
    headingLevel: {type: Number, attribute: 'heading-level'},
  };

  /** Id of the edition to show (required). */
  edition = '';
  /** Base URL of a Metropolis Training API server; preferred over `catalog` and inline JSON. */
  api?: string;
  /** URL of a static catalog JSON file; preferred over inline JSON. */
  catalog?: string;
  /** Today's date as `YYYY-MM-DD` for the status and prices (previews, tests, demos); default: the real date. */
  now?: string;
  /** Page of the application form; Apply links to it with `?edition=<id>`. Without it, Apply fires `metropolis-apply`, then opens the form in a dialog. */
  applyHref?: string;
  /** The privacy notice the consent box of the application form Apply opens links to. */
  privacyHref?: string;
  /** The application form Apply opens keeps a draft on this device (see the form's `save-draft`). */
  saveDraft = false;
  /** Level of the section's title in the page's outline, 1 to 6 (default 2); sub-sections are one level below. */
  headingLevel = 2;

  private page: Page | undefined;
  /** Whether the page waits for the fee table's wording (it shows as loading meanwhile). */
  private waiting = false;
  private feesFailed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Loads while the catalog loads.
    if (!feesView) {
      loadFeesView().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          // The page still shows everything else.
          console.warn('Metropolis Training: the fee table could not be loaded.', error);
          this.feesFailed = true;
          this.requestUpdate();
        },
      );
    }
  }

  override willUpdate(): void {
    const {state} = this.source;
    const edition = state.status === 'ready' ? state.data.editions.get(this.edition) : undefined;
    this.waiting = edition?.fee.kind === 'schedule' && !feesView && !this.feesFailed;
    this.page = state.status === 'ready' && edition && !this.waiting ? this.pageOf(state.data, edition) : undefined;
  }

  override updated(): void {
    const {state} = this.source;
    if (state.status === 'ready' && this.page) publishJsonLd(state.data, this.page.view.edition.id, this.i18n.locale, clockOf(this.now));
  }

  private pageOf(data: IndexedCatalog, edition: Edition): Page {
    const {locale, lang, messages} = this.i18n;
    const m = messages.courseDetail;
    const now = clockOf(this.now);
    const view = editionView(data, edition, now, locale, messages);
    const schedule = edition.fee.kind === 'schedule' ? data.schedules.get(edition.fee.scheduleId) : undefined;
    const feeNotes: Text[] = [];
    const fees = schedule && feesView ? feesView.feeLines(schedule, todayIn(edition, now), lang, locale, m, feeNotes) : [];
    if (schedule?.notes) feeNotes.push(...schedule.notes);
    const {policy, lastRefundDay} = schedule && feesView && edition.dates.kind === 'fixed' ? feesView.policyOf(schedule, edition.dates.start, locale, m) : {policy: [], lastRefundDay: undefined};
    return {view, schedule, fees, feeNotes, policy, lastRefundDay};
  }

  /** Tells the page; unless it cancels, opens the form in a dialog on this page. */
  private onApply(course: Course, edition: Edition, title: string, event: Event): void {
    const opener = event.currentTarget as HTMLElement;
    if (this.dispatchEvent(new ApplyEvent(edition.id, course.id))) void openApplication(this, {id: edition.id, title}, opener);
  }

  /** Catalog texts rendered in this pass: in the page's language, and in English for want of it. */
  private textsShown = {own: 0, english: 0};

  /** `en` when catalog text falls back to English in another language, for screen readers (counted in `textsShown`). */
  private langOf(text: Text): string | typeof nothing {
    const {lang} = this.i18n;
    if (typeof text === 'string' || lang === 'en') return nothing;
    const fallback = fallbackLanguage(text, lang);
    this.textsShown[fallback ? 'english' : 'own']++;
    return fallback ?? nothing;
  }

  private text(text: Text): string {
    return typeof text === 'string' ? text : pick(text, this.i18n.locale);
  }

  private level(offset: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
  }

  private section(name: string, title: string, body: unknown): TemplateResult {
    return html`<section part="section" class=${name}>${heading(this.level(1), 'section-title', title)}${body}</section>`;
  }

  private paragraph(text: Text | undefined, className = ''): TemplateResult | typeof nothing {
    return text ? html`<p class=${className} lang=${this.langOf(text)}>${this.text(text)}</p>` : nothing;
  }

  private list(items: Text[] | undefined, ordered = false): TemplateResult | typeof nothing {
    if (!items?.length) return nothing;
    const entries = items.map((item) => html`<li lang=${this.langOf(item)}>${this.text(item)}</li>`);
    return ordered ? html`<ol>${entries}</ol>` : html`<ul>${entries}</ul>`;
  }

  private fact(term: string, value: unknown, note?: string): TemplateResult | typeof nothing {
    return value ? html`<dt>${term}</dt><dd>${value}${note ? html` <span class="note">${note}</span>` : nothing}</dd>` : nothing;
  }

  private renderFacts({view, lastRefundDay}: Page, data: IndexedCatalog): TemplateResult {
    const {common: c, courseDetail: m} = this.i18n.messages;
    const {locale} = this.i18n;
    const {course, edition} = view;
    const list = (items: string[]) => (items.length ? listOf(items, locale) : '');
    const names = (ids: string[] = []) => list(ids.flatMap((id) => (data.providers.has(id) ? [pick(data.providers.get(id)!.name, locale)] : [])));
    const languageNames = (() => {
      try {
        const display = displayNames(locale, 'language');
        return list(edition.languages.map((tag) => display.of(tag) ?? tag));
      } catch {
        return edition.languages.join(', ');
      }
    })();
    const venue = edition.location.mode !== 'online' && edition.location.venue ? `${pick(edition.location.venue, locale)}, ` : '';
    const deadline = view.status === 'open' || view.status === 'upcoming' ? applicationDeadline(edition) : undefined;
    const beforeStart = view.status === 'open' || view.status === 'upcoming' || view.status === 'closed';
    return html`<dl part="facts">
      ${this.fact(m.dates, view.dates, view.timeZone)}
      ${this.fact(m.place, venue + view.place)}
      ${this.fact(m.languages, languageNames)}
      ${this.fact(m.sessionLength, course.sessionLength && pick(course.sessionLength, locale))}
      ${this.fact(c.providedBy, view.provider && pick(view.provider.name, locale))}
      ${this.fact(m.partners, names(course.partnerIds))}
      ${this.fact(m.supporters, list((course.supporters ?? []).map((s) => pick(s, locale))))}
      ${this.fact(m.themes, list(course.themes.map((t) => c.themes[t])))}
      ${this.fact(m.deadline, deadline && formatDay(deadline, locale))}
      ${this.fact(m.lastRefundDay, beforeStart && lastRefundDay && formatDay(lastRefundDay, locale))}
      ${this.fact(m.price, view.price, view.reducedFrom)}
    </dl>`;
  }

  private renderActions({course, edition, status, title}: EditionView): TemplateResult | typeof nothing {
    const c = this.i18n.messages.common;
    const apply =
      status !== 'open'
        ? nothing
        : safeUrl('apply-href', this.applyHref)
          ? html`<a part="apply" class="button" href=${applyUrl(this.applyHref!, edition.id)} aria-label=${c.applyFor(title)}>${c.apply}</a>`
          : html`<button part="apply" type="button" aria-label=${c.applyFor(title)} @click=${(e: Event) => this.onApply(course, edition, title, e)}>${c.apply}</button>`;
    const calendar =
      edition.dates.kind === 'fixed' && status !== 'completed'
        ? html`<button part="calendar" type="button" class="secondary" aria-label=${c.addToCalendarFor(title)} @click=${() => addToCalendar(course, edition, this.i18n.locale)}>${c.addToCalendar}</button>`
        : nothing;
    return apply === nothing && calendar === nothing ? nothing : html`<div part="actions" class="actions">${apply}${calendar}</div>`;
  }

  private renderFees(page: Page): TemplateResult | typeof nothing {
    const m = this.i18n.messages.courseDetail;
    if (!page.fees.length) return nothing;
    return this.section(
      'fees',
      m.fees,
      html`<table part="fee-table">
          <caption>${m.feeCaption}</caption>
          <thead>
            <tr><th scope="col">${m.feeRate}</th><th scope="col">${m.feeWho}</th><th scope="col" class="price">${m.feePrice}</th></tr>
          </thead>
          <tbody>
            ${page.fees.map((line) => html`<tr><th scope="row">${line.rate}</th><td>${line.who}</td><td class="price">${formatMoney(line.price, this.i18n.locale)}</td></tr>`)}
          </tbody>
        </table>
        ${page.feeNotes.length ? html`<ul part="notes" class="notes">${page.feeNotes.map((note) => html`<li lang=${this.langOf(note)}>${this.text(note)}</li>`)}</ul>` : nothing}`,
    );
  }

  private renderPolicy({schedule, policy}: Page): TemplateResult | typeof nothing {
    const terms = schedule?.refundPolicy.terms ?? [];
    if (!policy.length && !terms.length) return nothing;
    return this.section(
      'policy',
      this.i18n.messages.courseDetail.cancellation,
      html`${policy.length ? html`<ul part="policy">${policy.map((sentence) => html`<li>${sentence}</li>`)}</ul>` : nothing}${terms.map((term) => this.paragraph(term))}`,
    );
  }

  private renderCourse(course: Course): unknown[] {
    const m = this.i18n.messages.courseDetail;
    const {methodology, audience, evaluation, lessons, testimonials} = course;
    const included = course.included?.length ? this.section('included', m.included, this.list(course.included)) : nothing;
    const notIncluded = course.notIncluded?.length ? this.section('not-included', m.notIncluded, this.list(course.notIncluded)) : nothing;
    return [
      course.objective ? this.section('objective', m.objective, this.paragraph(course.objective)) : nothing,
      course.skills?.length ? this.section('skills', m.skills, this.list(course.skills)) : nothing,
      methodology ? this.section('methodology', m.methodology, html`${this.list(methodology.pillars)}${this.paragraph(methodology.approach)}`) : nothing,
      audience && (audience.summary || audience.idealParticipants?.length || audience.openness)
        ? this.section(
            'audience',
            m.audience,
            html`${this.paragraph(audience.summary)}${audience.idealParticipants?.length ? html`<p>${m.idealParticipants}</p>${this.list(audience.idealParticipants)}` : nothing}${this.paragraph(audience.openness)}`,
          )
        : nothing,
      lessons?.length
        ? this.section(
            'lessons',
            m.lessons,
            html`<ol class="lessons" role="list">
              ${lessons.map((lesson) => html`<li>${heading(this.level(2), 'lesson-title', this.text(lesson.title), this.langOf(lesson.title))}${this.paragraph(lesson.description)}</li>`)}
            </ol>`,
          )
        : nothing,
      evaluation ? this.section('evaluation', m.evaluation, html`${this.paragraph(evaluation.intro)}${this.list(evaluation.requirements)}${this.paragraph(evaluation.certification)}`) : nothing,
      included === nothing && notIncluded === nothing
        ? nothing
        : html`<div class="inclusions">${included}${notIncluded}</div>${(course.inclusionNotes ?? []).map((note) => this.paragraph(note, 'note'))}`,
      course.registrationProcess?.length ? this.section('registration', m.registration, this.list(course.registrationProcess, true)) : nothing,
    ];
  }

  private renderTestimonials(course: Course): TemplateResult | typeof nothing {
    if (!course.testimonials?.length) return nothing;
    return this.section(
      'testimonials',
      this.i18n.messages.courseDetail.testimonials,
      course.testimonials.map(
        (t) => html`<figure part="testimonial">
          <blockquote lang=${this.langOf(t.quote)}><p>${this.text(t.quote)}</p></blockquote>
          <figcaption>${t.author}${t.role ? html` <span class="note" lang=${this.langOf(t.role)}>${this.text(t.role)}</span>` : nothing}</figcaption>
        </figure>`,
      ),
    );
  }

  override render(): TemplateResult {
    const {state} = this.source;
    const {common: c, courseDetail: m} = this.i18n.messages;
    if (state.status !== 'ready' || this.waiting) return sourceState(state.status === 'ready' ? {status: 'loading'} : state, c, () => this.source.retry());
    const {page} = this;
    if (!page) return html`<div part="base">${stateMessage(this.edition ? m.notFound(this.edition) : m.noEdition, {})}</div>`;
    const {view} = page;
    const {course, edition} = view;
    this.textsShown = {own: 0, english: 0};
    const titleLang = this.langOf(course.title);
    const summaryLang = this.langOf(course.summary);
    const body = html`${this.renderFacts(page, state.data)}
      ${edition.notes?.length ? html`<div part="notes" class="notes">${edition.notes.map((note) => this.paragraph(note, 'note'))}</div>` : nothing}
      ${this.renderActions(view)}
      ${(course.description ?? []).map((paragraph) => this.paragraph(paragraph))}
      ${this.renderCourse(course)}
      ${this.renderFees(page)}
      ${this.renderPolicy(page)}
      ${this.renderTestimonials(course)}`;
    // Said once, at the top, rather than left for a reader to find out paragraph by paragraph.
    const {own, english} = this.textsShown;
    const inEnglish = english ? html`<p part="language-notice" class="note">${own ? m.partlyInEnglish : m.onlyInEnglish}</p>` : nothing;
    return html`<article part="base">
      <header part="header">
        <p class="badges">
          <span part="badge" class="badge">${c.formats[course.format]}</span>
          <span part="status" class="status status-${view.status}">${c.statuses[view.status]}</span>
        </p>
        ${heading(this.level(0), 'title', view.title, titleLang)}
        ${edition.editionNumber ? html`<p class="edition">${m.edition(edition.editionNumber)}</p>` : nothing}
        <p part="summary" class="summary" lang=${summaryLang}>${view.summary}</p>
        ${inEnglish}
      </header>
      ${body}
    </article>`;
  }
}
