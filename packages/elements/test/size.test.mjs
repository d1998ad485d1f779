// The script-tag bundles stay within their gzip budgets (bytes are deterministic for a given
// build, so this is a test, not a benchmark). Run `npm run size` for the table.
import assert from 'node:assert/strict';
import {budgets, measureBundles} from '../scripts/size.mjs';

const bundles = measureBundles();
const byEntry = new Map(bundles.map((b) => [b.entry, b]));

describe('bundle sizes (gzip)', () => {
  it('builds the all-in-one ES module, the classic script and one ES module per element', () => {
    for (const entry of ['metropolis-training.js', 'metropolis-training.iife.js', 'metropolis-course-list.js', 'metropolis-course-detail.js', 'metropolis-application-form.js', 'metropolis-fee-calculator.js', 'metropolis-activity-proposal.js']) {
      assert.ok(byEntry.has(entry), `${entry} was built`);
    }
  });

  for (const bundle of bundles) {
    it(`${bundle.entry}: ${(bundle.gzip / 1000).toFixed(1)} KB initially, within ${(bundle.budget / 1000).toFixed(0)} KB`, () => {
      assert.ok(bundle.gzip <= bundle.budget, `${bundle.entry} is ${bundle.gzip} bytes gzip, over its ${bundle.budget}`);
    });
    it(`${bundle.entry}: ${(bundle.pageTotal.gzip / 1000).toFixed(1)} KB with what loads with the catalog, within ${(bundle.pageTotal.budget / 1000).toFixed(0)} KB`, () => {
      assert.ok(bundle.pageTotal.gzip <= bundle.pageTotal.budget, `${bundle.entry} and its chunks are ${bundle.pageTotal.gzip} bytes gzip, over ${bundle.pageTotal.budget}`);
    });
    for (const chunk of bundle.onDemand.filter((c) => c.budget)) {
      it(`${bundle.entry} loads ${chunk.file} on demand: ${(chunk.gzip / 1000).toFixed(1)} KB within ${(chunk.budget / 1000).toFixed(0)} KB`, () => {
        assert.ok(chunk.gzip <= chunk.budget, `${chunk.file} is ${chunk.gzip} bytes gzip, over ${chunk.budget}`);
      });
    }
  }

  it('the classic script leaves the dialog and the form out: Apply imports metropolis-application-form.js beside it', async () => {
    const {readFileSync} = await import('node:fs');
    const iife = readFileSync(new URL('../dist/cdn/metropolis-training.iife.js', import.meta.url), 'utf8');
    assert.ok(!iife.includes('metropolis-application-dialog'), 'no dialog inside');
    assert.match(iife, /import\("\.\/metropolis-application-form\.js"\)/);
  });

  it('the classic script has English inside and imports another language\'s words, in one file, from beside it', async () => {
    const iife = byEntry.get('metropolis-training.iife.js');
    assert.deepEqual(iife.withCatalog, []);
    assert.deepEqual(iife.files, ['metropolis-training.iife.js']);
    assert.deepEqual(iife.onDemand.map((c) => c.file), ['metropolis-training.ar.js', 'metropolis-training.es.js', 'metropolis-training.fr.js']);
    const {readFileSync} = await import('node:fs');
    const cdn = new URL('../dist/cdn/', import.meta.url);
    const script = readFileSync(new URL('metropolis-training.iife.js', cdn), 'utf8');
    assert.ok(!script.includes('Rechercher une formation') && !script.includes('Buscar formaciones') && !script.includes('البحث عن دورة'), 'no French, Spanish or Arabic words inside');
    for (const language of ['fr', 'es', 'ar']) {
      assert.ok(script.includes(`import("./metropolis-training.${language}.js")`), `imports metropolis-training.${language}.js`);
      const words = readFileSync(new URL(`metropolis-training.${language}.js`, cdn), 'utf8');
      assert.doesNotMatch(words, /\bimport\b/, `metropolis-training.${language}.js imports nothing`);
      for (const group of ['common', 'courseList', 'courseDetail']) assert.match(words, new RegExp(`as ${group}\\b`), `metropolis-training.${language}.js exports ${group}`);
    }
  });

  it('the ES module bundles render their loading state before zod arrives: validation loads with the catalog', () => {
    for (const entry of ['metropolis-training.js', 'metropolis-course-list.js', 'metropolis-course-detail.js']) {
      const bundle = byEntry.get(entry);
      assert.ok(bundle.withCatalog.some((c) => /validation-/.test(c.file)), `${entry} loads its validation code with the catalog`);
      assert.ok(!bundle.files.some((f) => /validation-/.test(f)), `${entry} does not wait for it`);
    }
  });

  it('the list and course pages load the Apply dialog and the form only on demand; the form page budgets everything it fetches', () => {
    for (const entry of ['metropolis-training.js', 'metropolis-course-list.js', 'metropolis-course-detail.js']) {
      const bundle = byEntry.get(entry);
      assert.ok(bundle.onDemand.some((c) => /^chunks\/application-dialog-/.test(c.file)), `${entry} loads the dialog on demand`);
      for (const file of [...bundle.files, ...bundle.withCatalog.map((c) => c.file)]) assert.ok(!/application-/.test(file), `${entry} does not load ${file} up front`);
    }
    // In the all-in-one bundle, the form is a chunk of its own (shared by the dialog and a page with the form).
    assert.ok(byEntry.get('metropolis-training.js').onDemand.some((c) => /^chunks\/application-form-/.test(c.file)));
    const form = byEntry.get('metropolis-application-form.js');
    assert.equal(form.pageTotal.budget, 45000);
    // Every chunk counts but the languages, the dialog (the classic script's Apply only) and the
    // fee engine (fetched only by a form without a server, which cannot send).
    assert.ok(form.onDemand.every((c) => /^chunks\/(messages|calendar|application-dialog|estimate-tools)-/.test(c.file)), 'the form page counts every chunk it fetches with api');
    assert.ok(form.pageTotal.gzip <= form.pageTotal.budget, `the form page: ${form.pageTotal.gzip} bytes gzip`);
  });

  it('the fee calculator page with an inline schedule fetches at most 24 KB gzip, counting every file', () => {
    const calculator = byEntry.get('metropolis-fee-calculator.js');
    assert.equal(budgets.calculatorPage, 24000);
    // Only the languages, the calendar, Apply's dialog (with the form's own validation, its
    // field limits and estimate), the catalog's code (for `api`, `catalog` or an inline catalog) and the CMS mount
    // (for a div[data-metropolis]) wait; the schedule's validation and the engine are in the one
    // file the page fetches. The SDK client's proposal schema waits too: only submitProposal loads it.
    // (The form's schema chunk is named application-tools since the admin schemas left application.ts.)
    assert.ok(calculator.onDemand.every((c) => /^chunks\/(messages|calendar|application-dialog|application-form|application-tools|catalog-edition|catalog|catalog-tools|validation|estimate-tools|quote|limits|mount|proposal)-/.test(c.file)), 'only the catalog path, the mount and languages wait');
    assert.ok(calculator.onDemand.some((c) => /^chunks\/catalog-edition-/.test(c.file)), 'the catalog code waits');
    assert.ok(calculator.onDemand.some((c) => /^chunks\/mount-/.test(c.file)), 'the CMS mount waits');
    assert.deepEqual([...calculator.files, ...calculator.withCatalog.map((c) => c.file)], ['metropolis-fee-calculator.js'], 'one file: the engine comes with the element');
    assert.ok(calculator.pageTotal.gzip <= budgets.calculatorPage, `the calculator page: ${calculator.pageTotal.gzip} bytes gzip`);
  });

  it('the all-in-one bundles load the fee calculator only when a page has one; the classic script imports its bundle beside it', async () => {
    const all = byEntry.get('metropolis-training.js');
    assert.ok(all.onDemand.some((c) => /^chunks\/fee-calculator-/.test(c.file)));
    const {readFileSync} = await import('node:fs');
    const iife = readFileSync(new URL('../dist/cdn/metropolis-training.iife.js', import.meta.url), 'utf8');
    assert.match(iife, /import\("\.\/metropolis-fee-calculator\.js"\)/);
    assert.ok(!iife.includes('How is this calculated'), 'no calculator inside');
  });

  it('the English list page on the all-in-one bundle: its code and catalog stay within 36.5 KB brotli (the 40 KB page of docs/performance.md)', async () => {
    // 40,000 B on the wire less what else the page carries (the HTML, the favicon, the headers
    // of 7 responses): 3.5 KB, measured by npm run bench:page (3.9 KB until scripts were sent
    // without the document-only CSP and Referrer-Policy headers).
    const {readFileSync} = await import('node:fs');
    const {brotliCompressSync, constants} = await import('node:zlib');
    const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
    const cdn = new URL('../dist/cdn/', import.meta.url);
    const {files} = JSON.parse(readFileSync(new URL('metropolis-training.manifest.json', cdn), 'utf8'));
    const byName = new Map(files.map((f) => [f.file, f]));
    // What a page with only the list fetches: the entry, then the catalog tools and their imports.
    const entry = byName.get('metropolis-training.js');
    const tools = [...new Set(entry.dynamicImports.filter((f) => /^chunks\/catalog-tools-/.test(f)))];
    assert.equal(tools.length, 1, 'the entry loads the catalog tools');
    const listPage = new Set(['metropolis-training.js', ...entry.imports]);
    for (const name of [...tools, ...byName.get(tools[0]).imports]) listPage.add(name);
    assert.ok(!/course-detail|fees-view|application-/.test([...listPage].join(' ')), `a list page loads no course page or form code: ${[...listPage].join(', ')}`);
    assert.ok(listPage.size <= 4, `a list page fetches at most 4 files of code: ${[...listPage].join(', ')}`);
    const code = [...listPage].reduce((sum, name) => sum + brotli(readFileSync(new URL(name, cdn))), 0);
    const catalog = brotli(readFileSync(new URL('../../sdk/dist/catalog.en.json', import.meta.url)));
    assert.ok(code + catalog <= 36_500, `the list page's code (${code} B) and English catalog (${catalog} B) take ${code + catalog} bytes brotli`);
  });

  it('language chunks exist for French, Spanish and Arabic in the ES module bundles', () => {
    const lazy = byEntry.get('metropolis-training.js').onDemand.map((c) => c.file);
    assert.ok(lazy.some((f) => /messages-fr/.test(f)));
    assert.ok(lazy.some((f) => /messages-es/.test(f)));
    assert.ok(lazy.some((f) => /messages-ar/.test(f)));
    assert.equal(budgets.languageChunk, 3500);
  });
});
