// A web-test-runner reporter that writes {passed, failed, skipped} as JSON to `file`, so
// scripts/test.mjs can add the browser's counts to Node's into one closing line. A test file
// that fails to load counts as one failure. `browserDisconnected` says the browser died under a
// file (WebKitGTK's web process crashes now and then), so the run may be repeated.
import {writeFileSync} from 'node:fs';

function count(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) count(child, counts);
}

export function summaryReporter({file}) {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0, browserDisconnected: false};
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
        if (session.errors?.some((error) => /browser disconnected/i.test(error.message ?? ''))) counts.browserDisconnected = true;
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
