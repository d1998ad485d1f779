import {assert} from 'chai';
import type {Edition} from './schemas/edition.js';
import {applicationDeadline, statusOf} from './status.js';
import {sampleCatalog} from './catalog/index.js';

function edition(overrides: Partial<Edition>): Edition {
  return {
    id: 'test-edition',
    courseId: 'test-course',
    dates: {kind: 'fixed', start: '2025-11-17', end: '2025-11-21'},
    timeZone: 'Europe/Madrid',
    location: {mode: 'online'},
    languages: ['en'],
    fee: {kind: 'free'},
    sources: ['test'],
    ...overrides,
  };
}

function statuses(e: Edition, days: string[]) {
  return Object.fromEntries(days.map((d) => [d, statusOf(e, d)]));
}

describe('statusOf', () => {
  it('open until the day before the start when no deadline is published (the Diploma)', () => {
    const diploma = sampleCatalog.editions.find((e) => e.id === 'diploma-internationalization-2025')!;
    assert.deepEqual(statuses(diploma, ['2025-09-15', '2025-11-16', '2025-11-17', '2025-11-21', '2025-11-22']), {
      '2025-09-15': 'open',
      '2025-11-16': 'open',
      '2025-11-17': 'in-progress',
      '2025-11-21': 'in-progress',
      '2025-11-22': 'completed',
    });
    assert.equal(applicationDeadline(diploma), '2025-11-16');
  });

  it('moves through upcoming, open, closed, in progress and completed at each boundary', () => {
    const e = edition({applications: {opens: '2025-06-01', deadline: '2025-10-31'}});
    assert.deepEqual(statuses(e, ['2025-05-31', '2025-06-01', '2025-10-31', '2025-11-01', '2025-11-16', '2025-11-17', '2025-11-21', '2025-11-22']), {
      '2025-05-31': 'upcoming',
      '2025-06-01': 'open',
      '2025-10-31': 'open',
      '2025-11-01': 'closed',
      '2025-11-16': 'closed',
      '2025-11-17': 'in-progress',
      '2025-11-21': 'in-progress',
      '2025-11-22': 'completed',
    });
  });

  it('a one-day edition is in progress on that day only', () => {
    const e = edition({dates: {kind: 'fixed', start: '2025-03-01', end: '2025-03-01'}, applications: {}});
    assert.deepEqual(statuses(e, ['2025-02-28', '2025-03-01', '2025-03-02']), {
      '2025-02-28': 'open',
      '2025-03-01': 'in-progress',
      '2025-03-02': 'completed',
    });
  });

  it('an edition that takes no applications here stays upcoming until it starts', () => {
    const e = edition({});
    assert.equal(statusOf(e, '2025-01-01'), 'upcoming');
    assert.equal(statusOf(e, '2025-11-16'), 'upcoming');
    assert.equal(statusOf(e, '2025-11-17'), 'in-progress');
  });

  it('a cancelled edition is cancelled whatever the date', () => {
    const e = edition({cancelled: true, applications: {}});
    for (const day of ['2025-01-01', '2025-11-18', '2026-01-01']) assert.equal(statusOf(e, day), 'cancelled');
  });

  it('dates to be confirmed stay upcoming through the announced month, then are past', () => {
    const e = edition({dates: {kind: 'to-be-confirmed', period: '2014-10'}});
    assert.deepEqual(statuses(e, ['2014-09-30', '2014-10-31', '2014-11-01']), {
      '2014-09-30': 'upcoming',
      '2014-10-31': 'upcoming',
      '2014-11-01': 'completed',
    });
    const year = edition({dates: {kind: 'to-be-confirmed', period: '2018'}});
    assert.equal(statusOf(year, '2018-12-31'), 'upcoming');
    assert.equal(statusOf(year, '2019-01-01'), 'completed');
  });

  it('dates to be announced: upcoming, or open when applications are taken', () => {
    assert.equal(statusOf(edition({dates: {kind: 'to-be-announced'}}), '2030-01-01'), 'upcoming');
    const taking = edition({dates: {kind: 'to-be-announced'}, applications: {opens: '2026-01-01', deadline: '2026-02-01'}});
    assert.deepEqual(statuses(taking, ['2025-12-31', '2026-01-01', '2026-02-01', '2026-02-02']), {
      '2025-12-31': 'upcoming',
      '2026-01-01': 'open',
      '2026-02-01': 'open',
      '2026-02-02': 'closed',
    });
  });

  it('reads an instant as a day in the venue’s time zone, not the machine’s', () => {
    const madrid = edition({applications: {}});
    // 23:30 UTC on the 16th is already 00:30 on the 17th in Madrid (UTC+1 in November).
    assert.equal(statusOf(madrid, new Date('2025-11-16T23:30:00Z')), 'in-progress');
    assert.equal(statusOf(madrid, new Date('2025-11-16T22:59:59Z')), 'open');
    const seoul = edition({timeZone: 'Asia/Seoul', dates: {kind: 'fixed', start: '2014-05-27', end: '2014-06-03'}});
    assert.equal(statusOf(seoul, new Date('2014-05-26T15:00:00Z')), 'in-progress');
    assert.equal(statusOf(seoul, new Date('2014-05-26T14:59:59Z')), 'upcoming');
    assert.equal(statusOf(seoul, new Date('2014-06-03T15:00:00Z')), 'completed');
  });
});
