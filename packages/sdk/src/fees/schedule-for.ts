/**
 * Finding the fee schedule of an edition.
 * @module
 */
import type {Catalog} from '../schemas/catalog.js';
import type {FeeSchedule} from '../schemas/fee-schedule.js';

/**
 * The fee schedule of edition `editionId` in `catalog`; undefined when the edition does not
 * exist, is free, or its fee is not announced yet.
 */
export function scheduleFor(catalog: Catalog, editionId: string): FeeSchedule | undefined {
  const edition = catalog.editions.find((e) => e.id === editionId);
  if (edition?.fee.kind !== 'schedule') return undefined;
  const {scheduleId} = edition.fee;
  return catalog.feeSchedules.find((s) => s.id === scheduleId);
}
