/**
 * Everything that needs zod: validating a catalog and pricing from its schedules. It loads once
 * per page, in parallel with the catalog's download, so the elements render their loading state
 * without waiting for it.
 * @module
 */
import {parseCatalog, priceRange, readCatalog, type Catalog, type Download} from '@metropolis-training/sdk';

export {priceRange};

/** The validated catalog of a download (`api` or `catalog` sources). */
export function catalogFromDownload(download: Download): Catalog {
  return readCatalog(download);
}

/** The validated catalog of inline JSON. */
export function catalogFromJson(text: string): Catalog {
  return parseCatalog(JSON.parse(text));
}
