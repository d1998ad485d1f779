/**
 * Validating outside input: catalog files, fee schedules, applications.
 * @module
 */
import {parseWith} from './errors.js';
import {ApplicationInput} from './schemas/application.js';
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

/** Validates an application; throws `ValidationError` naming each bad field. */
export function parseApplicationInput(input: unknown): ApplicationInput {
  return parseWith(ApplicationInput, input, 'Application');
}
