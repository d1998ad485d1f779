/**
 * The zod schemas of the domain, the single source of truth for its types.
 * @module
 */
export * from './common.js';
export * from './vocabulary.js';
export * from './provider.js';
export * from './course.js';
export * from './edition.js';
export * from './fee-schedule.js';
export * from './catalog.js';
export * from './quote.js';
export * from './refund-request.js';
export * from './application.js';
export * from './proposal.js';
export * from './proposal-api.js';
// Apart from the schemas: importing the limits alone must not bring zod into a bundle.
export * from './limits.js';
export * from './problem.js';
export * from './api.js';
export * from './admin.js';
