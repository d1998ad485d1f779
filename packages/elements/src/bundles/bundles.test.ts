import {expect} from '@open-wc/testing';
import {until} from '../test-support/catalogs.js';

// The built script-tag bundles, as a webmaster's page loads them, under a strict
// Content-Security-Policy: no eval, no inline script, no inline style.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";
const cdn = '/packages/elements/dist/cdn';

interface TestWindow extends Window {
  cspViolations: string[];
  pageErrors: string[];
}

async function page(head: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script src="/packages/elements/test/csp/record-violations.js"></script>${head}</head><body>${body}</body></html>`;
  // Served with the policy as a header (scripts/wtr-csp-page.mjs), as a real site sends it.
  frame.src = `/csp-page?${new URLSearchParams({csp: CSP, html})}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

const cards = (frame: HTMLIFrameElement, tag = 'metropolis-course-list') =>
  frame.contentDocument!.querySelector(tag)?.shadowRoot?.querySelectorAll('[part="card"]').length ?? 0;

describe('script-tag bundles under a strict CSP', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the ES module bundle renders the list with no CSP violation, even when loaded twice', async () => {
    const frame = await page(
      `<script type="module" src="${cdn}/metropolis-training.js"></script><script type="module" src="${cdn}/metropolis-training.js?second-copy"></script>`,
      `<metropolis-course-list now="2025-09-15" catalog="/packages/sdk/dist/catalog.json"></metropolis-course-list>`,
    );
    await until(() => cards(frame) === 3);
    const win = frame.contentWindow as unknown as TestWindow;
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('the classic script mounts CMS divs and renders both elements with no CSP violation', async () => {
    const frame = await page(
      `<script src="${cdn}/metropolis-training.iife.js"></script><script src="${cdn}/metropolis-training.iife.js"></script>`,
      `<div data-metropolis="course-list" data-now="2025-09-15" data-catalog="/packages/sdk/dist/catalog.json" data-formats="diploma"></div>
       <div data-metropolis="course-detail" data-now="2025-09-15" data-catalog="/packages/sdk/dist/catalog.json" data-edition="diploma-internationalization-2025"></div>`,
    );
    await until(() => cards(frame) === 1);
    const detail = frame.contentDocument!.querySelector('metropolis-course-detail')!;
    await until(() => !!detail.shadowRoot?.querySelector('table'));
    const list = frame.contentDocument!.querySelector('metropolis-course-list')!;
    expect(list.getAttribute('formats')).to.equal('diploma');
    expect(frame.contentDocument!.querySelector('div[data-metropolis]')).to.equal(null);
    const win = frame.contentWindow as unknown as TestWindow;
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect((frame.contentWindow as unknown as {MetropolisTraining: Record<string, unknown>}).MetropolisTraining['CourseList']).to.be.a('function');
  });

  it('the classic script in French fetches its French words from beside it, and renders in French', async () => {
    const frame = await page(
      `<script src="${cdn}/metropolis-training.iife.js"></script>`,
      `<div lang="fr"><metropolis-course-list now="2025-09-15" catalog="/packages/sdk/dist/catalog.json" formats="diploma"></metropolis-course-list></div>`,
    );
    await until(() => cards(frame) === 1);
    const list = frame.contentDocument!.querySelector('metropolis-course-list')!;
    await until(() => list.shadowRoot!.querySelector('[part="summary"]')?.textContent === '1 formation');
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched).to.include(`${cdn}/metropolis-training.fr.js`);
    expect(fetched.filter((path) => /metropolis-training\.(es|ar)\.js$/.test(path))).to.deep.equal([]);
    const win = frame.contentWindow as unknown as TestWindow;
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('the ES module bundle loads the CMS mount only for a page with a div[data-metropolis], and mounts it', async () => {
    const plain = await page(`<script type="module" src="${cdn}/metropolis-training.js"></script>`, `<metropolis-course-list now="2025-09-15" catalog="/packages/sdk/dist/catalog.json"></metropolis-course-list>`);
    await until(() => cards(plain) === 3);
    const chunksOf = (frame: HTMLIFrameElement) => frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => /\/chunks\/mount-/.test(path));
    expect(chunksOf(plain)).to.deep.equal([]);
    const cms = await page(`<script type="module" src="${cdn}/metropolis-training.js"></script>`, `<div data-metropolis="course-list" data-now="2025-09-15" data-catalog="/packages/sdk/dist/catalog.json" data-formats="diploma"></div>`);
    await until(() => cards(cms) === 1);
    expect(chunksOf(cms)).to.have.length(1);
    expect(cms.contentDocument!.querySelector('metropolis-course-list')!.getAttribute('formats')).to.equal('diploma');
  });

  it('the per-element bundle mounts only its own element', async () => {
    const frame = await page(
      `<script type="module" src="${cdn}/metropolis-course-list.js"></script>`,
      `<div data-metropolis="course-list" data-now="2025-09-15" data-catalog="/packages/sdk/dist/catalog.json"></div><div data-metropolis="course-detail"></div><div data-metropolis="script"></div>`,
    );
    await until(() => cards(frame) === 3);
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('div[data-metropolis]')).to.have.length(2);
    expect(doc.querySelector('script[data-metropolis], [data-metropolis="script"]')!.tagName).to.equal('DIV');
    expect((frame.contentWindow as unknown as TestWindow).cspViolations).to.deep.equal([]);
  });

  it('the application form bundle mounts the form; the all-in-one bundle loads the form when a page has one', async () => {
    const formPage = await page(
      `<script type="module" src="${cdn}/metropolis-application-form.js"></script>`,
      `<div data-metropolis="application-form" data-now="2025-09-15" data-catalog="/packages/sdk/dist/catalog.json" data-edition="diploma-internationalization-2025"></div>`,
    );
    const form = () => formPage.contentDocument!.querySelector('metropolis-application-form');
    await until(() => !!form()?.shadowRoot?.querySelector('[part="base"]'));
    expect((formPage.contentWindow as unknown as TestWindow).cspViolations).to.deep.equal([]);
    const allInOne = await page(
      `<script type="module" src="${cdn}/metropolis-training.js"></script>`,
      `<metropolis-application-form now="2025-09-15" catalog="/packages/sdk/dist/catalog.json" edition="diploma-internationalization-2025"></metropolis-application-form>`,
    );
    const lazy = () => allInOne.contentDocument!.querySelector('metropolis-application-form');
    await until(() => !!lazy()?.shadowRoot?.querySelector('[part="base"]'));
    const win = allInOne.contentWindow as unknown as TestWindow;
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('Apply in the classic script opens the form in a dialog, fetching the form bundle beside it', async () => {
    const frame = await page(
      `<script src="${cdn}/metropolis-training.iife.js"></script>`,
      `<metropolis-course-list now="2025-09-15" catalog="/packages/sdk/dist/catalog.json"></metropolis-course-list>`,
    );
    await until(() => cards(frame) === 3);
    const list = frame.contentDocument!.querySelector('metropolis-course-list')!;
    list.shadowRoot!.querySelector<HTMLButtonElement>('button[part="apply"]')!.click();
    const dialog = () => list.shadowRoot!.querySelector('metropolis-application-dialog')?.shadowRoot?.querySelector('dialog');
    await until(() => dialog()?.open === true);
    expect(dialog()!.querySelector('metropolis-application-form')!.getAttribute('edition')).to.equal('diploma-internationalization-2025');
    // The classic script has no form inside: it fetched the form's ES module bundle beside it.
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched).to.include(`${cdn}/metropolis-application-form.js`);
    await until(() => !!dialog()!.querySelector('metropolis-application-form')!.shadowRoot?.querySelector('[part="base"]'));
    const win = frame.contentWindow as unknown as TestWindow;
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('the fee calculator bundle prices an inline schedule with no server; the classic script fetches it beside itself', async () => {
    const schedule = {id: 'w', currency: 'USD', listPrice: 40000, incomeClassification: 'FY2026', rules: [], refundPolicy: {tiers: [], afterLastTier: 'no-refund'}};
    const body = `<div data-metropolis="fee-calculator" data-country="US"><script type="application/json">${JSON.stringify(schedule)}</script></div>`;
    for (const head of [`<script type="module" src="${cdn}/metropolis-fee-calculator.js"></script>`, `<script src="${cdn}/metropolis-training.iife.js"></script>`]) {
      const frame = await page(head, body);
      const calculator = () => frame.contentDocument!.querySelector('metropolis-fee-calculator');
      await until(() => !!calculator()?.shadowRoot?.querySelector('[part="total"]'));
      expect(calculator()!.shadowRoot!.querySelector('[part="total"] td')!.textContent).to.equal('$400.00');
      const win = frame.contentWindow as unknown as TestWindow;
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      frame.remove();
    }
  });
});
