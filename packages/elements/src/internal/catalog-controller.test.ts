import {expect, fixture, html} from '@open-wc/testing';
import {catalogInLanguage} from '@metropolis-training/sdk';
import '../define/course-list.js';
import type {CourseList} from '../components/course-list/course-list.js';
import {json, sample, stubFetch, until} from '../test-support/catalogs.js';

describe('catalog downloads in the page language', () => {
  const cards = (list: CourseList) => list.shadowRoot?.querySelectorAll('[part="card"]').length ?? 0;

  it('asks a server for its language’s catalog only, and for another language’s only on a switch', async () => {
    const stub = stubFetch((url) => json(catalogInLanguage(sample(), new URL(url).searchParams.get('lang') ?? 'en')));
    try {
      const list = await fixture<CourseList>(html`<metropolis-course-list api="https://lang-test.example" now="2025-09-15" lang="en"></metropolis-course-list>`);
      await until(() => cards(list) > 0);
      expect(stub.calls).to.deep.equal(['https://lang-test.example/v1/catalog?lang=en']);
      list.setAttribute('lang', 'fr');
      await until(() => stub.calls.length === 2 && list.shadowRoot!.textContent!.includes('Diplôme'));
      expect(stub.calls[1]).to.equal('https://lang-test.example/v1/catalog?lang=fr');
    } finally {
      stub.restore();
    }
  });

  it('fills {lang} in a catalog file’s URL: catalog.en.json on an English page', async () => {
    const stub = stubFetch(() => json(catalogInLanguage(sample(), 'en')));
    try {
      const list = await fixture<CourseList>(html`<metropolis-course-list catalog="https://files.example/catalog.{lang}.json" now="2025-09-15"></metropolis-course-list>`);
      await until(() => cards(list) > 0);
      expect(stub.calls).to.deep.equal(['https://files.example/catalog.en.json']);
    } finally {
      stub.restore();
    }
  });
});
