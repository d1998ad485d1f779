// The examples that are scripts run as written (issue 13): the SDK's Node example, offline on
// the sample catalog and against the reference server on a loopback port.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {startReferenceServer} from '../packages/elements/test/served-pages.mjs';

const run = promisify(execFile);
const script = new URL('../examples/sdk-node/open-courses.mjs', import.meta.url).pathname;

describe('examples/sdk-node/open-courses.mjs', () => {
  it('lists the editions open on a day and prices one from the sample catalog', async () => {
    const {stdout} = await run(process.execPath, [script, '', '2025-09-15']);
    assert.match(stdout, /^Open on 2025-09-15: 1 of \d+ editions$/m);
    assert.match(stdout, /^- diploma-internationalization-2025: Metropolis Diploma in Internationalization for Local Authorities$/m);
    assert.match(stdout, /^Estimate for a member from Egypt: €165\.00$/m);
  });

  it('reads the catalog from a server and sends an application there', async () => {
    const server = await startReferenceServer('sdk-node-example');
    try {
      const {stdout} = await run(process.execPath, [script, server.url, '2025-09-15']);
      assert.match(stdout, /^Open on 2025-09-15: 1 of \d+ editions$/m);
      // Not in the registry: priced as a non-member by the server, whatever the claim.
      assert.match(stdout, /^Application MT-\d{4}-\d+: €660\.00$/m);
    } finally {
      await server.close();
    }
  });
});
