#!/usr/bin/env node
// `npm run size`: raw, gzip and brotli bytes of every script-tag bundle, against its budget.
// A bundle's size is what a page downloads before the element can render: its file and every
// chunk it imports statically. Chunks it loads on demand (French, Spanish, fetching a catalog,
// iCalendar) are listed under it with their own sizes.
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
};

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
    const total = [...eager].map(sizes).reduce(add, {raw: 0, gzip: 0, brotli: 0});
    const budget = budgets[entry] ?? budgets.perElement;
    const onDemand = [...lazy].sort().map((file) => ({file, ...sizes(file), budget: /messages-/.test(file) ? budgets.languageChunk : undefined}));
    return {entry, files: [...eager], ...total, budget, onDemand};
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
    for (const chunk of bundle.onDemand) {
      const chunkOk = chunk.budget === undefined || chunk.gzip <= chunk.budget;
      over ||= !chunkOk;
      console.log(`  on demand: ${chunk.file.padEnd(31)}${kb(chunk.raw)}${kb(chunk.gzip)}${kb(chunk.brotli)}   ${chunk.budget ? `${kb(chunk.budget)} ${chunkOk ? 'ok' : 'OVER'}` : ''}`);
    }
  }
  if (over) process.exitCode = 1;
}
