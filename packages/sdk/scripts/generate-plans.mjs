// Regenerates src/schemas/plans.ts from the zod schemas (run after `tsc -b`, as `npm run plans`).
import {writeFileSync} from 'node:fs';
import {plansModule} from '../dist/plan/compile.js';

const target = new URL('../src/schemas/plans.ts', import.meta.url);
writeFileSync(target, plansModule());
console.log(`wrote ${target.pathname}`);
