import {expect, fixture, html} from '@open-wc/testing';
import '../define/application-form.js';
import '../define/course-detail.js';
import '../define/course-list.js';
import '../define/fee-calculator.js';
import {clearJsonLd, inlineJson, sample, until} from '../test-support/catalogs.js';
import {directionAt} from './locale-controller.js';
import {directionOf} from './message-groups.js';

// Issue 12: with `lang="ar"` or `dir="rtl"` on the element or an ancestor, every element's
// layout mirrors. Each element is rendered twice with the same words, left to right and right
// to left: every box of its shadow tree must sit at the mirror image of its other place.

const DEMO_DAY = '2025-09-15';
const DIPLOMA = 'diploma-internationalization-2025';
const WIDTH = 640;

const inline = () => `<script type="application/json">${inlineJson(sample())}</script>`;
const $ = (host: Element, selector: string) => host.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const notBusy = (host: Element) => !$(host, '[aria-busy="true"]');

type Ready = (host: HTMLElement) => boolean;
const elements: Record<string, {markup: (attributes: string) => string; ready: Ready}> = {
  'metropolis-course-list': {
    markup: (a) => `<metropolis-course-list now="${DEMO_DAY}" ${a}>${inline()}</metropolis-course-list>`,
    ready: (h) => !!$(h, '[part="summary"]') && notBusy(h),
  },
  'metropolis-course-detail': {
    markup: (a) => `<metropolis-course-detail edition="${DIPLOMA}" now="${DEMO_DAY}" ${a}>${inline()}</metropolis-course-detail>`,
    ready: (h) => !!$(h, 'article table') && notBusy(h),
  },
  'metropolis-application-form': {
    markup: (a) => `<metropolis-application-form edition="${DIPLOMA}" now="${DEMO_DAY}" ${a}>${inline()}</metropolis-application-form>`,
    ready: (h) => !!$(h, '[part="form"]') && notBusy(h) && !!(h as unknown as {loadedTools?: unknown}).loadedTools,
  },
  'metropolis-fee-calculator': {
    markup: (a) => `<metropolis-fee-calculator edition="${DIPLOMA}" now="${DEMO_DAY}" membership="member" country="EG" ${a}>${inline()}</metropolis-fee-calculator>`,
    ready: (h) => !!$(h, '[part="total"]') && notBusy(h),
  },
};

/** Mounts `markup` inside `wrapper` (an element with its own attributes, or none) and waits until ready. */
async function mount(wrapperAttributes: string, markup: string, ready: Ready): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<div ${wrapperAttributes}>${markup}</div>`;
  const host = container.querySelector<HTMLElement>(':scope > div > *')!;
  host.style.inlineSize = `${WIDTH}px`;
  await until(() => ready(host));
  await (host as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return host;
}

interface Box {
  key: string;
  left: number;
  right: number;
  direction: string;
}

/**
 * Every laid-out box of `host`'s shadow tree, in order, with its horizontal extent from the
 * host's left edge. Inline boxes are left out: within a line the Unicode bidi algorithm places
 * them, and an English phrase keeps its word order in a right-to-left line, as it should. So is
 * visually hidden text (a 1px clipped box, for screen readers), which no one sees.
 */
function boxes(host: HTMLElement): Box[] {
  const origin = host.getBoundingClientRect().left;
  const found: Box[] = [];
  let index = 0;
  for (const node of host.shadowRoot!.querySelectorAll('*')) {
    if (['style', 'script', 'template', 'slot'].includes(node.localName)) continue;
    const box = node.getBoundingClientRect();
    const key = `${index++} <${node.localName}${node.getAttribute('part') ? ` part="${node.getAttribute('part')}"` : ''}${node.getAttribute('class') ? ` class="${node.getAttribute('class')}"` : ''}>`;
    if (box.width <= 1 || !box.height || getComputedStyle(node).display === 'inline') continue;
    // A date field's segments are the browser's: Chromium writes them left to right in any page.
    // English catalog text (marked lang="en") runs left to right on purpose: its own direction.
    const own = (node instanceof HTMLInputElement && node.type === 'date') || !!node.closest('[lang="en"]');
    const direction = own ? 'own' : getComputedStyle(node).direction;
    found.push({key, left: box.left - origin, right: box.right - origin, direction});
  }
  return found;
}

/** The nodes of `rtl` that are not at the mirror image (within 1px) of their place in `ltr`. */
function notMirrored(ltr: Box[], rtl: Box[], width: number): string[] {
  const wrong: string[] = [];
  const byKey = new Map(rtl.map((box) => [box.key, box]));
  for (const box of ltr) {
    const other = byKey.get(box.key);
    if (!other) {
      wrong.push(`${box.key}: not laid out right to left`);
      continue;
    }
    if (Math.abs(other.left - (width - box.right)) > 1 || Math.abs(other.right - (width - box.left)) > 1) {
      wrong.push(`${box.key}: ${box.left.toFixed(1)}–${box.right.toFixed(1)} → ${other.left.toFixed(1)}–${other.right.toFixed(1)}`);
    }
  }
  return wrong;
}

describe('right to left (issue 12)', () => {
  afterEach(() => clearJsonLd());

  describe('the direction that applies', () => {
    it('follows the nearest lang or dir, dir winning on one element', async () => {
      const root = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="en"><section lang="fr"><p lang="ar" dir="ltr"><span></span></p><i></i></section><b></b></div>`);
      expect(directionAt(root.querySelector('b')!)).to.equal('rtl');
      expect(directionAt(root.querySelector('i')!)).to.equal('ltr');
      expect(directionAt(root.querySelector('span')!)).to.equal('ltr');
      expect(directionAt(root.querySelector('p')!.parentElement!)).to.equal('ltr');
    });

    it('knows the right-to-left languages and scripts', () => {
      expect(['ar', 'ar-EG', 'fa', 'he', 'ur-PK', 'ku-Arab'].map(directionOf)).to.deep.equal(['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
      expect(['en', 'fr-CA', 'es', 'az-Latn', 'sr-Cyrl', 'arn', 'hr'].map(directionOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
    });
  });

  for (const [tag, {markup, ready}] of Object.entries(elements)) {
    describe(`<${tag}>`, () => {
      it('mirrors under a dir="rtl" ancestor, in English', async () => {
        const ltr = boxes(await mount('lang="en"', markup(''), ready));
        const host = await mount('lang="en" dir="rtl"', markup(''), ready);
        const rtl = boxes(host);
        expect(rtl.filter((box) => box.direction !== 'rtl' && box.direction !== 'own').map((box) => box.key), 'every node runs right to left').to.deep.equal([]);
        const wrong = notMirrored(ltr, rtl, WIDTH);
        expect(wrong, wrong.slice(0, 20).join('\n')).to.deep.equal([]);
      });

      it('mirrors with lang="ar" alone on a left-to-right page, in Arabic', async () => {
        const host = await mount('dir="ltr" lang="en"', markup('lang="ar"'), ready);
        await until(() => /[\u0600-\u06FF]/.test(host.shadowRoot!.textContent ?? ''));
        await until(() => ready(host));
        const rtl = boxes(host);
        expect(rtl.filter((box) => box.direction !== 'rtl' && box.direction !== 'own').map((box) => box.key), 'every node runs right to left').to.deep.equal([]);
        // The same Arabic words left to right: dir="ltr" on the element itself wins over its lang.
        const ltrHost = await mount('', markup('lang="ar" dir="ltr"'), ready);
        await until(() => /[\u0600-\u06FF]/.test(ltrHost.shadowRoot!.textContent ?? ''));
        await until(() => ready(ltrHost));
        const wrong = notMirrored(boxes(ltrHost), rtl, WIDTH);
        expect(wrong, wrong.slice(0, 20).join('\n')).to.deep.equal([]);
      });

      it('has no axe-core violation in Arabic', async () => {
        const host = await mount('', markup('lang="ar"'), ready);
        await until(() => /[\u0600-\u06FF]/.test(host.shadowRoot!.textContent ?? ''));
        await expect(host).to.be.accessible();
      });
    });
  }

  it('turns when the page’s direction changes', async () => {
    const {markup, ready} = elements['metropolis-course-list']!;
    const host = await mount('lang="en"', markup(''), ready);
    const base = $(host, '[part="base"]')!;
    expect(getComputedStyle(base).direction).to.equal('ltr');
    host.parentElement!.setAttribute('dir', 'rtl');
    await until(() => getComputedStyle(base).direction === 'rtl');
    host.parentElement!.removeAttribute('dir');
    await until(() => getComputedStyle(base).direction === 'ltr');
  });
});
