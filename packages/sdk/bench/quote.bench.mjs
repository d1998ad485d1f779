#!/usr/bin/env node
// `npm run bench -w @metropolis-training/sdk`: quotes per second for a mix of realistic
// requests on the Diploma's schedule, and for schedules of 1, 5 and 20 rules, so cost growth
// with rule count is visible. Prints figures; asserts nothing about speed.
import {performance} from 'node:perf_hooks';
import {priceRange, quote, refund, sampleCatalog, scheduleFor} from '../dist/index.js';

const diploma = scheduleFor(sampleCatalog, 'diploma-internationalization-2025');
const mix = [
  {date: '2025-09-15', membership: 'non-member', country: 'ES'},
  {date: '2025-09-15', membership: 'member', country: 'FR'},
  {date: '2025-09-15', membership: 'member', country: 'EG'},
  {date: '2025-09-15', membership: 'member', country: 'ET'},
  {date: '2025-09-15', membership: 'non-member', country: 'ES', participants: 3},
  {date: '2025-09-15', membership: 'member', country: 'EG', participants: 3, specialFeePlacesLeft: 2},
  {date: '2025-09-15', membership: 'member-in-arrears', country: 'KE', lang: 'fr'},
  {date: '2025-09-15', membership: 'member', country: 'VE', lang: 'es'},
];

const kinds = [
  (i) => ({id: `member-${i}`, kind: 'membership', percent: 10}),
  (i) => ({id: `income-${i}`, kind: 'income-level', percents: {low: 100, 'lower-middle': 50, 'upper-middle': 25}, quota: 3, membersOnly: true}),
  (i) => ({id: `group-${i}`, kind: 'group', percent: 5, minParticipants: 2}),
  (i) => ({id: `early-${i}`, kind: 'early-bird', percent: 5, lastDay: '2025-10-01'}),
  (i) => ({id: `fixed-${i}`, kind: 'fixed-price', category: `category-${i}`, price: 20000}),
];
const scheduleOf = (n) => ({
  ...diploma,
  id: `bench-${n}`,
  rules: Array.from({length: n}, (_, i) => kinds[i % kinds.length](i)),
});

function measure(label, fn, seconds = 1.5) {
  for (let i = 0; i < 200; i++) fn(i); // warm up
  let count = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) fn(count++);
  }
  const elapsed = (performance.now() - start) / 1000;
  const perSecond = count / elapsed;
  console.log(`${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} /s   ${(1e6 / perSecond).toFixed(1).padStart(7)} µs each`);
  return perSecond;
}

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
measure('quote: Diploma, mix of 8 realistic requests', (i) => quote(diploma, mix[i % mix.length]));
for (const n of [1, 5, 20]) {
  const schedule = scheduleOf(n);
  measure(`quote: ${n} rule${n === 1 ? '' : 's'}, member group of 3 in Egypt`, () => quote(schedule, {date: '2025-09-15', membership: 'member', country: 'EG', participants: 3, specialFeePlacesLeft: 2}));
}
measure('refund: Diploma', (i) => refund(diploma, {start: '2025-11-17', cancelledOn: i % 2 ? '2025-10-17' : '2025-10-18', paid: {amount: 66000, currency: 'EUR'}}));
measure('priceRange: Diploma (every standing and group)', () => priceRange(diploma, '2025-09-15'));
