import {expect, fixture, html} from '@open-wc/testing';
import {catalogInLanguage} from '@metropolis-training/sdk';
import '../define/course-list.js';
import type {CourseList} from '../components/course-list/course-list.js';
import {codeFailureHint} from './catalog-controller.js';
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

describe('the console message when the elements’ own code cannot load', () => {
  it('names a mixed-content block, a cross-origin refusal, or a missing chunks/ folder', () => {
    const mixed = codeFailureHint('http://cdn.example.org/elements/chunks/catalog-tools-x.js', 'https://city.example.org/courses');
    expect(mixed).to.contain('mixed content').and.to.contain('http://cdn.example.org/elements/chunks/');
    const cors = codeFailureHint('https://training.example.org/elements/metropolis-training.js', 'https://city.example.org/courses');
    expect(cors).to.contain('Access-Control-Allow-Origin').and.not.to.contain('mixed content');
    const missing = codeFailureHint('https://city.example.org/js/metropolis-training.js', 'https://city.example.org/courses');
    expect(missing).to.contain('the chunks/ folder').and.not.to.contain('Access-Control');
  });
});
