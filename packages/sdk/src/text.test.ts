import {assert} from 'chai';
import {sampleCatalog} from './catalog/index.js';
import {parseCatalog} from './parse.js';
import {catalogInLanguage, pick} from './text.js';

describe('pick', () => {
  const text = {en: 'Barcelona', fr: 'Barcelone', es: 'Barcelona (es)', 'pt-BR': 'Barcelona (pt-BR)'};

  it('returns the requested language', () => {
    assert.equal(pick(text, 'fr'), 'Barcelone');
    assert.equal(pick(text, 'es'), 'Barcelona (es)');
  });

  it('falls back from a regional tag to its base language, ignoring case', () => {
    assert.equal(pick(text, 'fr-CA'), 'Barcelone');
    assert.equal(pick(text, 'ES-mx'), 'Barcelona (es)');
    assert.equal(pick(text, 'pt-br'), 'Barcelona (pt-BR)');
  });

  it('falls back to English for a missing language or none', () => {
    assert.equal(pick(text, 'de'), 'Barcelona');
    assert.equal(pick({en: 'Seoul'}, 'fr'), 'Seoul');
    assert.equal(pick(text, undefined), 'Barcelona');
    assert.equal(pick(text, ''), 'Barcelona');
  });
});

describe('catalogInLanguage', () => {
  /** Every localized text of `value` with its path, as pick(…, lang) shows it. */
  function shown(value: unknown, lang: string, path = ''): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (v: unknown, p: string) => {
      if (Array.isArray(v)) v.forEach((child, i) => walk(child, `${p}[${i}]`));
      else if (v && typeof v === 'object') {
        if (typeof (v as {en?: unknown}).en === 'string' && Object.values(v).every((t) => typeof t === 'string')) out.set(p, pick(v as {en: string}, lang));
        else for (const [k, child] of Object.entries(v)) walk(child, `${p}.${k}`);
      }
    };
    walk(value, path);
    return out;
  }

  for (const lang of ['en', 'fr', 'es']) {
    it(`keeps, for ${lang}, exactly the texts a ${lang} page shows, and still passes the catalog's schema`, () => {
      const reduced = catalogInLanguage(sampleCatalog, lang);
      assert.deepEqual(parseCatalog(reduced), reduced);
      assert.deepEqual([...shown(reduced, lang)], [...shown(sampleCatalog, lang)]);
      const others = ['en', 'fr', 'es'].filter((l) => l !== lang && l !== 'en');
      assert.notMatch(JSON.stringify(reduced), new RegExp(`"(${others.join('|')})":`), 'no other language');
      assert.isBelow(JSON.stringify(reduced).length, JSON.stringify(sampleCatalog).length * (lang === 'en' ? 0.7 : 0.9));
    });
  }

  it('leaves everything that is not localized text as it is', () => {
    const reduced = catalogInLanguage(sampleCatalog, 'fr');
    assert.deepEqual(reduced.editions.map((e) => [e.id, e.dates, e.fee]), sampleCatalog.editions.map((e) => [e.id, e.dates, e.fee]));
    assert.deepEqual(reduced.feeSchedules.map((s) => s.rules.map((r) => r.id)), sampleCatalog.feeSchedules.map((s) => s.rules.map((r) => r.id)));
  });
});
