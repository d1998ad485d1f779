#!/usr/bin/env node
// Writes dist/catalog.json from the compiled sampleCatalog, after validating it, so a static
// site can serve the catalog (`<metropolis-course-list catalog="catalog.json">`), and beside it
// catalog.en.json, catalog.fr.json, catalog.es.json and catalog.ar.json, each with one page language's texts
// (`catalog="catalog.{lang}.json"`: the elements fetch their language's file).
import {writeFileSync} from 'node:fs';
import {catalogInLanguage, parseCatalog, sampleCatalog, UiLanguage} from '../dist/index.js';

const catalog = parseCatalog(sampleCatalog);
// Compact: pages fetch these files, and indentation is 5% of a language file even compressed
// (322 B of 5,979 B brotli); the readable form is the catalog's source, src/catalog/.
const write = (name, value) => {
  const text = `${JSON.stringify(value)}\n`;
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), text);
  return text.length;
};
const bytes = write('catalog.json', catalog);
const perLanguage = UiLanguage.options.map((lang) => `${lang} ${write(`catalog.${lang}.json`, parseCatalog(catalogInLanguage(catalog, lang)))} B`);
console.log(`catalog.json: ${catalog.editions.length} editions, ${catalog.courses.length} courses, ${catalog.providers.length} providers, ${bytes} B; one language: ${perLanguage.join(', ')}`);
