import {expect} from '@open-wc/testing';
import {until} from '../test-support/catalogs.js';

describe('the script-tag bundles from another origin', () => {
  it('load the module bundle, its chunks and the catalog from the server’s origin (CORS) and render cards', async () => {
    const {url} = (await (await fetch('/reference-server-control/origin')).json()) as {url: string};
    expect(new URL(url).origin === location.origin, 'a second origin').to.be.false;
    // A module script from another origin loads only when the server allows any origin.
    await import(/* @vite-ignore */ `${url}/elements/metropolis-course-list.js`);
    const list = document.createElement('metropolis-course-list');
    list.setAttribute('catalog', `${url}/catalog.json`);
    list.setAttribute('now', '2025-09-15');
    document.body.append(list);
    await until(() => (list.shadowRoot?.querySelectorAll('[part="card"]').length ?? 0) > 0);
    expect(list.shadowRoot!.querySelectorAll('[part="card"]').length > 0, 'cards').to.be.true;
    list.remove();
  });

  it('tells the console that CORS may be why an API on another origin could not be reached', async () => {
    const {url} = (await (await fetch('/reference-server-control/origin')).json()) as {url: string};
    await import(/* @vite-ignore */ `${url}/elements/metropolis-course-list.js`);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      // The test server allows no other origin for its API (ALLOWED_ORIGINS is empty).
      const list = document.createElement('metropolis-course-list');
      list.setAttribute('api', url);
      document.body.append(list);
      await until(() => errors.some((e) => e.includes('could not be loaded')), 1200);
      list.remove();
    } finally {
      console.error = original;
    }
    const message = errors.find((e) => e.includes('could not be loaded')) ?? '';
    expect(message).to.contain('CORS');
    expect(message).to.contain(location.origin);
  });
});
