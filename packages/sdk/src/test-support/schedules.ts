/**
 * Fee schedules for the SDK's tests. Not part of the package.
 * @internal
 * @module
 */
import {sampleCatalog} from '../catalog/index.js';
import {scheduleFor} from '../fees/schedule-for.js';
import type {FeeRule, FeeSchedule} from '../schemas/fee-schedule.js';

/** The Diploma's 3rd-edition schedule from the sample catalog. */
export function diplomaSchedule(): FeeSchedule {
  return structuredClone(scheduleFor(sampleCatalog, 'diploma-internationalization-2025')!);
}

/** A schedule of `rules` on a list price, EUR, FY2025, 75 % refund until 30 days before. */
export function scheduleWith(rules: FeeRule[], listPrice = 10_000): FeeSchedule {
  return {
    id: 'test-schedule',
    currency: 'EUR',
    listPrice,
    incomeClassification: 'FY2025',
    rules,
    refundPolicy: {tiers: [{daysBeforeStart: 30, percent: 75}], afterLastTier: 'not-accepted'},
  };
}
