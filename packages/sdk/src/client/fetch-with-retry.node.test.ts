import {assert} from 'chai';
import {NetworkError} from './errors.js';
import {fetchWithRetry, unreachableReason} from './fetch-with-retry.js';

describe('why a request could not reach its server (for the console)', () => {
  const page = (href: string) => Object.defineProperty(globalThis, 'location', {value: new URL(href), configurable: true});
  afterEach(() => delete (globalThis as {location?: unknown}).location);

  it('names a mixed-content block: an http URL from an https page', () => {
    page('https://www.city.example/courses');
    assert.include(unreachableReason('http://training.example/v1/catalog'), 'mixed content: http from an https page');
  });

  it('names CORS for another origin, with what to set on the server', () => {
    page('https://www.city.example/courses');
    const reason = unreachableReason('https://training.example/v1/catalog');
    assert.include(reason, 'CORS');
    assert.include(reason, 'https://www.city.example');
  });

  it('says only "could not be reached" for the page’s own origin, or outside a browser', async () => {
    page('https://www.city.example/courses');
    assert.equal(unreachableReason('/v1/catalog'), 'the server could not be reached');
    delete (globalThis as {location?: unknown}).location;
    const failing = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    try {
      await fetchWithRetry('https://training.example/v1/catalog', {fetch: failing, retry: 0}, 'GET /v1/catalog');
      assert.fail('expected a NetworkError');
    } catch (error) {
      assert.instanceOf(error, NetworkError);
      assert.equal((error as Error).message, 'GET /v1/catalog: the server could not be reached');
    }
  });
});
