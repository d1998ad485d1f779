/**
 * Validating outside input: catalog files, fee schedules (applications: parse-application.ts,
 * apart, so a page that reads a catalog does not download the application's schema).
 * @module
 */
import {parseWith} from './errors.js';
import {Catalog} from './schemas/catalog.js';
import {FeeSchedule} from './schemas/fee-schedule.js';

/** Validates a catalog (e.g. parsed JSON) and returns it typed; throws `ValidationError` naming each bad field. */
export function parseCatalog(input: unknown): Catalog {
  return parseWith(Catalog, input, 'Catalog');
}

/** Validates a fee schedule; throws `ValidationError` naming each bad field. */
export function parseFeeSchedule(input: unknown): FeeSchedule {
  return parseWith(FeeSchedule, input, 'Fee schedule');
}
