/**
 * Catalogs and helpers for the elements' browser tests. Not part of the package.
 * @internal
 * @module
 */
import {sampleCatalog, type Catalog, type Edition} from '@metropolis-training/sdk';

/** A deep copy of the sample catalog. */
export function sample(): Catalog {
  return structuredClone(sampleCatalog);
}

/** The sample catalog with every text a hostile catalog could use to inject markup. */
export function hostileCatalog(): Catalog {
  const catalog = sample();
  const attack = '<img src=x onerror="window.__pwned=true">';
  const diploma = catalog.courses.find((c) => c.id === 'diploma-internationalization')!;
  diploma.title = {en: `${attack} Diploma`, fr: `${attack} Diplôme`};
  diploma.summary = {en: `<script>window.__pwned=true</script>${attack}`};
  catalog.providers[0]!.name = {en: `${attack} Secretariat`};
  return catalog;
}

/** A catalog of `count` editions of one open course, for scale. */
export function catalogOf(count: number): Catalog {
  const catalog = sample();
  const template = catalog.editions.find((e) => e.id === 'diploma-internationalization-2025')!;
  const editions: Edition[] = [];
  for (let i = 0; i < count; i++) {
    const start = new Date(Date.UTC(2025, 9, 1 + (i % 365)));
    const end = new Date(start.getTime() + 4 * 86_400_000);
    editions.push({...template, id: `edition-${i}`, dates: {kind: 'fixed', start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10)}});
  }
  return {...catalog, editions};
}

/** Markup of an inline catalog, as a webmaster pastes it. */
export function inlineJson(catalog: Catalog): string {
  return JSON.stringify(catalog).replace(/</g, '\\u003c');
}

/** Replaces `window.fetch` for a test; returns the calls and a restore function. */
export function stubFetch(answer: (url: string, call: number) => Promise<Response> | Response): {calls: string[]; restore: () => void} {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : new Request(input, init).url;
    calls.push(url);
    return answer(url, calls.length);
  };
  return {calls, restore: () => (window.fetch = original)};
}

/** A JSON response. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {status, headers: {'content-type': status >= 400 ? 'application/problem+json' : 'application/json'}});
}

/** Resolves when `predicate` holds, checking on each animation frame (gives up after `frames`). */
export async function until(predicate: () => boolean, frames = 600): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (predicate()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('condition not met');
}

/** Removes the JSON-LD scripts earlier tests left in the head. */
export function clearJsonLd(): void {
  for (const script of document.head.querySelectorAll('script[data-metropolis-edition]')) script.remove();
}

/** Captures the files the page offers for download (URL.createObjectURL) while `act` runs and until one arrives. */
export async function captureDownload(act: () => unknown): Promise<Blob> {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return 'blob:metropolis-test';
  };
  // No real download: the browser would fetch the stand-in URL above, and WebKitGTK's MiniBrowser
  // under WebDriver crashed in the test files that did (course list, course page), a few tests
  // later, in fresh-clone CI runs on a busy machine.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.hasAttribute('download')) originalClick.call(this);
  };
  try {
    await act();
    await until(() => blobs.length > 0);
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = originalClick;
  }
  return blobs[0]!;
}
