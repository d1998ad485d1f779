/**
 * What every route shares: configuration, catalog, database, clock, outbox.
 * @module
 */
import type {HttpBindings} from '@hono/node-server';
import type {Catalog, Course, Edition, FeeSchedule} from '@metropolis-training/sdk';
import type {Clock} from './clock.js';
import type {ServerConfig} from './config.js';
import type {LiveCatalog} from './catalog-overlay.js';
import type {Database} from './db/index.js';

/** Hono's typing of this app: Node's request bindings and per-request variables. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    /** Set by routes that create or change an application, for the request log. */
    applicationId: string | undefined;
    /** Set by routes that create or change a proposal, for the request log. */
    proposalId: string | undefined;
    /** The signed-in admin's name, set by the admin auth; in the request log and histories. */
    adminName: string | undefined;
  };
}

/** The catalog, validated, with lookups by id. */
export interface CatalogIndex {
  readonly catalog: Catalog;
  edition(id: string): Edition | undefined;
  course(id: string): Course | undefined;
  schedule(id: string): FeeSchedule | undefined;
}

/** Builds the lookups of a validated catalog. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const editions = new Map(catalog.editions.map((e) => [e.id, e]));
  const courses = new Map(catalog.courses.map((c) => [c.id, c]));
  const schedules = new Map(catalog.feeSchedules.map((s) => [s.id, s]));
  return {
    catalog,
    edition: (id) => editions.get(id),
    course: (id) => courses.get(id),
    schedule: (id) => schedules.get(id),
  };
}

/** The services routes use. */
export interface AppDeps {
  readonly config: ServerConfig;
  readonly catalog: CatalogIndex;
  readonly db: Database;
  readonly clock: Clock;
  /**
   * The served catalog when it can change at run time (courses published from proposals):
   * `catalog` reads it too. {@link createApp} makes one from `catalog` when absent.
   */
  readonly liveCatalog?: LiveCatalog;
  /** Asks the outbox sender to run now (after a commit that added mail). */
  readonly kickOutbox: () => void;
}
