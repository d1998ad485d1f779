import {assert} from 'chai';
import fc from 'fast-check';
import {quote} from './checked.js';
import {refund} from './checked.js';
import type {FeeRule, FeeSchedule} from '../schemas/fee-schedule.js';
import {COUNTRY_CODES} from '../income/data.js';

const countries = COUNTRY_CODES.match(/../g)!;
const percent = fc.integer({min: 0, max: 10_000}).map((bp) => bp / 100);
const day = fc.integer({min: 0, max: 3 * 365}).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));

const rule = (id: string): fc.Arbitrary<FeeRule> =>
  fc.oneof(
    fc.record({id: fc.constant(id), kind: fc.constant('membership' as const), percent}),
    fc.record({
      id: fc.constant(id),
      kind: fc.constant('income-level' as const),
      percents: fc.record({low: percent, 'lower-middle': percent, 'upper-middle': percent, high: percent}, {requiredKeys: []}),
      quota: fc.option(fc.integer({min: 0, max: 5}), {nil: undefined}),
      membersOnly: fc.boolean(),
    }),
    fc.record({id: fc.constant(id), kind: fc.constant('group' as const), percent, minParticipants: fc.integer({min: 2, max: 6})}),
    fc.record({id: fc.constant(id), kind: fc.constant('early-bird' as const), percent, lastDay: day}),
    fc.record({id: fc.constant(id), kind: fc.constant('fixed-price' as const), category: fc.constantFrom('partner', 'speaker'), price: fc.integer({min: 0, max: 1_000})}),
  ).map((r) => (r.kind === 'income-level' && r.quota === undefined ? (({quota: _, ...rest}) => rest)(r) as FeeRule : r));

const schedule: fc.Arbitrary<FeeSchedule> = fc
  .tuple(fc.integer({min: 1_000, max: 10_000_000}), fc.integer({min: 0, max: 6}), fc.constantFrom('FY2025' as const, 'FY2026' as const))
  .chain(([listPrice, count, incomeClassification]) =>
    fc.tuple(...Array.from({length: count}, (_, i) => rule(`rule-${i}`))).chain((rules) =>
      fc.array(fc.tuple(fc.nat(Math.max(count - 1, 0)), fc.nat(Math.max(count - 1, 0))), {maxLength: count}).map((pairs) => {
        const withExclusions = rules.map((r) => ({...r}));
        for (const [a, b] of pairs) {
          if (a !== b && withExclusions[a]) withExclusions[a]!.exclusiveWith = [...new Set([...(withExclusions[a]!.exclusiveWith ?? []), `rule-${b}`])];
        }
        return {
          id: 'random',
          currency: 'EUR',
          listPrice,
          incomeClassification,
          rules: withExclusions,
          refundPolicy: {tiers: [{daysBeforeStart: 60, percent: 100}, {daysBeforeStart: 30, percent: 75}], afterLastTier: 'not-accepted' as const},
        };
      }),
    ),
  );

const request = fc.record({
  date: day,
  membership: fc.constantFrom('member' as const, 'member-in-arrears' as const, 'non-member' as const),
  country: fc.constantFrom(...countries),
  participants: fc.integer({min: 1, max: 12}),
  specialFeePlacesLeft: fc.option(fc.integer({min: 0, max: 6}), {nil: undefined}),
  category: fc.option(fc.constantFrom('partner', 'speaker'), {nil: undefined}),
}).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as typeof r);

describe('fee engine properties (fast-check)', () => {
  it('totals are whole, never negative, never above list price × participants; lines add up', () => {
    fc.assert(
      fc.property(schedule, request, (s, r) => {
        const q = quote(s, r);
        const n = r.participants;
        assert.isTrue(Number.isSafeInteger(q.total.amount));
        assert.isAtLeast(q.total.amount, 0);
        assert.isAtMost(q.total.amount, s.listPrice * n);
        const discounts = q.lines.reduce((sum, l) => sum + l.amount.amount, 0);
        assert.equal(discounts, s.listPrice * n - q.total.amount);
        assert.equal(q.parts.reduce((sum, p) => sum + p.count, 0), n);
        for (const part of q.parts) {
          assert.equal(part.lines.reduce((sum, l) => sum + l.amount.amount, 0), s.listPrice - part.perParticipant.amount);
        }
        assert.lengthOf(q.lines, s.rules.length);
      }),
      {numRuns: 300},
    );
  });

  it('the same input always gives the same quote', () => {
    fc.assert(
      fc.property(schedule, request, (s, r) => {
        assert.deepEqual(quote(structuredClone(s), {...r}), quote(s, r));
      }),
      {numRuns: 100},
    );
  });

  it('a refund never exceeds what was paid', () => {
    fc.assert(
      fc.property(schedule, day, day, fc.integer({min: 0, max: 100_000_000}), (s, start, cancelledOn, amount) => {
        const r = refund(s, {start, cancelledOn, paid: {amount, currency: 'EUR'}});
        assert.isAtLeast(r.refund.amount, 0);
        assert.isAtMost(r.refund.amount, amount);
        assert.isTrue(Number.isSafeInteger(r.refund.amount));
        if (!r.accepted) assert.equal(r.refund.amount, 0);
      }),
      {numRuns: 300},
    );
  });
});
