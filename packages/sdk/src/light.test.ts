import {assert} from 'chai';
import {checkWith} from './errors.js';
import {quote, refund, refundTimeline} from './fees/index.js';
import * as light from './light.js';
import {FeeSchedule} from './schemas/fee-schedule.js';
import {diplomaSchedule, scheduleWith} from './test-support/schedules.js';

const diploma = diplomaSchedule();
const earlyBird = scheduleWith([{id: 'early', kind: 'early-bird', percent: 10, lastDay: '2026-03-31'}, {id: 'group', kind: 'group', percent: 5, minParticipants: 3}], 45_000);
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return String(error);
  }
  return 'no error';
};

describe('the light engine (@metropolis-training/sdk/light)', () => {
  it('refuses a language whose words are not loaded, then answers in it as the SDK does', async () => {
    const request = {date: '2025-09-15', membership: 'member' as const, country: 'ET', lang: 'es' as const};
    assert.equal(errorOf(() => light.quote(diploma, request)), "Error: The es words of quotes and refunds are not loaded: await loadFeeMessages('es') first.");
    const words = await light.loadFeeMessages('es');
    assert.equal(await light.loadFeeMessages('es'), words);
    assert.deepEqual(light.quote(diploma, request), quote(diploma, request));
    assert.equal(light.quote(diploma, request).lines[1]!.reason, 'Tarifa especial: 100\u00a0% para una economía de ingreso bajo (Etiopía, Banco Mundial FY2025)');
  });

  it('quotes the Diploma as the SDK does: a member in Egypt pays 165.00, a group of 3 from Spain 607.20 each, in French', async () => {
    await light.loadFeeMessages('fr');
    const requests = [
      {date: '2025-09-15', membership: 'member' as const, country: 'EG'},
      {date: '2025-09-15', membership: 'non-member' as const, country: 'ES', participants: 3, lang: 'fr' as const},
    ];
    for (const request of requests) assert.deepEqual(light.quote(diploma, request), quote(diploma, request));
    assert.equal(light.quote(diploma, requests[0]!).total.amount, 16_500);
    assert.equal(light.quote(diploma, requests[1]!).perParticipant.amount, 60_720);
    assert.deepEqual(light.quote(earlyBird, {date: '2026-03-31', membership: 'non-member', country: 'US', participants: 3}), quote(earlyBird, {date: '2026-03-31', membership: 'non-member', country: 'US', participants: 3}));
  });

  it('refunds and dates the policy as the SDK does', async () => {
    await light.loadFeeMessages('es');
    for (const cancelledOn of ['2025-10-17', '2025-10-18']) {
      const request = {start: '2025-11-17', cancelledOn, paid: {amount: 66_000, currency: 'EUR'}, lang: 'es' as const};
      assert.deepEqual(light.refund(diploma, request), refund(diploma, request));
    }
    assert.deepEqual(light.refundTimeline(diploma, '2025-11-17'), refundTimeline(diploma, '2025-11-17'));
  });

  it('rejects what the SDK rejects, with the same message naming the field', () => {
    const badSchedule = {...diploma, listPrice: 660.5} as never;
    assert.equal(errorOf(() => light.quote(badSchedule, {date: '2025-09-15', membership: 'member', country: 'EG'})), 'ValidationError: Fee schedule is invalid: listPrice must be a whole number');
    assert.equal(errorOf(() => light.quote(badSchedule, {date: '2025-09-15', membership: 'member', country: 'EG'})), errorOf(() => quote(badSchedule, {date: '2025-09-15', membership: 'member', country: 'EG'})));
    assert.equal(errorOf(() => light.refund(diploma, {start: '2025-11-17', cancelledOn: '2025-10-17', paid: {amount: 100, currency: 'USD'}})), errorOf(() => refund(diploma, {start: '2025-11-17', cancelledOn: '2025-10-17', paid: {amount: 100, currency: 'USD'}})));
    assert.equal(errorOf(() => light.refundTimeline(diploma, '2025-13-01')), errorOf(() => refundTimeline(diploma, '2025-13-01')));
    assert.deepEqual(light.checkFeeSchedule({...diploma, currency: 'euro'}), checkWith(FeeSchedule, {...diploma, currency: 'euro'}));
  });
});
