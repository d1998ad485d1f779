/**
 * Catalogs fetched over the network, loaded on demand: pages with an inline catalog never
 * download the HTTP client.
 * @module
 */
import {fetchCatalog, loadCatalog, type Catalog} from '@metropolis-training/sdk';

/** `GET /v1/catalog` from an API server. */
export function fromServer(baseUrl: string): Promise<Catalog> {
  return fetchCatalog({baseUrl});
}

/** A static catalog JSON file. */
export function fromFile(url: string): Promise<Catalog> {
  return loadCatalog(url);
}
