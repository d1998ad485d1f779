/**
 * Where an element's catalog comes from, and its loading, error and retry states.
 * @module
 */
import {catalogUrl, fetchWithRetry, type Catalog, type Course, type Edition, type FeeSchedule, type PriceRange, type Provider} from '@metropolis-training/sdk';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {CatalogErrorEvent, CatalogLoadEvent} from '../events/catalog-load-event.js';
import {languageTagOf} from '../localize/locale-controller.js';
import {languageFor} from '../localize/message-groups.js';
import {safeUrl} from './attributes.js';

/** An element that takes a catalog from `api`, `catalog` or an inline JSON script. */
export interface CatalogHost extends ReactiveControllerHost, HTMLElement {
  /** Base URL of a Metropolis Training API server. */
  api?: string | undefined;
  /** URL of a static catalog JSON file. */
  catalog?: string | undefined;
}

/** A catalog with its records indexed by id, and the pricing that came with its validation. */
export interface IndexedCatalog {
  catalog: Catalog;
  courses: Map<string, Course>;
  providers: Map<string, Provider>;
  schedules: Map<string, FeeSchedule>;
  editions: Map<string, Edition>;
  /** The price range of one of the catalog's (validated) schedules on a day, loaded with the validation code. */
  priceRange: (schedule: FeeSchedule, date: string) => PriceRange;
}

/** What the element shows: loading, the catalog, an error with a retry, or no source at all. */
export type CatalogState =
  | {status: 'loading'}
  | {status: 'ready'; data: IndexedCatalog}
  | {status: 'error'; kind: 'offline' | 'invalid' | 'failed'; error: Error}
  | {status: 'missing'};

const byId = <T extends {id: string}>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/**
 * Resolves in a task of its own. Elements that share a catalog render it each in a separate
 * task, after the one that validated it: no long task holds the page while all of them render.
 * @internal
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Tools = typeof import('./catalog-tools.js');
let tools: Promise<Tools> | undefined;
/**
 * The validation code, loaded once per page. Every element loads it through here: each lazy
 * import site costs bytes in the first download (the build lists the chunk's own imports beside it).
 * @internal
 */
export const loadCatalogTools = () => (tools ??= import('./catalog-tools.js'));

/** Indexes a validated catalog. @internal */
export function indexCatalog(catalog: Catalog, pricing: Tools['priceRange']): IndexedCatalog {
  return {catalog, courses: byId(catalog.courses), providers: byId(catalog.providers), schedules: byId(catalog.feeSchedules), editions: byId(catalog.editions), priceRange: pricing};
}

// Elements on one page that read the same source share one request.
const requests = new Map<string, Promise<IndexedCatalog>>();

/** Downloads `url` while the validation code loads, then validates. */
async function downloadAndValidate(url: string, what: string): Promise<IndexedCatalog> {
  const [{catalogFromDownload, priceRange}, download] = await Promise.all([loadCatalogTools(), fetchWithRetry(url, {}, what)]);
  return indexCatalog(catalogFromDownload(download), priceRange);
}

type Source = {key: string; load: () => Promise<IndexedCatalog>};

/** `host`'s source: its `api`, its `catalog` (given apart: an element not yet upgraded has only attributes), or its inline JSON. */
function sourceOf(host: Element, apiValue: string | undefined, catalogValue: string | undefined): Source | undefined {
  // A data: or javascript: source is ignored (with a warning): a CMS lets such data-* values through.
  const api = safeUrl('api', apiValue);
  const catalog = safeUrl('catalog', catalogValue);
  // Only the page language's texts: another language's catalog is fetched on a switch.
  const lang = languageFor(languageTagOf(host));
  if (api) {
    const url = `${catalogUrl(new URL(api, document.baseURI).href)}?lang=${lang}`;
    return {key: `api ${url}`, load: () => downloadAndValidate(url, 'GET /v1/catalog')};
  }
  if (catalog) {
    // `catalog.{lang}.json` names one file per language (the SDK's build writes them).
    const url = new URL(catalog.replaceAll('{lang}', lang), document.baseURI).href;
    return {key: `url ${url}`, load: () => downloadAndValidate(url, `GET ${url}`)};
  }
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) {
    const text = script.textContent ?? '';
    return {
      key: `inline ${text}`,
      load: async () => {
        const {catalogFromJson, priceRange} = await loadCatalogTools();
        return indexCatalog(catalogFromJson(text), priceRange);
      },
    };
  }
  return undefined;
}

/** The request of `source`, shared by every element that reads it; `fresh` skips a kept one. */
function requestOf(source: Source, fresh: boolean): Promise<IndexedCatalog> {
  if (fresh) requests.delete(source.key);
  let request = requests.get(source.key);
  if (!request) {
    request = source.load();
    requests.set(source.key, request);
    // A failed request is not kept: the next element or retry asks again.
    request.catch(() => requests.delete(source.key));
  }
  return request;
}

/**
 * Starts the catalog download (and the validation code's) of every `selector` element on the
 * page from its attributes, before the elements' own code has run: they then find their
 * request under way. The all-in-one bundle calls it first thing.
 * @internal
 */
export function startCatalogRequests(selector: string): void {
  for (const element of document.querySelectorAll(selector)) {
    const source = sourceOf(element, element.getAttribute('api') ?? undefined, element.getAttribute('catalog') ?? undefined);
    if (source) void requestOf(source, false).catch(() => {});
  }
}

/**
 * For the console: why the element's own code (`codeUrl`, a file beside its bundle) may have failed
 * to load on `pageUrl`. A browser reports a CORS refusal, a mixed-content block and a missing file
 * alike, as a TypeError. @internal
 */
export function codeFailureHint(codeUrl: string, pageUrl: string): string {
  const code = new URL('.', codeUrl);
  const page = new URL(pageUrl);
  const where = `The elements' code at ${code.href}`;
  if (code.protocol === 'http:' && page.protocol === 'https:') return `${where} is http on an https page (mixed content).`;
  if (code.origin !== page.origin) return `${where} is on another origin: its server must send Access-Control-Allow-Origin.`;
  return `${where} could not be loaded: serve the chunks/ folder beside the bundle.`;
}

function kindOf(error: Error): 'offline' | 'invalid' | 'failed' {
  if (error.name === 'ValidationError' || error instanceof SyntaxError) return 'invalid';
  // A TypeError here is the validation code failing to download.
  if (error.name === 'NetworkError' || error.name === 'TimeoutError' || error instanceof TypeError) return 'offline';
  return 'failed';
}

/**
 * Loads the host's catalog from, in this order of preference, its `api` server, its `catalog`
 * URL, or an inline `<script type="application/json">` child; validates it; and re-renders the
 * host on each state change. Changing `api` or `catalog` reloads.
 */
export class CatalogController implements ReactiveController {
  /** The current state. */
  state: CatalogState = {status: 'loading'};
  private readonly host: CatalogHost;
  private key: string | undefined;
  private generation = 0;

  /** @param host The element. */
  constructor(host: CatalogHost) {
    this.host = host;
    host.addController(this);
  }

  /** @internal */
  hostConnected(): void {
    this.load(false);
  }

  /** @internal */
  hostUpdate(): void {
    if (this.key !== undefined && this.source()?.key !== this.key) this.load(false);
  }

  /** Loads again, skipping any cached answer (the error state's retry). */
  retry(): void {
    this.load(true);
  }

  private source(): Source | undefined {
    return sourceOf(this.host, this.host.api, this.host.catalog);
  }

  private load(fresh: boolean): void {
    const source = this.source();
    const generation = ++this.generation;
    if (!source) {
      this.key = undefined;
      this.set({status: 'missing'});
      return;
    }
    if (!fresh && source.key === this.key && this.state.status !== 'error') return;
    this.key = source.key;
    const request = requestOf(source, fresh);
    if (this.state.status !== 'ready' || fresh) this.set({status: 'loading'});
    request.then(
      async (data) => {
        await nextTask();
        if (generation !== this.generation) return;
        this.set({status: 'ready', data});
        this.host.dispatchEvent(new CatalogLoadEvent(data.catalog));
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        const failure = error instanceof Error ? error : new Error(String(error));
        // For the webmaster: the SDK's errors name the bad field or the failed request.
        // A TypeError is the code failing to load (see kindOf): say why it may have.
        const hint = failure instanceof TypeError ? ` ${codeFailureHint(import.meta.url, location.href)}` : '';
        console.error(`Metropolis Training: the catalog (${source.key.startsWith('inline') ? 'inline JSON' : source.key}) could not be loaded. ${failure.message}${hint}`);
        this.set({status: 'error', kind: kindOf(failure), error: failure});
        this.host.dispatchEvent(new CatalogErrorEvent(failure));
      },
    );
  }

  private set(state: CatalogState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
