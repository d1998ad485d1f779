#!/usr/bin/env node
// `npm run size`: raw, gzip and brotli bytes of every script-tag bundle, against its budget.
// For each bundle:
// - initial: its file and every chunk it imports statically, what runs before the element shows
//   its loading state. The bundle's budget applies to it.
// - with the catalog: the chunks every page then loads, in parallel with the catalog's download
//   (validation with zod, pricing, the fee table). Initial plus these is what a page downloads
//   in all, held to the classic script's budget: an ES-module page never downloads more than
//   the everything-inside bundle is allowed to weigh.
// - on demand: French, Spanish (each within its own budget) and the iCalendar writer, loaded
//   only when a page shows that language or a user asks for a calendar file.
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
  languageChunk: 3 * KB,
  pageTotal: 40 * KB,
};

/** Chunks loaded only on demand; every other lazy chunk loads with the catalog. */
const onDemandChunk = /^chunks\/(messages-|calendar-)/;

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
    const lazy = new Set();
    for (const name of eager) for (const dynamic of byName.get(name)?.dynamicImports ?? []) for (const file of closure(dynamic, 'imports')) if (!eager.has(file)) lazy.add(file);
    const zero = {raw: 0, gzip: 0, brotli: 0};
    const initial = [...eager].map(sizes).reduce(add, zero);
    const budget = budgets[entry] ?? budgets.perElement;
    const withCatalog = [...lazy].filter((file) => !onDemandChunk.test(file)).sort().map((file) => ({file, ...sizes(file)}));
    const onDemand = [...lazy].filter((file) => onDemandChunk.test(file)).sort().map((file) => ({file, ...sizes(file), budget: /messages-/.test(file) ? budgets.languageChunk : undefined}));
    const pageTotal = withCatalog.reduce(add, initial);
    return {entry, files: [...eager], ...initial, budget, withCatalog, pageTotal: {...pageTotal, budget: budgets.pageTotal}, onDemand};
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
  }
  if (over) process.exitCode = 1;
}
