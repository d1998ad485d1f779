import {expect, fixture, html} from '@open-wc/testing';
import '../define/application-form.js';
import '../define/course-detail.js';
import '../define/course-list.js';
import '../define/fee-calculator.js';
import {inlineJson, sample, until} from '../test-support/catalogs.js';
import {mountAll} from './mount.js';
import {mountOnDemand} from './mount-on-demand.js';

describe('CMS mount', () => {
  it('turns div[data-metropolis] into the element, data-* into attributes, keeping children', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <div data-metropolis="course-list" data-themes="water climate" data-apply-href="/apply" data-show-past id="courses" class="wide" lang="fr" onclick="alert(1)">
        <noscript>fallback</noscript>
      </div>
    </div>`);
    const created = mountAll(container, ['course-list']);
    expect(created).to.have.length(1);
    const element = container.querySelector('metropolis-course-list')!;
    expect(element.getAttribute('themes')).to.equal('water climate');
    expect(element.getAttribute('apply-href')).to.equal('/apply');
    expect(element.hasAttribute('show-past')).to.equal(true);
    expect(element.id).to.equal('courses');
    expect(element.className).to.equal('wide');
    expect(element.lang).to.equal('fr');
    // Event handler attributes are not carried over.
    expect(element.hasAttribute('onclick')).to.equal(false);
    expect(element.querySelector('noscript')!.textContent).to.equal('fallback');
    expect(container.querySelector('div[data-metropolis]')).to.equal(null);
  });

  it('creates nothing but our elements, and only the kinds asked for', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <div data-metropolis="script" data-src="x.js"></div>
      <div data-metropolis="img"></div>
      <div data-metropolis="course-detail" data-edition="e"></div>
    </div>`);
    expect(mountAll(container, ['course-list'])).to.have.length(0);
    expect(container.querySelectorAll('div[data-metropolis]')).to.have.length(3);
    expect(mountAll(container)).to.have.length(1);
    expect(container.querySelector('metropolis-course-detail')!.getAttribute('edition')).to.equal('e');
    expect(container.querySelector('script, img')).to.equal(null);
  });

  it('leaves the proposal form’s div to its own bundle: by default only what the all-in-one bundles define', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><div data-metropolis="activity-proposal" data-api="/"><p>Fallback</p></div></div>`);
    expect(mountAll(container)).to.have.length(0);
    expect(container.querySelector('div[data-metropolis="activity-proposal"] p')!.textContent).to.equal('Fallback');
    const [proposal] = mountAll(container, ['activity-proposal']);
    expect(proposal!.localName).to.equal('metropolis-activity-proposal');
  });

  it('mounts the application form', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><div data-metropolis="application-form" data-api="/" data-edition="e" data-lang="fr"></div></div>`);
    const [form] = mountAll(container, ['application-form']);
    expect(form!.localName).to.equal('metropolis-application-form');
    expect([form!.getAttribute('api'), form!.getAttribute('edition'), form!.getAttribute('lang')]).to.deep.equal(['/', 'e', 'fr']);
  });

  it('mounts the fee calculator with its inline schedule inside', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><div data-metropolis="fee-calculator" data-variant="compact" data-start="2026-05-18"><script type="application/json">{}</script></div></div>`);
    const [calculator] = mountAll(container, ['fee-calculator']);
    expect(calculator!.localName).to.equal('metropolis-fee-calculator');
    expect(calculator!.getAttribute('variant')).to.equal('compact');
    expect(calculator!.querySelector('script[type="application/json"]')).to.not.equal(null);
  });

  it('copies only the attributes the element declares: data-on*, data-style, data-autofocus never become live', async () => {
    const fired: string[] = [];
    (window as unknown as {mountProbe: (what: string) => void}).mountProbe = (what) => fired.push(what);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<div data-metropolis="course-list" data-now="2025-09-15" data-autofocus data-tabindex="0" data-onfocus="mountProbe('focus')" data-onclick="mountProbe('click')" data-onload="mountProbe('load')" data-style="color:red" data-hidden data-themes="water"><script type="application/json">${inlineJson(sample())}</script></div>`;
    mountAll(container);
    const element = container.querySelector('metropolis-course-list')!;
    expect(element.getAttributeNames().sort()).to.deep.equal(['now', 'themes']);
    (element as HTMLElement).click();
    (element as HTMLElement).focus();
    expect(fired).to.deep.equal([]);
  });

  it('ignores an apply-href that is not http(s) or relative, saying which attribute, and Apply opens the dialog instead', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<div data-metropolis="course-list" data-now="2025-09-15" data-apply-href="javascript:alert(1)"><script type="application/json">${inlineJson(sample())}</script></div>`;
      mountAll(container);
      const list = container.querySelector('metropolis-course-list')!;
      await until(() => !!list.shadowRoot?.querySelector('[part="apply"]'));
      expect(list.shadowRoot!.querySelector('a[part="apply"]') === null, 'no link').to.be.true;
      expect(list.shadowRoot!.querySelector('button[part="apply"]') !== null, 'a button').to.be.true;
      expect(warnings.some((w) => w.includes('apply-href'))).to.be.true;
      expect(list.shadowRoot!.innerHTML).to.not.contain('javascript:');
    } finally {
      console.warn = warn;
    }
  });

  it('ignores a data: or javascript: catalog or api, saying which attribute, and falls back to the inline catalog', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<div data-metropolis="course-list" data-now="2025-09-15" data-catalog="data:application/json,{}" data-api="javascript:alert(1)"><script type="application/json">${inlineJson(sample())}</script></div>`;
      mountAll(container);
      const list = container.querySelector('metropolis-course-list')!;
      await until(() => !!list.shadowRoot?.querySelector('[part="card"]'));
      expect(list.shadowRoot!.querySelectorAll('[part="card"]').length > 0, 'the inline catalog shows').to.be.true;
      expect(warnings.some((w) => w.includes('the catalog attribute is ignored'))).to.be.true;
      expect(warnings.some((w) => w.includes('the api attribute is ignored'))).to.be.true;
    } finally {
      console.warn = warn;
    }
  });

  it('mounts on demand (the calculator bundle): a div added after load becomes the element, with its inline schedule', async () => {
    mountOnDemand(['fee-calculator']);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const div = document.createElement('div');
    div.dataset['metropolis'] = 'fee-calculator';
    div.dataset['variant'] = 'compact';
    div.innerHTML = '<script type="application/json">{}</script>';
    container.append(div);
    await until(() => !!container.querySelector('metropolis-fee-calculator'));
    const element = container.querySelector('metropolis-fee-calculator')!;
    expect(element.getAttribute('variant')).to.equal('compact');
    expect(element.querySelector('script[type="application/json"]')?.textContent).to.equal('{}');
    expect(container.querySelector('div[data-metropolis]')).to.equal(null);
  });
});

