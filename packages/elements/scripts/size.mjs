#!/usr/bin/env node
// `npm run size`: raw, gzip and brotli bytes of every script-tag bundle, against its budget.
// For each bundle:
// - initial: its file and every chunk it imports statically, what runs before the element shows
//   its loading state. The bundle's budget applies to it.
// - with the catalog: the chunks every page then loads, in parallel with the catalog's download
//   (validation with zod, pricing, the fee table). Initial plus these is what a page downloads
//   in all, held to the classic script's budget: an ES-module page never downloads more than
//   the everything-inside bundle is allowed to weigh.
// - on demand: each language but English (each within its own budget; the classic script's in
//   one file beside it, metropolis-training.<lang>.js), the iCalendar writer and the Apply
//   dialog with the application form, loaded only when a page shows that language, a user asks
//   for a calendar file or clicks Apply. A list page's initial load and page total leave them out.
// The application form's page (metropolis-application-form.js: the page `apply-href` points to)
// is held to its own page budget, counting every file it fetches. The classic script has no
// dialog or form inside: Apply imports metropolis-application-form.js (measured on its own).
import {readFileSync, readdirSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

const cdn = new URL('../dist/cdn/', import.meta.url);
const KB = 1000;

/** Gzip budgets, in bytes. Every per-element bundle gets the per-element budget. */
export const budgets = {
  'metropolis-training.js': 32 * KB,
  'metropolis-training.iife.js': 40 * KB,
  perElement: 24 * KB,
  /**
   * One language's words for one element, loaded by a page in that language: 3.5 KB since
   * Arabic (issue 12), whose letters take two bytes each in UTF-8 (the form's Arabic words are
   * 3.2 KB; its French ones 2.8 KB).
   */
  languageChunk: 3.5 * KB,
  pageTotal: 40 * KB,
  /**
   * The all-in-one bundle's page with the list and the course page (the demo's index): 41 KB
   * since the well-formed text rules (issue 10) and the console's CORS / mixed-content
   * diagnosis (issue 11) added 0.45 KB to the 39.6 KB it was; 42 KB since issue 17, which
   * counts the course page's fee table (2.4 KB gzip with its two small chunks): the course page
   * always fetched it, from its own chunk, and this figure left it out; 42.2 KB since issue 12:
   * right to left (finding the direction, adopting its sheet) and the Arabic loaders and
   * fee-rule labels cost the page 0.5 KB, of which moving the calculator's rule labels into
   * each language's sentences won back 0.3 KB on the calculator but not here (the course page's
   * fee table labels rules in any language at once). The per-element pages keep 40 KB.
   */
  allInOnePage: 42.2 * KB,
  /** The application form's page: the form bundle and every chunk it loads. */
  formPage: 45 * KB,
  /**
   * The fee calculator's page with an inline schedule, every file it fetches (issue 9,
   * DESIGN.md): one file, since the calculator validates with schema plans instead of zod, loads
   * one language's engine sentences, and leaves the catalog's code, Apply and the CMS mount to
   * the pages that use them.
   */
  calculatorPage: 24 * KB,
  /**
   * The admissions console (issue 15), a staff page: its bundle before sign-in (Lit, the
   * console's views and English words), held to the per-element budget; and everything it loads
   * once signed in (the admin client with zod), which no public page ever downloads.
   */
  admissions: 24 * KB,
  admissionsPage: 34 * KB,
};

/** Page budgets other than `pageTotal`, by bundle. */
const pageBudgets = {'admissions.js': budgets.admissionsPage, 'metropolis-training.js': budgets.allInOnePage, 'metropolis-application-form.js': budgets.formPage, 'metropolis-fee-calculator.js': budgets.calculatorPage};
/** Initial budgets other than `perElement`, by bundle: the form's page is budgeted as a whole. */
const initialBudgets = {'admissions.js': budgets.admissions, 'metropolis-application-form.js': budgets.formPage};

/** Chunks loaded only on demand; every other lazy chunk loads with the catalog. */
const onDemandChunk = /^chunks\/(messages-|calendar-|application-dialog-|application-form-|fee-calculator-|catalog-edition-|mount-)/;
/**
 * On the fee calculator's page with an inline schedule, the catalog's code (and the validation
 * of a catalog it loads) is never fetched: only a calculator with `api`, `catalog` or an inline
 * catalog loads it. Everything else the calculator imports counts.
 */
const onDemandOnCalculatorPage = /^chunks\/(messages-|calendar-|application-dialog-|catalog-edition-|mount-)/;
/**
 * On the form's own page the form is what the page is for: only languages, the calendar, the
 * dialog (which only the classic script's Apply imports through this file) and the fee engine
 * (a form with `api` gets its prices from the server; only a form without one, which cannot
 * send, estimates in the page) wait.
 */
const onDemandOnFormPage = /^chunks\/(messages-|calendar-|application-dialog-|estimate-tools-)/;
/** The chunks an Apply click loads. */
const applyChunk = /^chunks\/application-(dialog|form)-/;

function sizes(file) {
  const bytes = readFileSync(new URL(file, cdn));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

function add(a, b) {
  return {raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli};
}

/** metropolis-training.<lang>.js: the classic script's words in one language. */
const classicWordsFile = /^metropolis-training\.[a-z]{2}\.js$/;

/** Every bundle with its static size, budget and on-demand chunks. */
export function measureBundles() {
  const manifests = readdirSync(cdn).filter((f) => f.endsWith('.manifest.json')).map((f) => JSON.parse(readFileSync(new URL(f, cdn), 'utf8')));
  return manifests.map(({entry, files}) => {
    const byName = new Map(files.map((f) => [f.file, f]));
    const closure = (start, edge) => {
      const seen = new Set();
      const visit = (name) => {
        if (seen.has(name)) return;
        seen.add(name);
        for (const next of byName.get(name)?.[edge] ?? []) visit(next);
      };
      visit(start);
      return seen;
    };
    const eager = closure(entry, 'imports');
    const waits = entry === 'metropolis-application-form.js' ? onDemandOnFormPage : entry === 'metropolis-fee-calculator.js' ? onDemandOnCalculatorPage : onDemandChunk;
    const dynamicOf = (names) => [...names].flatMap((name) => byName.get(name)?.dynamicImports ?? []);
    // With the catalog: what the page's own lazy imports load (not those that wait), with their
    // static imports. On demand: what a waiting import loads, down every import it makes then.
    const catalogSet = new Set();
    for (const root of dynamicOf(eager)) if (!waits.test(root)) for (const file of closure(root, 'imports')) if (!eager.has(file)) catalogSet.add(file);
    const lazy = new Set(catalogSet);
    const pending = dynamicOf(new Set([...eager, ...catalogSet])).filter((root) => waits.test(root));
    for (let root; (root = pending.pop()) !== undefined; ) {
      if (lazy.has(root) || eager.has(root)) continue;
      for (const file of closure(root, 'imports')) {
        if (eager.has(file) || lazy.has(file)) continue;
        lazy.add(file);
        pending.push(...(byName.get(file)?.dynamicImports ?? []));
      }
    }
    const zero = {raw: 0, gzip: 0, brotli: 0};
    const initial = [...eager].map(sizes).reduce(add, zero);
    const budget = budgets[entry] ?? initialBudgets[entry] ?? budgets.perElement;
    const withCatalog = [...catalogSet].sort().map((file) => ({file, ...sizes(file)}));
    // The classic script imports its words in another language from a module beside it.
    const besideClassicScript = entry === 'metropolis-training.iife.js' ? readdirSync(cdn).filter((file) => classicWordsFile.test(file)) : [];
    const onDemand = [...[...lazy].filter((file) => !catalogSet.has(file)).sort(), ...besideClassicScript].map((file) => ({file, ...sizes(file), budget: /messages-/.test(file) || classicWordsFile.test(file) ? budgets.languageChunk : undefined}));
    const pageTotal = withCatalog.reduce(add, initial);
    // What a list or course page has downloaded once a visitor clicked Apply (for information).
    const applyChunks = onDemand.filter((chunk) => applyChunk.test(chunk.file));
    const withApply = applyChunks.length ? applyChunks.reduce(add, pageTotal) : undefined;
    return {entry, files: [...eager], ...initial, budget, withCatalog, pageTotal: {...pageTotal, budget: pageBudgets[entry] ?? budgets.pageTotal}, onDemand, withApply};
  });
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`.padStart(9);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let over = false;
  console.log(`${'bundle'.padEnd(44)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}   budget (gzip)`);
  for (const bundle of measureBundles().sort((a, b) => a.entry.localeCompare(b.entry))) {
    const ok = bundle.gzip <= bundle.budget;
    over ||= !ok;
    console.log(`${bundle.entry.padEnd(44)}${kb(bundle.raw)}${kb(bundle.gzip)}${kb(bundle.brotli)}   ${kb(bundle.budget)} ${ok ? 'ok' : 'OVER'}`);
    for (const chunk of bundle.withCatalog) console.log(`  with the catalog: ${chunk.file.padEnd(24)}${kb(chunk.raw)}${kb(chunk.gzip)}${kb(chunk.brotli)}`);
    if (bundle.withCatalog.length) {
      const total = bundle.pageTotal;
      const totalOk = total.gzip <= total.budget;
      over ||= !totalOk;
      console.log(`  = page total${' '.repeat(30)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}   ${kb(total.budget)} ${totalOk ? 'ok' : 'OVER'}`);
    }
    for (const chunk of bundle.onDemand) {
      const chunkOk = chunk.budget === undefined || chunk.gzip <= chunk.budget;
      over ||= !chunkOk;
      console.log(`  on demand: ${chunk.file.padEnd(31)}${kb(chunk.raw)}${kb(chunk.gzip)}${kb(chunk.brotli)}   ${chunk.budget ? `${kb(chunk.budget)} ${chunkOk ? 'ok' : 'OVER'}` : ''}`);
    }
    if (bundle.withApply) {
      const total = bundle.withApply;
      console.log(`  = page total once Apply was clicked${' '.repeat(7)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
    }
  }
  if (over) process.exitCode = 1;
}
