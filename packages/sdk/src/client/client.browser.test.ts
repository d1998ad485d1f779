import {assert} from 'chai';
import {createClient} from './client.js';
import {loadCatalog} from './catalog.js';
import {ApiError} from './errors.js';
import {ValidationError} from '../errors.js';

// The test runner serves the repository, so the build's catalog.json is a real static file here.
const catalogUrl = new URL('/packages/sdk/dist/catalog.json', location.href).href;

describe('API client in the browser', () => {
  it('loadCatalog fetches and validates a static catalog, relative to the page', async () => {
    const catalog = await loadCatalog('/packages/sdk/dist/catalog.json');
    assert.isAbove(catalog.editions.length, 0);
  });

  it('createClient speaks /v1 through the fetch it is given, with an idempotency key', async () => {
    const seen: Request[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      seen.push(request);
      return fetch(catalogUrl);
    };
    const client = createClient({baseUrl: 'https://training.example.org/api', fetch: fakeFetch});
    const catalog = await client.catalog();
    assert.equal(seen[0]?.url, 'https://training.example.org/api/v1/catalog');
    assert.equal(catalog.schemaVersion, 1);
  });

  it('maps a problem+json answer to ApiError and a bad body to ValidationError', async () => {
    const problem = async () => new Response(JSON.stringify({title: 'Not found', status: 404}), {status: 404, headers: {'content-type': 'application/problem+json'}});
    const error = await createClient({baseUrl: 'https://x.example', fetch: problem}).catalog().catch((e: unknown) => e);
    assert.instanceOf(error, ApiError);
    assert.equal((error as ApiError).status, 404);
    const wrong = async () => new Response(JSON.stringify({schemaVersion: 1}), {headers: {'content-type': 'application/json'}});
    const invalid = await createClient({baseUrl: 'https://x.example', fetch: wrong}).catalog().catch((e: unknown) => e);
    assert.instanceOf(invalid, ValidationError);
  });
});
