#!/usr/bin/env node
// `npm test`: runs every test runner — Node's (SDK, server on PGlite, and the elements' page
// tests that drive Chromium, such as the critical path and Lighthouse), the server's tests again
// on PostgreSQL, and web-test-runner (SDK and elements) in Chromium, Firefox and WebKit — each
// installed from Debian's packages when missing (scripts/find-browsers.mjs) — and ends with one line
// `N passed, N failed` summing them all. Exits non-zero when any test fails or a runner cannot
// run. Expects `npm run build` to have run.
//
// PostgreSQL: TEST_DATABASE_URL when set; else, in CI (or when a local PostgreSQL is installed),
// Debian's cluster, installed with apt-get if missing and started (scripts/find-postgres.mjs);
// else the run is skipped with one line.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ensureBrowser, ensureChromium} from './find-browsers.mjs';
import {ensurePostgres, localPostgresInstalled} from './find-postgres.mjs';
import {webkitSessions} from './browser-test-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'metropolis-test-'));
const totals = {passed: 0, failed: 0, skipped: 0};
let broken = false;

function walk(dir, keep, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, keep, out);
    else if (keep(name)) out.push(path);
  }
  return out;
}

function readCounts(file, runner) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`${runner}: no results were written; counting the run as failed.`);
    broken = true;
    return {passed: 0, failed: 1, skipped: 0};
  }
}

/** Whether a web-test-runner run ended without results, or with its browser gone mid-file. */
function browserDied(summaryFile) {
  if (!existsSync(summaryFile)) return true;
  try {
    return JSON.parse(readFileSync(summaryFile, 'utf8')).browserDisconnected === true;
  } catch {
    return true;
  }
}

function add(runner, counts, status) {
  if (status !== 0 && counts.failed === 0) {
    console.error(`${runner} exited with status ${status} without a failing test; counting the run as failed.`);
    counts.failed = 1;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  console.log(`${runner}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
}

// Node: the SDK's compiled tests (isomorphic and *.node.test.js; *.browser.test.js run in Chromium
// only), scripts' tests, the WordPress plugin's, and the server's.
const serverTests = walk(join(root, 'packages/server/dist'), (n) => n.endsWith('.test.js')).map((p) => relative(root, p));
const nodeTests = [
  ...walk(join(root, 'packages/sdk/dist'), (n) => n.endsWith('.test.js') && !n.endsWith('.browser.test.js')),
  ...walk(join(root, 'packages/sdk/test'), (n) => n.endsWith('.test.mjs')),
  ...walk(join(root, 'packages/elements/test'), (n) => n.endsWith('.test.mjs')),
  ...walk(join(root, 'scripts'), (n) => n.endsWith('.test.mjs')),
  // The WordPress plugin, in php-cli against Debian's WordPress (skipped with one line without them).
  ...walk(join(root, 'integrations/wordpress/test'), (n) => n.endsWith('.test.mjs')),
].map((p) => relative(root, p)).concat(serverTests);

/** Runs test files in Node's runner and adds their counts under `runner`. */
function runNode(runner, files, env) {
  const summary = join(work, `${runner.replace(/\W+/g, '-')}.json`);
  const result = spawnSync(process.execPath, [
    '--test',
    '--import', './scripts/node-test-globals.mjs',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-summary-reporter.mjs', `--test-reporter-destination=${summary}`,
    ...files,
  ], {cwd: root, stdio: 'inherit', env});
  add(runner, readCounts(summary, runner), result.status);
}

// Chromium first: the elements' page tests in Node (critical path) drive it too.
const chromium = ensureChromium();

// The first run is the embedded database's: TEST_DATABASE_URL is for the second.
const {TEST_DATABASE_URL: givenDatabaseUrl, ...envWithoutDatabase} = process.env;
console.log(`\n▶ Node test runner: ${nodeTests.length} files (server on PGlite)`);
runNode('node (PGlite)', nodeTests, {...envWithoutDatabase, CHROME_PATH: chromium});

// The server's tests again, on PostgreSQL.
let postgres;
if (givenDatabaseUrl) postgres = {url: givenDatabaseUrl};
else if (process.env.CI || localPostgresInstalled()) postgres = ensurePostgres({install: Boolean(process.env.CI)});
if (postgres?.url) {
  console.log(`\n▶ Node test runner: ${serverTests.length} server files on PostgreSQL`);
  runNode('server on PostgreSQL', serverTests, {...process.env, TEST_DATABASE_URL: postgres.url});
} else if (process.env.CI) {
  console.error(`\nserver on PostgreSQL: cannot run in CI: ${postgres?.reason}; counting the run as failed.`);
  broken = true;
  add('server on PostgreSQL', {passed: 0, failed: 1, skipped: 0}, 1);
} else {
  console.log(`\nserver on PostgreSQL: skipped (${postgres?.reason ?? 'no TEST_DATABASE_URL and no local PostgreSQL'}).`);
}

// Browser: web-test-runner once per engine — Chromium, Firefox, WebKit (under xvfb-run: it
// needs a display). An engine that cannot be had here is skipped with one line, except in CI.
const wtrBin = join(root, 'node_modules/@web/test-runner/dist/bin.js');
for (const engine of ['chromium', 'firefox', 'webkit']) {
  const found = engine === 'chromium' ? chromium : ensureBrowser(engine);
  if (found.missing) {
    if (process.env.CI) {
      console.error(`\n${engine}: cannot run in CI: ${found.missing}; counting the run as failed.`);
      broken = true;
      add(engine, {passed: 0, failed: 1, skipped: 0}, 1);
    } else console.log(`\n${engine}: skipped (${found.missing}).`);
    continue;
  }
  const wtrArgs = [wtrBin, '--config', 'web-test-runner.config.mjs'];
  const [command, args] = engine === 'webkit' ? [found.xvfbRun, ['-a', process.execPath, ...wtrArgs]] : [process.execPath, wtrArgs];
  // WebKit in several sessions, each with a fresh MiniBrowser (webkitSessions explains why);
  // the other engines in one.
  const sessions = engine === 'webkit' ? webkitSessions() : [undefined];
  const counts = {passed: 0, failed: 0, skipped: 0};
  let status = 0;
  for (const [index, files] of sessions.entries()) {
    const which = files ? (files.length === 1 ? files[0] : `${files.length} files of the SDK`) : undefined;
    const label = `web-test-runner in ${engine}${which ? ` (${which})` : ''}`;
    const run = (attempt) => {
      const wtrSummary = join(work, `wtr-${engine}-${index}-${attempt}.json`);
      console.log(`\n▶ web-test-runner in ${engine} (${typeof found === 'string' ? found : found.miniBrowser})${which ? `, ${which}` : ''}${attempt > 1 ? ', again' : ''}`);
      const wtr = spawnSync(command, args, {
        cwd: root,
        stdio: 'inherit',
        env: {...process.env, CHROME_PATH: chromium, WTR_BROWSER: engine, WTR_SUMMARY_FILE: wtrSummary, ...(files ? {WTR_FILES: files.join(',')} : {})},
      });
      return {wtr, wtrSummary};
    };
    let {wtr, wtrSummary} = run(1);
    // Should MiniBrowser's web process still crash under a file ("WebProcess CRASHED", "the
    // browser disconnected": seen once in ~40 sessions of the course list's file on a busy
    // machine), that session runs once more in a fresh browser, said in the output. A test that
    // fails in a browser that stayed up is never run again.
    if (engine === 'webkit' && browserDied(wtrSummary)) {
      console.log(`\n${label}: the browser disconnected before the results were written; running this session once more.`);
      ({wtr, wtrSummary} = run(2));
    }
    const sessionCounts = readCounts(wtrSummary, label);
    for (const key of Object.keys(counts)) counts[key] += sessionCounts[key];
    if (wtr.status !== 0) status = wtr.status ?? 1;
  }
  add(engine, counts, status);
}

rmSync(work, {recursive: true, force: true});
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
