// Node-only checks of what the build and the generators write.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {parseCatalog, sampleCatalog} from '@metropolis-training/sdk';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('build outputs', () => {
  it('dist/catalog.json is the sample catalog and passes the schema', () => {
    const json = JSON.parse(read('../dist/catalog.json'));
    assert.deepEqual(json, sampleCatalog);
    assert.equal(parseCatalog(json).editions.length, sampleCatalog.editions.length);
  });

  it('the catalog JSON is exported for static sites as @metropolis-training/sdk/catalog.json', async () => {
    const resolved = import.meta.resolve('@metropolis-training/sdk/catalog.json');
    assert.match(resolved, /dist\/catalog\.json$/);
  });

  it('the committed income module matches the World Bank CSVs', () => {
    execFileSync(process.execPath, [new URL('../scripts/generate-income-data.mjs', import.meta.url).pathname, '--check'], {stdio: 'pipe'});
  });
});
