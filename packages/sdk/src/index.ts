/**
 * `@metropolis-training/sdk`: the Metropolis training domain as typed zod schemas, the sample
 * catalog, edition status, and (in later modules) the fee engine and the API client.
 *
 * No DOM, no framework: it runs in browsers and in Node 20+.
 * @packageDocumentation
 */
export * from './schemas/index.js';
export {ValidationError, type FieldIssue} from './errors.js';
export {parseCatalog, parseFeeSchedule, parseApplicationInput} from './parse.js';
export {pick} from './text.js';
export {statusOf, applicationDeadline} from './status.js';
export {addDays, daysBetween, isIsoDate, localDate, type IsoDate as IsoDateString} from './dates.js';
export {isCountryCode} from './income/countries.js';
export {sampleCatalog} from './catalog/index.js';
