/**
 * `<metropolis-application-form>`: applying for one edition.
 * @module
 */
import {html, LitElement, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {CatalogController} from '../../internal/catalog-controller.js';
import {sourceState} from '../../internal/source-state.js';
import {baseStyles, catalogStyles} from '../../internal/styles.js';
import {commonMessages} from '../../localize/common.js';
import {LocaleController} from '../../localize/locale-controller.js';

/**
 * @tagname metropolis-application-form
 * @summary The application form of one edition.
 */
export class ApplicationForm extends LitElement {
  /** The element's styles: the shared tokens, then its own. */
  static override styles = [baseStyles, catalogStyles];

  private readonly i18n = new LocaleController(this, {common: commonMessages});
  private readonly source = new CatalogController(this);

  /** Base URL of the Metropolis Training API server that prices and stores applications. */
  @property() api?: string;
  /** URL of a static catalog JSON file, when there is no `api` (the price is then an estimate). */
  @property() catalog?: string;
  /** Id of the edition applied for; default: the page URL's `?edition=`. */
  @property() edition?: string;
  /** Today's date as `YYYY-MM-DD` (previews, tests, demos); default: the real date. */
  @property() now?: string;
  /** Page of the privacy notice the consent box links to. */
  @property({attribute: 'privacy-href'}) privacyHref?: string;
  /** Keep what was typed in this browser (`localStorage`) until it is sent. */
  @property({type: Boolean, attribute: 'save-draft'}) saveDraft = false;

  override render(): TemplateResult {
    const {state} = this.source;
    const c = this.i18n.messages.common;
    if (state.status !== 'ready') return sourceState(state, c, () => this.source.retry());
    return html`<div part="base"></div>`;
  }
}
