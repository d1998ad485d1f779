import {assert} from 'chai';
import fc from 'fast-check';
import {sampleCatalog} from '../catalog/index.js';
import {checkWith} from '../errors.js';
import {FeeSchedule} from '../schemas/fee-schedule.js';
import {z} from '../zod.js';
import {plannedSchemas, planOf} from './compile.js';
import {checkPlan, parsePlan, type Plan} from './plan.js';
import * as plans from '../schemas/plans.js';

/** Schedules using every field a schedule can have, beside the sample catalog's. */
const partnerSchedules: unknown[] = [
  {
    id: 'urban-data-workshop',
    currency: 'USD',
    listPrice: 45_000,
    incomeClassification: 'FY2026',
    rules: [
      {id: 'early', kind: 'early-bird', percent: 15, lastDay: '2026-03-31', label: {en: ' Early bird ', fr: 'Lève-tôt'}},
      {id: 'group', kind: 'group', percent: 10, minParticipants: 3, exclusiveWith: ['speaker']},
      {id: 'speaker', kind: 'fixed-price', category: 'speaker', price: 0},
      {id: 'members', kind: 'membership', percent: 12.5, contributionsYear: 2026},
      {id: 'income', kind: 'income-level', percents: {low: 100, 'lower-middle': 50}, quota: 4, membersOnly: false},
    ],
    refundPolicy: {tiers: [{daysBeforeStart: 60, percent: 100}, {daysBeforeStart: 30, percent: 50}], afterLastTier: 'no-refund', terms: [{en: 'Write to us.', 'es-MX': 'Escríbanos.'}]},
    notes: [{en: 'Lunch included.'}],
    sources: ['partner-brochure.pdf'],
  },
];
const requests: Record<string, unknown[]> = {
  quoteRequestPlan: [
    {date: '2025-09-15', membership: 'member', country: 'EG', participants: 3, lang: 'fr'},
    {date: '2026-02-28', membership: 'non-member', country: 'XK', specialFeePlacesLeft: 0, category: 'speaker'},
  ],
  refundRequestPlan: [{start: '2025-11-17', cancelledOn: '2025-10-17', paid: {amount: 66_000, currency: 'EUR'}, lang: 'es'}],
};
const seeds: Record<keyof typeof plannedSchemas, unknown[]> = {
  feeSchedulePlan: [...sampleCatalog.feeSchedules, ...partnerSchedules],
  quoteRequestPlan: requests['quoteRequestPlan']!,
  refundRequestPlan: requests['refundRequestPlan']!,
  timelineRequestPlan: [{start: '2025-11-17'}],
};

/** Values a careless or hostile author puts where they do not belong. */
const oddValue = fc.constantFrom<unknown>(
  undefined, null, '', ' ', '  padded  ', 'x', 'EUR', 'eur', 'ABCD', '2025-02-30', '2025-2-3', '2024-02-29', 'FY2024', 'FY2026',
  'membership', 'fixed-price', 'early-bird', 'income-level', 'group', 'toString', '__proto__', 'constructor', 'en', 'not-accepted', 'member',
  'rule-1', 'early', 'speaker', 'EG', 'ZZ', 'XK', '\u0000', 'a\ud800', 'e\u0301', ' a\tb\n', '\udc00x\ud83d\ude00', 0, -1, 1, 2, 1.5, 12.345, 99.99, 100, 100.01, 1900, 2201, 1e21,
  Number.MAX_SAFE_INTEGER, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, true, false, [], [1], {}, {en: ''}, {en: 'ok', 'not a tag': 'x'},
);

type Json = unknown;
type Step = {path: number[]; action: number; value: unknown; key: string};

/** Every place in `value` (paths of indexes into Object.keys at each level). */
function places(value: Json, path: number[] = [], out: number[][] = []): number[][] {
  out.push(path);
  if (value && typeof value === 'object') Object.keys(value).forEach((key, i) => places((value as Record<string, Json>)[key], [...path, i], out));
  return out;
}

/** One mutation: replace a value, delete a key, add a key, or copy a sibling's value. */
function mutate(root: Json, {path, action, value, key}: Step): Json {
  const copy = structuredClone(root);
  const holder = {root: copy} as Record<string, Json>;
  let parent: Record<string, Json> = holder;
  let name = 'root';
  for (const index of path) {
    const next = parent[name] as Record<string, Json>;
    if (!next || typeof next !== 'object') break;
    const keys = Object.keys(next);
    if (!keys.length) break;
    parent = next;
    name = keys[index % keys.length]!;
  }
  const target = parent[name];
  switch (action % 4) {
    case 0:
      parent[name] = value;
      break;
    case 1:
      if (Array.isArray(parent)) parent.splice(Number(name), 1);
      else delete parent[name];
      break;
    case 2:
      if (target && typeof target === 'object') (target as Record<string, Json>)[Array.isArray(target) ? String(target.length) : key] = value;
      else parent[name] = value;
      break;
    case 3: {
      const siblings = Object.keys(parent);
      parent[name] = structuredClone(parent[siblings[(key.length + path.length) % siblings.length]!]);
    }
  }
  return holder['root'];
}

const step = fc.record({
  path: fc.array(fc.nat(40), {maxLength: 8}),
  action: fc.nat(3),
  value: oddValue,
  key: fc.constantFrom('extra', 'en', 'fr', 'kind', 'id', 'percent', 'x-y', 'EN', 'terms'),
});

describe('schema plans', () => {
  for (const [name, schema] of Object.entries(plannedSchemas) as [keyof typeof plannedSchemas, z.ZodMiniType][]) {
    const plan = plans[name] as Plan;

    it(`${name}: the same parsed value as zod for each valid seed`, () => {
      for (const seed of seeds[name]) {
        const byZod = checkWith(schema, seed);
        assert.property(byZod, 'value', JSON.stringify(byZod));
        assert.deepEqual(checkPlan(plan, seed), byZod);
      }
    });

    it(`${name}: the same value or the same field issues as zod for 3,000 mutated inputs`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...seeds[name]), fc.array(step, {minLength: 1, maxLength: 3}), (seed, steps) => {
          const input = steps.reduce(mutate, seed);
          assert.deepEqual(checkPlan(plan, input), checkWith(schema, input));
        }),
        {numRuns: 3000, seed: 20261202},
      );
    });
  }

  it('find what the mutations must reach: a fixed price above the list price, repeated ids, a bad date', () => {
    const [diploma] = sampleCatalog.feeSchedules;
    const bad = {...structuredClone(diploma!), rules: [...structuredClone(diploma!.rules), {id: diploma!.rules[0]!.id, kind: 'fixed-price', category: 'staff', price: diploma!.listPrice + 1}]};
    bad.refundPolicy.tiers[0]!.percent = 12.345;
    const result = checkPlan(plans.feeSchedulePlan, bad);
    const n = diploma!.rules.length;
    assert.deepEqual('issues' in result ? result.issues.map((i) => `${i.path} ${i.message}`) : [], [
      'refundPolicy.tiers[0].percent must have at most two decimals',
      `rules[${n}].id repeats the id of rules[0]`,
      `rules[${n}].price must not be above the list price`,
    ]);
    // An unknown key does not stop the cross-field check, in zod or in the plan.
    const withExtra = {...structuredClone(diploma!), colour: 'red', rules: [diploma!.rules[0], diploma!.rules[0]]};
    assert.deepEqual(checkPlan(plans.feeSchedulePlan, withExtra), checkWith(FeeSchedule, withExtra));
    assert.deepEqual(checkPlan(plans.feeSchedulePlan, withExtra), {issues: [
      {path: 'colour', code: 'unrecognized_keys', message: 'is not a known field'},
      {path: 'rules[1].id', code: 'custom', message: 'repeats the id of rules[0]'},
    ]});
    assert.throws(() => parsePlan(plans.quoteRequestPlan, {date: '2025-02-30', membership: 'member', country: 'ES'}, 'Quote request'), /^Quote request is invalid: date is not a real calendar date$/);
  });

  it('refuses to plan what it could not check the same way, naming where', () => {
    assert.throws(() => planOf(z.object({name: z.string().check(z.refine((s) => s.length > 1))}) as never), /Cannot plan name: a refinement that is not one of schemas\/refinements.ts/);
    assert.throws(() => planOf(z.object({a: z.array(z.union([z.string(), z.number()]))}) as never), /Cannot plan a\[\]: a union without a discriminator/);
    assert.throws(() => planOf(z.object({a: z.pipe(z.string(), z.transform((s) => s.length))}) as never), /Cannot plan a: the type pipe/);
  });
});
