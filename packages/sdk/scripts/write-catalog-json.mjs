#!/usr/bin/env node
// Writes dist/catalog.json from the compiled sampleCatalog, after validating it, so a static
// site can serve the catalog (`<metropolis-course-list catalog="catalog.json">`).
import {writeFileSync} from 'node:fs';
import {parseCatalog, sampleCatalog} from '../dist/index.js';

const catalog = parseCatalog(sampleCatalog);
const target = new URL('../dist/catalog.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(catalog, null, 2)}\n`);
console.log(`catalog.json: ${catalog.editions.length} editions, ${catalog.courses.length} courses, ${catalog.providers.length} providers`);
