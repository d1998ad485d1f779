import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../define/course-detail.js';
import '../define/course-list.js';
import {ApplyEvent} from '../events/apply-event.js';
import {CatalogLoadEvent} from '../events/catalog-load-event.js';
import {canEmulateMedia, itUnless, noMediaEmulation, typeText} from '../test-support/engine.js';
import {clearJsonLd, hostileCatalog, inlineJson, json, sample, stubFetch, until} from '../test-support/catalogs.js';
import type {CourseDetail} from '../components/course-detail/course-detail.js';
import type {CourseList} from '../components/course-list/course-list.js';
import type {ApplicationDialog} from './application-dialog.js';
import type {Catalog} from '@metropolis-training/sdk';

const DEMO_DAY = '2025-09-15';
const DIPLOMA = 'diploma-internationalization-2025';
const DIPLOMA_TITLE = 'Metropolis Diploma in Internationalization for Local Authorities';

type Host = CourseList | CourseDetail;

async function hostOf<T extends Host>(tag: 'metropolis-course-list' | 'metropolis-course-detail', catalog: Catalog | undefined, attributes = ''): Promise<T> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const inline = catalog ? `<script type="application/json">${inlineJson(catalog)}</script>` : '';
  const edition = tag === 'metropolis-course-detail' ? `edition="${DIPLOMA}"` : '';
  container.innerHTML = `<${tag} now="${DEMO_DAY}" ${edition} ${attributes}>${inline}</${tag}>`;
  const host = container.querySelector(tag) as T;
  await until(() => !!host.shadowRoot?.querySelector('button[part="apply"], a[part="apply"]'));
  await host.updateComplete;
  return host;
}

const listOf = (catalog: Catalog | undefined, attributes = '') => hostOf<CourseList>('metropolis-course-list', catalog, attributes);
const detailOf = (catalog: Catalog | undefined, attributes = '') => hostOf<CourseDetail>('metropolis-course-detail', catalog, attributes);

const applyButton = (host: Host) => host.shadowRoot!.querySelector<HTMLButtonElement>('button[part="apply"]')!;
const dialogElementOf = (host: Host) => host.shadowRoot!.querySelector<ApplicationDialog>('metropolis-application-dialog');
const dialogCount = (host: Host) => host.shadowRoot!.querySelectorAll('metropolis-application-dialog').length;
const nativeDialog = (host: Host) => dialogElementOf(host)?.shadowRoot?.querySelector('dialog') ?? null;
const formOf = (host: Host) => dialogElementOf(host)?.applicationForm;
const closeButton = (host: Host) => dialogElementOf(host)!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="close"]')!;

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether focus is inside the host's dialog. */
function focusInDialog(host: Host): boolean {
  const dialog = nativeDialog(host);
  let node: Node | null = deepActive();
  while (node) {
    if (node === dialog) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** Opens the dialog with a click on Apply and waits for the form's catalog. */
async function open(host: Host): Promise<ApplicationDialog> {
  applyButton(host).click();
  await until(() => nativeDialog(host)?.open === true);
  await until(() => !!formOf(host)?.shadowRoot?.querySelector('[part="base"]'));
  const dialog = dialogElementOf(host)!;
  await dialog.updateComplete;
  // The opening animation done (axe measures contrast on what is painted).
  await Promise.all(nativeDialog(host)!.getAnimations({subtree: true}).map((animation) => animation.finished));
  return dialog;
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('the application dialog', () => {
  afterEach(async () => {
    clearJsonLd();
    if (canEmulateMedia) await emulateMedia({reducedMotion: 'no-preference'});
  });

  describe('from the course list', () => {
    it('Apply on a card opens a modal dialog, named by the edition, with the form of that edition and the list’s source', async () => {
      const list = await listOf(undefined, 'catalog="/packages/sdk/dist/catalog.json"');
      const dialog = await open(list);
      const native = nativeDialog(list)!;
      expect(native.matches(':modal')).to.equal(true);
      const labelledBy = native.getAttribute('aria-labelledby')!;
      expect(dialog.shadowRoot!.getElementById(labelledBy)!.textContent).to.equal(DIPLOMA_TITLE);
      const form = formOf(list)!;
      expect(form.localName).to.equal('metropolis-application-form');
      expect(form.edition).to.equal(DIPLOMA);
      expect(form.getAttribute('catalog')).to.equal('/packages/sdk/dist/catalog.json');
      expect(form.getAttribute('now')).to.equal(DEMO_DAY);
      expect(closeButton(list).textContent!.trim()).to.equal('Close');
      expect(focusInDialog(list)).to.equal(true);
      // The page can style it: the dialog's parts are the list's.
      expect(dialogElementOf(list)!.getAttribute('exportparts')).to.contain('dialog-title');
    });

    it('gives the form the list’s inline catalog, and keeps the form’s catalog events inside', async () => {
      const list = await listOf(sample());
      const loads: EventTarget[] = [];
      const errors: Event[] = [];
      const onLoad = (e: Event) => loads.push(e.composedPath()[0]!);
      document.addEventListener(CatalogLoadEvent.eventName, onLoad);
      list.addEventListener('metropolis-catalog-error', (e) => errors.push(e));
      try {
        await open(list);
        await frames(5);
      } finally {
        document.removeEventListener(CatalogLoadEvent.eventName, onLoad);
      }
      const form = formOf(list)!;
      expect(form.hasAttribute('api') || form.hasAttribute('catalog')).to.equal(false);
      expect(form.querySelector(':scope > script[type="application/json"]')!.textContent).to.equal(list.querySelector('script')!.textContent);
      expect(loads.length).to.equal(0);
      expect(errors.length).to.equal(0);
    });

    it('passes the list’s privacy-href and save-draft to the form: the consent links to the notice', async () => {
      const list = await listOf(sample(), 'privacy-href="/privacy-notice" save-draft');
      await open(list);
      const form = formOf(list)!;
      await until(() => !!form.shadowRoot!.querySelector('a[href="/privacy-notice"]'));
      expect(form.hasAttribute('save-draft')).to.equal(true);
      const plain = await listOf(sample());
      await open(plain);
      expect(formOf(plain)!.hasAttribute('privacy-href') || formOf(plain)!.hasAttribute('save-draft')).to.equal(false);
    });

    it('puts the cursor in the form’s first field once the form has loaded, under the dialog’s title', async () => {
      const list = await listOf(sample());
      await open(list);
      await until(() => (deepActive()?.id ?? '').endsWith('-givenName'));
      const form = formOf(list)!;
      // The dialog's title is the page's heading here: the form's is one level below.
      expect(form.shadowRoot!.querySelector('[data-heading]')!.getAttribute('aria-level')).to.equal('3');
    });

    it('Escape in the open country list closes the list, not the dialog', async () => {
      const list = await listOf(sample());
      await open(list);
      const form = formOf(list)!;
      await until(() => !!form.shadowRoot!.querySelector('[role="combobox"]'));
      const country = form.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
      country.focus();
      await typeText('Spa');
      await until(() => country.getAttribute('aria-expanded') === 'true');
      await sendKeys({press: 'Escape'});
      await until(() => country.getAttribute('aria-expanded') === 'false');
      expect(nativeDialog(list)!.open).to.equal(true);
      await sendKeys({press: 'Escape'});
      await until(() => nativeDialog(list)!.open === false);
    });

    it('Escape closes it and returns focus to the Apply button that opened it', async () => {
      const list = await listOf(sample());
      const button = applyButton(list);
      button.focus();
      await open(list);
      await sendKeys({press: 'Escape'});
      await until(() => nativeDialog(list)!.open === false);
      expect(list.shadowRoot!.activeElement === button).to.equal(true);
    });

    it('Close closes it and returns focus to the Apply button; reopening keeps the same form', async () => {
      const list = await listOf(sample());
      const button = applyButton(list);
      await open(list);
      const form = formOf(list);
      closeButton(list).click();
      expect(nativeDialog(list)!.open).to.equal(false);
      await until(() => list.shadowRoot!.activeElement === button);
      await open(list);
      expect(formOf(list) === form).to.equal(true);
      expect(dialogCount(list)).to.equal(1);
    });

    it('with apply-href, Apply is a link that is followed: no event, no dialog', async () => {
      const list = await listOf(sample(), 'apply-href="/apply"');
      const link = list.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="apply"]')!;
      const applied: Event[] = [];
      list.addEventListener(ApplyEvent.eventName, (e) => applied.push(e));
      let followed = '';
      const stopNavigation = (e: MouseEvent) => {
        followed = e.defaultPrevented ? 'prevented' : (e.composedPath()[0] as HTMLAnchorElement).href;
        e.preventDefault();
      };
      window.addEventListener('click', stopNavigation);
      try {
        link.click();
      } finally {
        window.removeEventListener('click', stopNavigation);
      }
      expect(new URL(followed).pathname + new URL(followed).search).to.equal(`/apply?edition=${DIPLOMA}`);
      await frames(10);
      expect(applied.length).to.equal(0);
      expect(dialogElementOf(list)).to.equal(null);
    });

    it('opens nothing when the page cancels metropolis-apply', async () => {
      const list = await listOf(sample());
      list.addEventListener(ApplyEvent.eventName, (e) => e.preventDefault());
      applyButton(list).click();
      // Long enough for the dialog's chunk (already loaded by earlier tests) to open it.
      await frames(20);
      expect(dialogElementOf(list)).to.equal(null);
    });

    it('renders a hostile catalog’s title as text', async () => {
      const list = await listOf(hostileCatalog());
      const dialog = await open(list);
      const heading = dialog.shadowRoot!.querySelector('h2')!;
      expect(heading.textContent).to.contain('<img src=x');
      expect(dialog.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as {__pwned?: boolean}).__pwned).to.equal(undefined);
    });

    itUnless({firefox: noMediaEmulation, webkit: noMediaEmulation}, 'animates only when the visitor has not asked for reduced motion', async () => {
      await emulateMedia({reducedMotion: 'reduce'});
      const list = await listOf(sample());
      await open(list);
      expect(getComputedStyle(nativeDialog(list)!).animationName).to.equal('none');
      closeButton(list).click();
      await emulateMedia({reducedMotion: 'no-preference'});
      await open(list);
      expect(getComputedStyle(nativeDialog(list)!).animationName).to.equal('metropolis-dialog-in');
    });
  });

  describe('from the course page', () => {
    it('Apply opens the form of the page’s edition with the page’s API server; Escape returns focus', async () => {
      const fetches = stubFetch((url) => (url === 'https://api.example.org/v1/catalog?lang=en' ? json(sample()) : json({title: 'Not found', status: 404}, 404)));
      try {
        const detail = await detailOf(undefined, 'api="https://api.example.org"');
        const button = applyButton(detail);
        button.focus();
        const dialog = await open(detail);
        expect(dialog.shadowRoot!.querySelector('h2')!.textContent).to.equal(DIPLOMA_TITLE);
        const form = formOf(detail)!;
        expect(form.edition).to.equal(DIPLOMA);
        expect(form.getAttribute('api')).to.equal('https://api.example.org');
        // The form shares the page's catalog (fetched once) and asks for the member list.
        await until(() => fetches.calls.length >= 2);
        expect(fetches.calls).to.deep.equal(['https://api.example.org/v1/catalog?lang=en', 'https://api.example.org/v1/members']);
        await sendKeys({press: 'Escape'});
        await until(() => nativeDialog(detail)!.open === false);
        expect(detail.shadowRoot!.activeElement === button).to.equal(true);
      } finally {
        fetches.restore();
      }
    });

    it('opens nothing when the page cancels metropolis-apply, and follows apply-href', async () => {
      const detail = await detailOf(sample());
      document.addEventListener(ApplyEvent.eventName, (e) => e.preventDefault(), {once: true});
      applyButton(detail).click();
      await frames(20);
      expect(dialogElementOf(detail)).to.equal(null);
      const linked = await detailOf(sample(), 'apply-href="/apply"');
      expect(linked.shadowRoot!.querySelector('button[part="apply"]')).to.equal(null);
      expect(new URL(linked.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="apply"]')!.href).search).to.equal(`?edition=${DIPLOMA}`);
    });
  });

  describe('accessibility', () => {
    for (const [lang, close] of [['en', 'Close'], ['fr', 'Fermer'], ['es', 'Cerrar']] as const) {
      it(`passes axe with the dialog open, in ${lang}`, async () => {
        const list = await listOf(sample(), `lang="${lang}"`);
        await open(list);
        await until(() => closeButton(list).textContent!.trim() === close);
        await expect(list).to.be.accessible();
        const detail = await detailOf(sample(), `lang="${lang}"`);
        await open(detail);
        await until(() => closeButton(detail).textContent!.trim() === close);
        await expect(detail).to.be.accessible();
      });
    }
  });

  describe('keyboard only', () => {
    it('Enter on Apply opens it, Tab stays inside, Enter on Close closes it and focus is back on Apply', async () => {
      const list = await listOf(sample());
      const button = applyButton(list);
      button.focus();
      await sendKeys({press: 'Enter'});
      await until(() => nativeDialog(list)?.open === true);
      await until(() => !!formOf(list)?.shadowRoot?.querySelector('[part="base"]'));
      expect(focusInDialog(list)).to.equal(true);
      for (let i = 0; i < 4; i++) {
        await sendKeys({press: 'Tab'});
        // The modal keeps focus in the dialog (or on the browser's own UI, never on the page).
        expect(deepActive() === button).to.equal(false);
      }
      closeButton(list).focus();
      await sendKeys({press: 'Enter'});
      await until(() => nativeDialog(list)!.open === false);
      expect(list.shadowRoot!.activeElement === button).to.equal(true);
      await sendKeys({press: ' '});
      await until(() => nativeDialog(list)!.open === true);
      await sendKeys({press: 'Escape'});
      await until(() => nativeDialog(list)!.open === false);
      expect(list.shadowRoot!.activeElement === button).to.equal(true);
    });
  });
});
