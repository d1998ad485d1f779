/**
 * `@metropolis-training/server`: the reference HTTP API of Metropolis Training.
 *
 * ```ts
 * import {configFromEnv, startServer} from '@metropolis-training/server';
 * const server = await startServer({...configFromEnv(), port: 0});
 * console.log(server.url);
 * await server.close();
 * ```
 * @packageDocumentation
 */
export {createApp} from './app.js';
export {createClock, type Clock} from './clock.js';
export {ConfigError, configFromEnv, jsonLineLog, type ServerConfig} from './config.js';
export type {AppDeps, AppEnv, CatalogIndex} from './context.js';
export {openDatabase, type Database, type DatabaseOptions, type Queryable, type Session} from './db/index.js';
export type {LogEntry} from './log.js';
export {sampleMembers} from './members.js';
export {migrate} from './migrations.js';
export {startServer, type RunningServer} from './server.js';
