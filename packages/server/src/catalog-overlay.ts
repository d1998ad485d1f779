/**
 * The catalog as served: the one the server was started with (the base) plus the published
 * records of `catalog_overlay` — courses and editions made from accepted proposals. Held in
 * memory and swapped whole when the published overlay changes: at once on the instance that
 * publishes, and within `catalogRefreshMs` on the others (they read a small stamp of the table).
 * @module
 */
import {parseCatalog, type Catalog, type Course, type Edition, type Provider} from '@metropolis-training/sdk';
import {indexCatalog, type CatalogIndex} from './context.js';
import type {Queryable} from './db/index.js';

/** A record kind of the overlay. */
export type OverlayKind = 'provider' | 'course' | 'edition';

/** A row of `catalog_overlay`. */
export interface OverlayRow {
  kind: OverlayKind;
  id: string;
  record: Provider | Course | Edition;
  proposal_id: string;
  created_at: Date | string;
  published_at: Date | string | null;
}

/** `base` with `rows` added (in their order), not yet validated. */
export function mergeOverlay(base: Catalog, rows: readonly Pick<OverlayRow, 'kind' | 'record'>[]): Catalog {
  const pick = <K extends OverlayKind>(kind: K) => rows.filter((r) => r.kind === kind).map((r) => r.record);
  return {
    ...base,
    providers: [...base.providers, ...(pick('provider') as Provider[])],
    courses: [...base.courses, ...(pick('course') as Course[])],
    editions: [...base.editions, ...(pick('edition') as Edition[])],
  };
}

/** The overlay rows, in merge order; only the published ones unless `drafts`. */
export function overlayRows(db: Queryable, drafts = false): Promise<OverlayRow[]> {
  return db.query<OverlayRow>(`SELECT * FROM catalog_overlay${drafts ? '' : ' WHERE published_at IS NOT NULL'} ORDER BY created_at, kind, id`);
}

/** The served catalog: lookups that always read the current one ({@link CatalogIndex}). */
export class LiveCatalog implements CatalogIndex {
  private current: CatalogIndex;
  private stamp = '';

  /** @param base The validated catalog the server was started with. */
  constructor(readonly base: Catalog) {
    this.current = indexCatalog(base);
  }

  get catalog(): Catalog {
    return this.current.catalog;
  }

  edition(id: string): Edition | undefined {
    return this.current.edition(id);
  }

  course(id: string): Course | undefined {
    return this.current.course(id);
  }

  schedule(id: string) {
    return this.current.schedule(id);
  }

  /**
   * Reads the published overlay when it changed since the last read, and serves base + it.
   * Throws `ValidationError` (keeping the catalog served so far) when the merge is not a valid
   * catalog — e.g. a new base catalog took an id the overlay uses. Returns whether it changed.
   */
  async refresh(db: Queryable): Promise<boolean> {
    const [row] = await db.query<{n: number; at: Date | string | null}>('SELECT count(*)::int AS n, max(published_at) AS at FROM catalog_overlay WHERE published_at IS NOT NULL');
    const stamp = `${row?.n ?? 0}|${row?.at ? new Date(row.at).toISOString() : ''}`;
    if (stamp === this.stamp) return false;
    const rows = await overlayRows(db);
    const merged = rows.length ? parseCatalog(mergeOverlay(this.base, rows)) : this.base;
    this.current = indexCatalog(merged);
    this.stamp = stamp;
    return true;
  }
}
