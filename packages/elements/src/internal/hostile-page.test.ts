// First: another plugin's elements named like ours are defined and on the page before our code.
import '../test-support/similar-names-first.js';
import {expect, fixture, html} from '@open-wc/testing';
import '../define/application-form.js';
import '../define/course-detail.js';
import '../define/course-list.js';
import '../define/fee-calculator.js';
import {clearJsonLd, inlineJson, sample, until} from '../test-support/catalogs.js';
import {hostileCss, PAGE_FONT, similarNames} from '../test-support/hostile-page.js';
import type {ApplicationDialog} from './application-dialog.js';

// Issue 12: on a page whose theme has aggressive global CSS every element looks as it does on a
// plain page. Each element is measured on a plain page (the same font family: the elements take
// the page's font family by design), then again once the hostile sheet is in the document: every
// node of its shadow trees, its box relative to the host's content box (or to its modal dialog)
// and the computed styles that make its look. Its frame and placement are the page's.

const DEMO_DAY = '2025-09-15';
const DIPLOMA = 'diploma-internationalization-2025';

/**
 * What the test page itself sets, with and without the hostile sheet: the font family (on
 * `body`), and the root font size. `1rem` is the page's own scale, which the elements follow
 * like the font family (their sizes are in rem: docs/elements.md); the hostile `*` rule would
 * set it on `html` too, so it is held at 16px here to compare the rest.
 */
const PAGE_CSS = `html { font-size: 16px !important; } body { font-family: ${PAGE_FONT}; }`;

/** The host's placement belongs to the page as well (its width, display): the test pins its width. */
const HOST_WIDTH = '600px';

const PROPERTIES = [
  'display', 'position', 'float', 'visibility', 'box-sizing', 'opacity',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-bottom-right-radius',
  'background-color', 'background-image', 'color', 'outline-style',
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant-caps',
  'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent',
  'text-shadow', 'text-decoration-line', 'white-space',
  'list-style-type', 'list-style-position', 'list-style-image', 'cursor',
] as const;

/**
 * The host's frame is the page's to set, a theme's `*` rule included: its margin, padding,
 * border, background and box sizing, as for any block of the page (docs/elements.md). What is
 * inside it must not change: the nodes are measured from the host's content box.
 */
const FRAME = /^(margin|padding|border-(top|right|bottom|left)-(width|style|color)|background-color|background-image|box-sizing)/;

type Fingerprint = Map<string, Record<string, string>>;

/** The open modal `<dialog>` `node` is in, if any (looking across shadow roots). */
function modalOf(node: Element): HTMLDialogElement | undefined {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at instanceof HTMLDialogElement && at.open) return at;
  }
  return undefined;
}

/**
 * Every node of `host`'s shadow tree (and of the shadow trees inside it: the dialog, the form
 * in it), in order: its box relative to the host, or to the open modal `<dialog>` it is in (the
 * dialog sits in the top layer, centred in the viewport, wherever the host is), and its styles.
 */
function fingerprint(host: Element): Fingerprint {
  const prints: Fingerprint = new Map();
  const hostStyle = getComputedStyle(host);
  const px = (property: string) => parseFloat(hostStyle.getPropertyValue(property));
  const border = host.getBoundingClientRect();
  // The host's content box.
  const hostBox = new DOMRect(
    border.left + px('border-left-width') + px('padding-left'),
    border.top + px('border-top-width') + px('padding-top'),
    border.width - px('border-left-width') - px('padding-left') - px('padding-right') - px('border-right-width'),
    border.height - px('border-top-width') - px('padding-top') - px('padding-bottom') - px('border-bottom-width'),
  );
  prints.set('host', {
    ...Object.fromEntries(PROPERTIES.filter((p) => !FRAME.test(p)).map((p) => [p, hostStyle.getPropertyValue(p)])),
    width: `${hostBox.width}`,
    height: `${hostBox.height}`,
  });
  let index = 0;
  const walk = (root: ShadowRoot, path: string): void => {
    for (const node of root.querySelectorAll('*')) {
      if (['style', 'script', 'template', 'slot'].includes(node.localName)) continue;
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      const modal = modalOf(node);
      const origin = modal === node ? undefined : (modal?.getBoundingClientRect() ?? hostBox);
      const part = node.getAttribute('part');
      const className = node.getAttribute('class');
      const key = `${path}${index++} <${node.localName}${part ? ` part="${part}"` : ''}${className ? ` class="${className}"` : ''}>`;
      prints.set(key, {
        ...Object.fromEntries(PROPERTIES.map((p) => [p, style.getPropertyValue(p)])),
        // A node without a box (display none or contents, a closed popup) is at the viewport's corner.
        ...(origin && (box.width || box.height) ? {left: `${box.left - origin.left}`, top: `${box.top - origin.top}`} : {}),
        width: `${box.width}`,
        height: `${box.height}`,
      });
      if (node.shadowRoot) walk(node.shadowRoot, `${path}<${node.localName}> `);
    }
  };
  walk(host.shadowRoot!, '');
  return prints;
}

const LENGTH = /^-?\d+(\.\d+)?(px)?$/;

/** The differences between two fingerprints: a box within 1px, a length within 0.5px. */
function differences(plain: Fingerprint, hostile: Fingerprint): string[] {
  const found: string[] = [];
  for (const [key, values] of plain) {
    const other = hostile.get(key);
    if (!other) {
      found.push(`${key}: missing on the hostile page`);
      continue;
    }
    for (const [property, value] of Object.entries(values)) {
      const theirs = other[property] ?? '';
      if (value === theirs) continue;
      const tolerance = ['left', 'top', 'width', 'height'].includes(property) ? 1 : 0.5;
      if (LENGTH.test(value) && LENGTH.test(theirs) && Math.abs(parseFloat(value) - parseFloat(theirs)) <= tolerance) continue;
      found.push(`${key} ${property}: ${value} → ${theirs}`);
    }
  }
  return found;
}

/** The properties that differ, each with how many nodes. */
function summary(found: string[]): string {
  const counts = new Map<string, number>();
  for (const line of found) {
    const property = /^host (\S+): /.exec(line)?.[0].slice(0, -2) ?? /> (\S+): /.exec(line)?.[1] ?? line;
    counts.set(property, (counts.get(property) ?? 0) + 1);
  }
  return [...counts].map(([property, count]) => `${property} (${count})`).join(', ');
}

function addSheet(css: string): HTMLStyleElement {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  return sheet;
}

/** The host's fingerprint on the plain page, then with the hostile sheet; their differences. */
function measure(host: HTMLElement): string[] {
  const plain = fingerprint(host);
  const hostile = addSheet(hostileCss);
  try {
    return differences(plain, fingerprint(host));
  } finally {
    hostile.remove();
  }
}

/** Mounts `markup` (one of our elements) in a theme's content area and waits for `ready`. */
async function mount<T extends HTMLElement>(markup: string, ready: (host: T) => boolean): Promise<T> {
  const container = await fixture<HTMLDivElement>(html`<div class="entry-content"></div>`);
  container.innerHTML = markup;
  const host = container.firstElementChild as T;
  host.style.inlineSize = HOST_WIDTH;
  await until(() => ready(host));
  await (host as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  // Two frames: layout settled, lazy chunks' renders done.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return host;
}

const inline = () => `<script type="application/json">${inlineJson(sample())}</script>`;
const $ = (host: Element, selector: string) => host.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const notBusy = (host: Element) => !$(host, '[aria-busy="true"]');

const elements = {
  'metropolis-course-list': () => mount(`<metropolis-course-list now="${DEMO_DAY}">${inline()}</metropolis-course-list>`, (h) => !!$(h, '[part="summary"]') && notBusy(h)),
  'metropolis-course-detail': () => mount(`<metropolis-course-detail edition="${DIPLOMA}" now="${DEMO_DAY}">${inline()}</metropolis-course-detail>`, (h) => !!$(h, 'article table') && notBusy(h)),
  'metropolis-application-form': () =>
    mount(`<metropolis-application-form edition="${DIPLOMA}" now="${DEMO_DAY}">${inline()}</metropolis-application-form>`, (h) => !!$(h, '[part="form"]') && notBusy(h) && !!(h as unknown as {loadedTools?: unknown}).loadedTools),
  'metropolis-fee-calculator': () => mount(`<metropolis-fee-calculator edition="${DIPLOMA}" now="${DEMO_DAY}" membership="member" country="EG">${inline()}</metropolis-fee-calculator>`, (h) => !!$(h, '[part="total"]') && notBusy(h)),
};

describe('a hostile host page (issue 12)', () => {
  let page: HTMLStyleElement;
  before(() => (page = addSheet(PAGE_CSS)));
  after(() => page.remove());
  afterEach(() => clearJsonLd());

  for (const [tag, render] of Object.entries(elements)) {
    it(`<${tag}> looks as on a plain page: every node's box and styles`, async () => {
      const host = await render();
      const found = measure(host);
      expect(found.length, `${found.length} differences: ${summary(found)}\n${found.slice(0, 25).join('\n')}`).to.equal(0);
    });
  }

  it('the Apply dialog, with the form in it, looks as on a plain page', async () => {
    const list = await elements['metropolis-course-list']();
    $(list, 'button[part="apply"]')!.click();
    const dialogElement = () => list.shadowRoot!.querySelector<ApplicationDialog>('metropolis-application-dialog');
    await until(() => !!dialogElement()?.open && !!dialogElement()!.applicationForm?.shadowRoot?.querySelector('[part="form"]'));
    const form = dialogElement()!.applicationForm!;
    await until(() => !!(form as unknown as {loadedTools?: unknown}).loadedTools);
    await form.updateComplete;
    const dialog = dialogElement()!.shadowRoot!.querySelector('dialog')!;
    await Promise.all(dialog.getAnimations({subtree: true}).map((animation) => animation.finished));
    const found = measure(list);
    dialogElement()!.close();
    expect(found.length, `${found.length} differences: ${summary(found)}\n${found.slice(0, 25).join('\n')}`).to.equal(0);
  });

  it('the elements take the page’s font family, there and on the plain page', async () => {
    const host = await elements['metropolis-course-list']();
    const family = () => [host, $(host, '[part="card-title"]')!, $(host, 'button[part="apply"]')!].map((node) => getComputedStyle(node).fontFamily);
    const expected = getComputedStyle(document.body).fontFamily;
    expect(expected).to.contain('Comic Sans MS');
    expect(family()).to.deep.equal([expected, expected, expected]);
    const hostile = addSheet(hostileCss);
    try {
      expect(family()).to.deep.equal([expected, expected, expected]);
    } finally {
      hostile.remove();
    }
  });

  it('the webmaster still hides, places, frames and themes an element there', async () => {
    const host = await elements['metropolis-course-list']();
    const hostile = addSheet(`${hostileCss}
      metropolis-course-list { margin: 24px 0 !important; padding: 12px !important; background: rgb(238, 238, 238) !important; --metropolis-color-accent: rgb(122, 31, 92); --metropolis-font-size: 18px; }`);
    try {
      const apply = $(host, 'button[part="apply"]')!;
      expect(getComputedStyle(apply).backgroundColor).to.equal('rgb(122, 31, 92)');
      expect(getComputedStyle(host).fontSize).to.equal('18px');
      expect(getComputedStyle(host).marginTop).to.equal('24px');
      expect(getComputedStyle(host).paddingTop).to.equal('12px');
      expect(getComputedStyle(host).backgroundColor).to.equal('rgb(238, 238, 238)');
      host.hidden = true;
      expect(getComputedStyle(host).display).to.equal('none');
      host.hidden = false;
      host.style.display = 'none';
      expect(getComputedStyle(host).display).to.equal('none');
    } finally {
      hostile.remove();
    }
  });
});

describe('unrelated elements named like ours (issue 12)', () => {
  it('were defined first, stay theirs, and ours are defined and render beside them', async () => {
    for (const name of similarNames) {
      const theirs = document.querySelector<HTMLElement>(name)!;
      expect(theirs.dataset['upgraded'], name).to.equal(name);
      expect(theirs.shadowRoot, name).to.equal(null);
    }
    const list = await elements['metropolis-course-list']();
    expect(list.shadowRoot!.querySelectorAll('[part="card"]').length).to.equal(3);
    expect(customElements.get('metropolis-course')).to.not.equal(customElements.get('metropolis-course-list'));
  });

  it('on a page with the all-in-one bundle, the CMS mount and the on-demand definitions ignore them', async function () {
    // The page loads the catalog four times over and the bundle's on-demand chunks.
    this.timeout(60000);
    const catalog = `<script type="application/json">${inlineJson(sample())}</script>`;
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${hostileCss}</style>
      <script>
        window.pageErrors = [];
        addEventListener('error', (e) => pageErrors.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));
        for (const name of ${JSON.stringify(similarNames)}) customElements.define(name, class extends HTMLElement { connectedCallback() { this.dataset.upgraded = name; } });
      </script></head><body>
      ${similarNames.map((name) => `<${name}>${name}</${name}>`).join('')}
      <div data-metropolis="course">not ours</div>
      <div data-metropolis="course-lists">not ours</div>
      <div data-metropolis="course-list" data-now="${DEMO_DAY}">${catalog}</div>
      <metropolis-course-detail edition="${DIPLOMA}" now="${DEMO_DAY}">${catalog}</metropolis-course-detail>
      <metropolis-fee-calculator edition="${DIPLOMA}" now="${DEMO_DAY}">${catalog}</metropolis-fee-calculator>
      <metropolis-application-form edition="${DIPLOMA}" now="${DEMO_DAY}">${catalog}</metropolis-application-form>
      <script type="module" src="/packages/elements/dist/cdn/metropolis-training.js"></script>
      </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis & {pageErrors: string[]};
      const doc = frame.contentDocument!;
      const rendered = {
        'metropolis-course-list': '[part="card"]',
        'metropolis-course-detail': 'article table',
        'metropolis-fee-calculator': '[part="base"] form',
        'metropolis-application-form': '[part="form"]',
      };
      const missing = () => Object.entries(rendered).filter(([tag, selector]) => !doc.querySelector(tag)?.shadowRoot?.querySelector(selector)).map(([tag]) => tag);
      // Polled on a timer: a frame in a background test page may get few animation frames.
      for (let waited = 0; missing().length; waited += 100) {
        if (waited > 40000) throw new Error(`not rendered: ${missing().join(', ')}; page errors: ${win.pageErrors.join('; ')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const tag of Object.keys(rendered)) expect(doc.querySelector(tag), tag).to.be.an.instanceOf(win.customElements.get(tag)!);
      expect(doc.querySelector('metropolis-course-list')!.shadowRoot!.querySelectorAll('[part="card"]').length).to.equal(3);
      for (const name of similarNames) {
        const theirs = doc.querySelector<HTMLElement>(name)!;
        expect(theirs.dataset['upgraded'], name).to.equal(name);
        expect(theirs.shadowRoot, name).to.equal(null);
        expect(theirs.textContent, name).to.equal(name);
      }
      expect([...doc.querySelectorAll('div[data-metropolis]')].map((div) => div.getAttribute('data-metropolis'))).to.deep.equal(['course', 'course-lists']);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
